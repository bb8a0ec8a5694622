"""A count of 1 said with a word of oneness ("a single claim", "une seule réclamation") keeps
the fact; a count of 1 changed to another number is still missing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

_SPEC = sellermail.get_scenario("appeal-a-to-z")
_FACTS = dict(_SPEC.example) | {"claims_count": 1}
_BASE = sellermail.render(_SPEC, _FACTS, channel="amazon").body


def _count_missing(text: str) -> bool:
    report = sellermail.check(_SPEC, _FACTS, text, channel="amazon")
    return any(v.kind == "missing_fact" and v.fact == "claims_count" for v in report.violations)


def test_the_base_says_the_count_in_words() -> None:
    assert "one A-to-z" in _BASE and not _count_missing(_BASE)


@pytest.mark.parametrize("words", ["a single A-to-z", "only one A-to-z", "1 A-to-z"])
def test_a_count_of_one_in_words_is_kept(words: str) -> None:
    assert not _count_missing(_BASE.replace("one A-to-z", words))


def test_another_count_is_still_missing() -> None:
    assert _count_missing(_BASE.replace("one A-to-z", "3 A-to-z"))
