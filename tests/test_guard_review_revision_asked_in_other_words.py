"""Asking the buyer to revise a review without the usual words, in every language: the
marketplace's revision request announced as a noun ("a feedback revision request", "une demande de
révision d'évaluation", "eine Bewertungsänderungsanfrage", 評価の変更依頼); the buyer's view named
by other words (the impression they shared, "Eindruck", "sus palabras", "le tue parole", ご印象)
and reconsidered, made to reflect how it ended or to tell the story's next part; and what they
had written looked at again ("what you'd written", "quello che avevi scritto"). A request about
something else, or thanks for the buyer's words, is none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

#: The rules of conduct about reviews and recourses (a sentence that breaks none is no request).
_CONDUCT = {
    "review.no-manipulation",
    "review.no-manipulation-implied",
    "review.no-positive-request",
    "review.no-selective-request",
    "review.no-incentive",
    "buyer.no-suppression",
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "Shortly you'll get a feedback revision request from us through eBay; just click accept.",
        ),
        (
            "en",
            "We will send you a request to revise your rating, and it only takes a second to approve.",
        ),
        (
            "de",
            "Wir schicken Ihnen gleich eine Bewertungsänderungsanfrage, bitte nehmen Sie sie an.",
        ),
        (
            "fr",
            "Vous allez recevoir une demande de modification de l'évaluation : il suffit de l'accepter.",
        ),
        (
            "es",
            "En breve te llegará una solicitud de revisión de la valoración a través de eBay; solo tienes que aceptarla.",
        ),
        ("es", "Le enviaremos una petición para modificar su valoración, basta con aceptarla."),
        ("it", "Ti invieremo una richiesta di modifica della valutazione, ti basta approvarla."),
        (
            "ja",
            "このあとeBayから評価の変更依頼をお送りしますので、承認していただけますと幸いです。",
        ),
        (
            "en",
            "Once it's sorted, we'd be grateful if you reconsidered the impression you shared of us.",
        ),
        ("en", "When the new one arrives, could you take another look at what you'd written?"),
        (
            "de",
            "Wenn alles geklärt ist, würden wir uns freuen, wenn Sie Ihren Eindruck noch einmal überdenken.",
        ),
        ("de", "Magst du deinen Eindruck von uns danach noch einmal überdenken?"),
        (
            "fr",
            "Ce serait formidable que vos mots sur Amazon puissent refléter aussi la fin de l'histoire.",
        ),
        (
            "fr",
            "Une fois tout réglé, pourriez-vous revoir l'impression que vous avez partagée sur nous ?",
        ),
        ("es", "Nos encantaría que sus palabras en la ficha reflejaran también cómo acabó todo."),
        ("es", "Cuando te llegue, ¿podrías volver a mirar lo que habías escrito?"),
        ("it", "Quando ti arriva, potresti ridare un'occhiata a quello che avevi scritto?"),
        (
            "it",
            "Sarebbe bello se le tue parole su Amazon potessero rispecchiare anche come è andata a finire.",
        ),
        ("ja", "解決しましたら、お客様のご印象を改めてご再考いただければ幸いです。"),
        ("ja", "レビューで後日談もお伝えいただけますと嬉しいです。"),
    ],
)
def test_a_revision_asked_in_other_words_is_manipulation(language: str, sentence: str) -> None:
    """The review's revision asked however it is named."""
    raised = rules_raised(language, sentence)
    assert any((rule or "").startswith("review.no-manipulation") for rule in raised), raised


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "For any request to change the gift message, just write to us here."),
        ("fr", "Pour toute demande de modification de la commande, écrivez-nous ici."),
        ("it", "Per qualsiasi richiesta di modifica dell'ordine, scrivici pure qui."),
        ("de", "Für eine Anfrage zur Änderung der Bestellung schreiben Sie uns einfach hier."),
        ("en", "Thank you for your kind words; the new cover is on its way."),
        ("de", "Danke für Ihren Eindruck, wir geben ihn gern an unser Team weiter."),
        ("es", "Gracias por sus palabras, nos ayudan a mejorar cada día."),
        ("it", "Grazie per le tue parole, ci aiutano a migliorare il prodotto."),
    ],
)
def test_other_requests_and_thanks_ask_no_revision(language: str, sentence: str) -> None:
    """A change of the order asked about, or the buyer thanked for their words."""
    assert not rules_raised(language, sentence) & _CONDUCT
