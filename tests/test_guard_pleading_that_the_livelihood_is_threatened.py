"""Pleading that a bad rating would threaten or end the seller's livelihood, or that a family
must be fed, warns in every language; a small family business that only says what it is pleads
nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_RULE = "buyer.no-pleading"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "de",
            "Für einen kleinen Laden wie unseren wäre eine schlechte Bewertung existenzgefährdend.",
        ),
        ("de", "Eine negative Bewertung wäre das Aus für unseren Familienbetrieb."),
        ("en", "One negative review could threaten our livelihood."),
        ("en", "We have a family to feed, so please think of us before rating."),
        ("fr", "Un avis négatif menace directement notre survie."),
        ("fr", "Une mauvaise note pourrait nous obliger à mettre la clé sous la porte."),
        ("es", "Una mala valoración amenaza la supervivencia de nuestra pequeña tienda."),
        ("it", "Una recensione negativa minaccia la sopravvivenza del nostro negozio."),
        ("ja", "悪い評価が一つでもつくと、店を畳まなければならなくなります。"),
    ],
)
def test_a_threatened_livelihood_warns(language: str, sentence: str) -> None:
    assert _RULE in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "As a small family business, we check every parcel by hand."),
        ("fr", "Notre petite boutique existe depuis 2012."),
        ("ja", "当店は家族経営の小さなお店です。"),
    ],
)
def test_a_family_business_pleads_nothing(language: str, sentence: str) -> None:
    assert _RULE not in rules_raised(language, sentence)
