"""A rating named a vote ("un voto en eBay", "a vote") asked of a satisfied buyer is a selective
request, and the unconvinced buyer sent to the seller first, before rating ("antes de valorar",
"before rating"), is suppression. Spanish "valorar" also weighs things up: it is read as rating
only without an object of its own and with a rating or marketplace in its paragraph.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_CONDUCT = {
    "review.no-positive-request",
    "review.no-selective-request",
    "buyer.no-suppression",
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Si le ha gustado, un voto positivo en eBay nos vendría genial; y si algo no le convence, escríbanos primero."),
        ("es", "Si está satisfecha, déjenos su voto en eBay, por favor."),
        ("es", "Antes de valorar en eBay, escríbanos y lo solucionamos."),
        ("es", "Le pedimos que antes de valorar, nos escriba; queremos que su valoración en Amazon sea justa."),
        ("en", "If you're happy with it, we'd appreciate a vote on eBay."),
        ("en", "If anything doesn't convince you, please write to us first before rating."),
    ],
)  # fmt: skip
def test_a_vote_asked_if_happy_or_rating_held_back_is_caught(language: str, sentence: str) -> None:
    assert rules_raised(language, sentence) & _CONDUCT


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Antes de valorar otras opciones, pruebe por favor a reiniciar el reloj."),
        ("es", "Si algo no le convence, escríbanos y lo solucionamos."),
        ("en", "Before rating the two options, please test the charger once more."),
    ],
)
def test_weighing_up_or_help_offered_passes(language: str, sentence: str) -> None:
    assert not rules_raised(language, sentence) & _CONDUCT
