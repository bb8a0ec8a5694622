"""A gift for a review, the review's verb put a few words after its subject ("si vous prenez
une minute pour laisser un avis, nous vous offrirons …"). A review asked with no gift, or the
same words about something else, is no incentive. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_INCENTIVE = "review.no-incentive"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Si vous prenez le temps de laisser un avis, nous vous offrirons un cadeau."),
        ("fr", "Si vous avez deux minutes pour écrire un commentaire, un bon d'achat est offert."),
        ("fr", "Un cadeau vous attend si vous voulez bien laisser un avis."),
    ],
)
def test_a_gift_for_a_review_is_an_incentive(language: str, sentence: str) -> None:
    assert _INCENTIVE in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Si vous prenez le temps de lire la notice, vous trouverez la réponse."),
        ("fr", "Si vous voulez laisser un avis, vous pouvez le faire sur Amazon."),
    ],
)
def test_no_gift_is_no_incentive(language: str, sentence: str) -> None:
    assert _INCENTIVE not in rules_blocking(language, sentence)
