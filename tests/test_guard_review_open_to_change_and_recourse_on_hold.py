"""Three constructions of asking for a review's change or a recourse's pause, in every language
that has them: the verb first in any person, the review noun a compound's part ("änderst du
deine Produktbewertung"); the buyer's words said to be open to change, passively ("your lines
can still be edited": "votre note peut encore être modifiée", "su reseña se puede editar",
"la sua recensione può essere aggiornata", "Ihr Kommentar kann jederzeit angepasst werden");
and the return or claim left or put on hold ("deje su reclamación en espera", "mettez votre
retour en attente", "lasci il reso in sospeso", "lassen Sie die Rückgabe ruhen"). What the
seller does with feedback, or a return on its way, is none of these. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised


@pytest.mark.parametrize(
    ("language", "sentence", "rule"),
    [
        (
            "de",
            "Vielleicht änderst du ja deine Produktbewertung, wenn alles passt.",
            "review.no-manipulation",
        ),
        (
            "de",
            "Passen Sie Ihre Sternebewertung gern an, sobald das Paket da ist.",
            "review.no-manipulation",
        ),
        ("de", "Ihr Kommentar kann übrigens jederzeit angepasst werden.", "review.no-manipulation"),
        (
            "fr",
            "Votre note sur la boutique peut encore être modifiée à tout moment.",
            "review.no-manipulation",
        ),
        ("es", "Su reseña en la ficha se puede editar cuando quiera.", "review.no-manipulation"),
        (
            "it",
            "La tua recensione può sempre essere aggiornata dalla pagina del prodotto.",
            "review.no-manipulation",
        ),
        ("es", "Por favor, deje su reclamación en espera unos días.", "buyer.no-suppression"),
        (
            "fr",
            "Mettez votre retour en attente le temps que nous regardions.",
            "buyer.no-suppression",
        ),
        ("it", "Le chiediamo di lasciare il reso in sospeso per ora.", "buyer.no-suppression"),
        ("de", "Lassen Sie die Rückgabe bitte erst einmal ruhen.", "buyer.no-suppression"),
        ("en", "Would you keep the claim paused for a day or two?", "buyer.no-suppression"),
        ("en", "Kindly leave your return request on hold while we check.", "buyer.no-suppression"),
        (
            "en",
            "Your stars on the listing could easily be changed later.",
            "review.no-manipulation-implied",
        ),
        ("fr", "Peut-être modifierez-vous alors ta note ?", "review.no-manipulation"),
        ("es", "Ojalá luego cambies tu opinión en la ficha.", "review.no-manipulation"),
    ],
)
def test_change_or_pause_asked(language: str, sentence: str, rule: str) -> None:
    assert rule in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Dank Ihres Feedbacks kann die Anleitung jetzt angepasst werden."),
        (
            "fr",
            "Vos commentaires nous ont aidés, et la notice de montage de ce modèle peut être modifiée.",
        ),
        ("es", "Gracias a sus comentarios, la descripción se puede mejorar."),
        (
            "it",
            "I suoi commenti ci hanno aiutato, e la scheda di questo modello può essere aggiornata.",
        ),
        ("es", "Su devolución está en camino y la revisaremos en cuanto llegue."),
        ("fr", "Votre retour est en cours de traitement."),
    ],
)
def test_what_the_seller_does_is_no_request(language: str, sentence: str) -> None:
    raised = rules_raised(language, sentence)
    assert "review.no-manipulation" not in raised and "buyer.no-suppression" not in raised
