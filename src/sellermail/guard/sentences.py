"""Reading a text line by line, only where it matters."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from sellermail.guard.pattern_words import beginnings, trie

#: Where a clause ends: a stop, comma, colon or semicolon before a space; an East Asian stop or
#: comma; a line break. (One character class first, which the engine scans for quickly.)
CLAUSE_END = re.compile(r"[.!?;:,。、！？；：\n](?:(?<=[.!?;:,])(?=\s)|(?<![.!?;:,]))")
#: Where a sentence ends: a stop before a space, an East Asian stop, a line break.
SENTENCE_END = re.compile(r"[.!?。！？\n](?:(?<=[.!?])(?=\s)|(?<![.!?]))")


#: Every set of cue words declared or looked for, as a set (see :func:`watch`).
_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def watch(cues: tuple[str, ...]) -> tuple[str, ...]:
    """Declares ``cues`` (lower-case words) as words :func:`holds_any` and
    :func:`cued_sentences` will be asked about: a text is read for all declared words at once,
    in one pass. Declare them where they are made (a rule, a phrasing), before the first check:
    words first looked for later are read in a new pass of every word."""
    if cues not in _SETS:
        _SETS.setdefault(cues, frozenset(cues))
    return cues


@lru_cache(maxsize=2)
def _reader(sets: int) -> tuple[re.Pattern[str], dict[str, list[tuple[str, ...]]]]:
    """One pattern finding, at every place of a text, the longest declared word that begins
    there (of the first ``sets`` sets declared, at least); and for each word, the sets that
    hold it or a word it begins with (those begin there too)."""
    declared = list(_SETS.items())
    words = sorted(set().union(*(words for _, words in declared)))
    holding: dict[str, list[tuple[str, ...]]] = {word: [] for word in words}
    for cues, members in declared:
        for word in members:
            holding[word].append(cues)
    sets_of = {
        word: list(
            dict.fromkeys(c for n in range(1, len(word) + 1) for c in holding.get(word[:n], ()))
        )
        for word in words
    }
    return re.compile(f"(?=({trie(words)}))"), sets_of


@lru_cache(maxsize=4)
def _places(text: str, sets: int) -> dict[tuple[str, ...], list[int]]:
    """Where a word of each declared set occurs in ``text`` (only the sets that do), in order."""
    pattern, sets_of = _reader(sets)
    found: dict[tuple[str, ...], list[int]] = {}
    for match in pattern.finditer(text):
        for cues in sets_of[match[1]]:
            found.setdefault(cues, []).append(match.start())
    return found


def holds_any(text: str, cues: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``cues`` (read with every declared word, in one pass)."""
    return watch(cues) in _places(text, len(_SETS))


def cued_sentences(
    pattern: re.Pattern[str], text: str, cues: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, read only in the lines (paragraphs) that hold
    one of ``cues``: for phrases that never run past a line (a remedy offered, a claim made),
    which most lines do not hold. Not split at full stops: "Rs. 500" and "5 Fr." hold one.
    When every match begins with a cue (its beginnings), it is tried only where they occur.
    ``text`` and ``cues`` are lower case; no cue is empty or holds a line break."""
    key = watch(cues)  # declared before the text is read for every declared word
    places = _places(text, len(_SETS)).get(key, [])
    begun = _begun_by(pattern.pattern, key)
    index = 0
    while index < len(places):
        at = places[index]
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at) + 1 or len(text)
        following = bisect.bisect_left(places, end, index)
        if begun:
            yield from matches_at(pattern, text, places[index:following], end)
        else:
            yield from pattern.finditer(text, start, end)
        index = following


def matches_at(
    pattern: re.Pattern[str], text: str, starts: list[int], end: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` (before ``end``), as ``finditer`` finds them, for a pattern
    whose every match begins at one of ``starts`` (in order): tried at each that no match
    before covers."""
    covered, end = 0, len(text) if end is None else end
    for at in starts:
        if at < covered:
            continue
        match = pattern.match(text, at, end)
        if match:
            yield match
            covered = max(match.end(), at + 1)


@lru_cache(maxsize=512)
def _begun_by(pattern: str, cues: tuple[str, ...]) -> bool:
    """Whether every match of ``pattern`` (lower case) begins with one of ``cues``."""
    words = beginnings(pattern)
    return words is not None and all(any(w.startswith(c) for c in cues) for w in words)
