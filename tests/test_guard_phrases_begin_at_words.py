"""A marketplace language's offers and claims are tried only where words begin: every phrase of
its data file begins at a word (``\\b`` and a letter, or an amount), so the compiled pattern
rejects a place inside a word at once. One phrase that may begin elsewhere (an optional word,
then a hyphen) takes that away from all of them, and a check costs a third more."""

from __future__ import annotations

import pytest

from sellermail.guard.vocabulary import vocabulary

WORD_START = "(?<!\\w)"


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
def test_offers_and_claims_of_a_spaced_language_begin_at_words(language: str) -> None:
    own = vocabulary(language)
    assert own is not None and own.offers is not None and own.claims is not None
    assert own.offers.pattern.pattern.startswith(WORD_START)
    assert own.claims.pattern.pattern.startswith(WORD_START)
    for name, pattern, _ in own.claims.parts:
        assert pattern.pattern.startswith(WORD_START), name
