"""Pleading that a few bad ratings would put the seller's business at risk or ruin it warns in
every language; a small shop that only says what it is pleads nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_RULE = "buyer.no-pleading"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Une seule mauvaise note peut mettre notre petite boutique en danger."),
        ("fr", "Quelques avis négatifs pourraient nous faire fermer."),
        ("de", "Schon wenige schlechte Bewertungen können uns ruinieren."),
        ("en", "A couple of bad reviews could put our business at risk."),
    ],
)
def test_a_business_said_at_risk_warns(language: str, sentence: str) -> None:
    assert _RULE in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "fr",
            "Nous sommes une petite boutique familiale et tenons à ce que vous soyez satisfaite.",
        ),
        ("fr", "Nous comptons vous envoyer le colis demain."),
    ],
)
def test_a_small_shop_pleads_nothing(language: str, sentence: str) -> None:
    assert _RULE not in rules_raised(language, sentence)
