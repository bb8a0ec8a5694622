"""The offer tests' direct reading of one sentence: the remedies offered in it and those named
as already made, in a language (no message around it)."""

from __future__ import annotations

from sellermail.guard import remedies


def read(language: str, sentence: str) -> tuple[set[str], set[str]]:
    """The remedies ``sentence`` offers, and those it names as already made."""
    made: dict[str, tuple[int, int]] = {}
    found = remedies.offers_in(sentence, remedies.phrasing(language), None, made)
    return set(found), set(made)
