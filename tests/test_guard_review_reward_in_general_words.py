"""A review asked as a condition and a reward promised for it in general words (a gesture, a
little surprise, "un détail", "un pensiero", "als kleines Dankeschön"), in every language: an
incentive. Reading the review, or thanking for it, promises nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_RULE = "review.no-incentive"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Si vous prenez le temps de déposer un commentaire, nous vous réserverons une petite surprise en remerciement."),
        ("es", "Si nos deja su opinión, le enviaremos un pequeño detalle como agradecimiento."),
        ("es", "Si encuentra un momento para escribir una reseña, tendremos un detalle extra con usted."),
        ("it", "Se trova un attimo per lasciare una recensione, aggiungeremo un piccolo pensiero per ringraziarla."),
        ("de", "Wenn Sie uns eine Bewertung schreiben, legen wir Ihnen als kleines Dankeschön etwas Besonderes bei."),
        ("ja", "レビューをご投稿いただけましたら、お礼としてささやかなプレゼントをお送りいたします。"),
        ("en", "If you find a moment to leave a review, we'll add a little extra gesture to thank you."),
    ],
)  # fmt: skip
def test_a_reward_in_general_words_is_an_incentive(language: str, sentence: str) -> None:
    assert _RULE in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Si vous laissez un avis, nous le lirons avec attention."),
        ("es", "Si deja su opinión, la leeremos con atención para mejorar."),
        ("it", "Se lascia una recensione, la leggeremo con attenzione."),
        ("en", "If you leave a review, we read every one carefully."),
    ],
)
def test_reading_the_review_promises_nothing(language: str, sentence: str) -> None:
    assert _RULE not in rules_raised(language, sentence)
