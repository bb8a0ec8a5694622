"""Everything the guard reads a text in a language with, built before it reads one.

A text is read for every cue word at once (:func:`sentences.holds_any`), in one pass of one
automaton made of every word declared so far: a word declared after it is made makes it again.
Building the language's phrasings, rules and notations first declares all of their words, so
the automaton is made once per language, not once per module that reads."""

from __future__ import annotations

from functools import cache

from sellermail.guard import claims, remedies
from sellermail.guard.mentions import extractors
from sellermail.guard.policy import rules


@cache
def ready(language: str) -> None:
    """Builds (and so declares the cue words of) everything that reads a text in ``language``."""
    remedies.phrasing(language)
    claims.phrasing(language)
    rules(language)
    extractors(language)
