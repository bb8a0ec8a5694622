"""A prize draw among those who review (verlosen, tirage au sort, sorteo, estrazione, 抽選) ties
a chance of something of value to a review: an incentive, in every language. A draw or a
review mentioned apart, without the other, is none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_INCENTIVE = "review.no-incentive"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Everyone who posts a review is entered into our monthly prize draw."),
        ("de", "Unter allen, die eine Bewertung schreiben, verlosen wir einen Gutschein."),
        ("de", "Mit Ihrer Rezension nehmen Sie automatisch an unserer Verlosung teil."),
        ("fr", "Chaque avis publié vous inscrit à notre tirage au sort du mois."),
        ("es", "Entre todos los que dejen una reseña sorteamos una bicicleta."),
        ("it", "Chi lascia una recensione partecipa all'estrazione di un buono."),
        ("ja", "レビューを書いてくださった方の中から抽選でプレゼントを差し上げます。"),
        ("de", "Wer uns eine Rezension hinterlässt, landet im Lostopf für ein Trikot."),
        ("fr", "Laissez un avis et participez au tirage au sort d'un bon d'achat."),
        ("it", "Tra tutte le recensioni ricevute sorteggiamo un buono da 50 euro."),
    ],
)
def test_a_draw_among_reviewers_is_an_incentive(language: str, sentence: str) -> None:
    assert _INCENTIVE in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Wir würden uns über eine Bewertung freuen."),
        ("fr", "Votre avis nous aide beaucoup."),
        ("es", "Su opinión nos ayuda a mejorar."),
        ("ja", "ご意見をお聞かせいただけると幸いです。"),
        ("es", "El sorteo del mes ya se celebró; gracias por participar."),
    ],
)
def test_a_review_asked_without_a_draw_is_no_incentive(language: str, sentence: str) -> None:
    assert _INCENTIVE not in rules_blocking(language, sentence)
