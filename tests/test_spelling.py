"""Every rendered message of every scenario and tone is spelled correctly (US English).

The dictionary is pyspellchecker's; the only words allowed beyond it are the facts' own names
and IDs (taken from the very facts the message was rendered from) and the marketplace trade
terms below, which every Amazon seller message uses and no general dictionary holds.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pytest

import sellermail
from sellermail.compose import catalogue
from sellermail.compose.catalogue import TONES
from sellermail.compose.fieldtypes import plain

TRADE_TERMS = {"asin", "asins", "sku", "skus", "odr", "a-to-z"}
WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")


@cache
def dictionary() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language="en")


def fact_words(facts: dict[str, Any]) -> set[str]:
    words: set[str] = set()
    for value in facts.values():
        for item in plain(value) if isinstance(value, list) else [plain(value)]:
            words |= {w.lower() for w in WORD.findall(str(item))}
    return words


def misspelled(text: str, allowed: set[str]) -> set[str]:
    unknown = set()
    for word in WORD.findall(text):
        lower = word.lower()
        if lower in allowed or lower in TRADE_TERMS:
            continue
        parts = lower.split("-") if "-" in lower else [lower]
        unknown |= {p for p in dictionary().unknown(parts) if p not in allowed}
    return unknown


@pytest.mark.parametrize("scenario", catalogue.scenarios(), ids=lambda s: s.id)
def test_every_tone_of_every_scenario_is_spelled_correctly(scenario: catalogue.Scenario) -> None:
    for tone in TONES:
        message = sellermail.render(
            scenario, scenario.example, tone=tone, channel=scenario.channels[0]
        )
        allowed = fact_words(message.facts.values)
        assert misspelled(message.text, allowed) == set(), tone


def test_the_spell_check_catches_a_misspelling() -> None:
    assert misspelled("We apologise for the inconvenence.", set()) == {"apologise", "inconvenence"}
