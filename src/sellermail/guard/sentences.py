"""Reading a text line by line, only where it matters."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache, lru_cache

import ahocorasick

from sellermail.guard.pattern_words import (
    alternatives,
    beginnings,
    by_number,
    may_be_empty,
    requirements,
    telling,
)

#: Where a clause ends: a stop, comma, colon or semicolon before a space; an East Asian stop or
#: comma; a line break. (One character class first, which the engine scans for quickly.)
CLAUSE_END = re.compile(r"[.!?;:,。、！？；：\n](?:(?<=[.!?;:,])(?=\s)|(?<![.!?;:,]))")
#: Where a sentence ends: a stop before a space, an East Asian stop, a line break.
SENTENCE_END = re.compile(r"[.!?。！？\n](?:(?<=[.!?])(?=\s)|(?<![.!?]))")


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` starts."""
    return max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)


@lru_cache(maxsize=16)
def lowered(text: str) -> str:
    """``text`` lower-cased with its offsets kept (the rules of one check share it)."""
    lower = text.lower()
    # A few characters change length when lower-cased ("İ"): keep offsets by folding them apart.
    return lower if len(lower) == len(text) else "".join(c.lower()[:1] or c for c in text)


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
def _reader(
    sets: int,
) -> tuple[
    ahocorasick.Automaton, list[frozenset[tuple[str, ...]]], dict[tuple[str, ...], frozenset[int]]
]:
    """An automaton finding, in one pass, every declared word (of the first ``sets`` sets
    declared, at least) wherever it occurs in a text, overlapping ones too, each with how far
    back from its end it begins and which sets it stands for (one number for each different
    group of sets); those groups; and for each set, the groups it is in. A set's words that
    begin with another of its words are left out: wherever they occur that one does, so each
    set is found once at each place."""
    holding: dict[str, list[tuple[str, ...]]] = {}
    for cues, members in list(_SETS.items()):
        for word in members:
            if not any(word != other and word.startswith(other) for other in members):
                holding.setdefault(word, []).append(cues)
    reader = ahocorasick.Automaton()
    kinds: dict[frozenset[tuple[str, ...]], int] = {}
    for word, held in holding.items():
        reader.add_word(word, (len(word) - 1, kinds.setdefault(frozenset(held), len(kinds))))
    reader.make_automaton()
    holders: dict[tuple[str, ...], set[int]] = {}
    for kind, number in kinds.items():
        for cues in kind:
            holders.setdefault(cues, set()).add(number)
    return reader, list(kinds), {cues: frozenset(found) for cues, found in holders.items()}


class Found:
    """Where the declared words occur in a text: which sets they stand for (``present``), and
    where a set's words begin (:meth:`places`, put together when first asked: most sets found
    are only asked whether they are)."""

    __slots__ = ("_breaks", "_by_set", "_hits", "_holders", "_lines", "_text", "present")

    def __init__(self, text: str, sets: int) -> None:
        reader, kinds, self._holders = _reader(sets)
        hits: dict[int, list[int]] = {}
        for end, (back, kind) in reader.iter(text):
            hits.setdefault(kind, []).append(end - back)
        self._hits = hits
        self._text = text
        self._by_set: dict[tuple[str, ...], list[int]] = {}
        self._lines: dict[object, int] = {}
        self._breaks: list[int] | None = None
        #: The declared sets ``text`` holds a word of, as a set (whose subsets are found
        #: without hashing their sets again).
        self.present: frozenset[tuple[str, ...]] = frozenset().union(*map(kinds.__getitem__, hits))

    def places(self, cues: tuple[str, ...]) -> list[int]:
        """Where a word of ``cues`` (a declared set) begins in the text, in order."""
        known = self._by_set.get(cues)
        if known is None:
            hits, kinds = self._hits, self._holders.get(cues, frozenset())
            if len(kinds) < len(hits):
                known = [at for kind in kinds if kind in hits for at in hits[kind]]
            else:
                known = [at for kind, ats in hits.items() if kind in kinds for at in ats]
            known.sort()  # found by where they end
            self._by_set[cues] = known
        return known

    def breaks(self) -> list[int]:
        """Where the text's line breaks are, in order (found when first asked)."""
        if self._breaks is None:
            text, found, at = self._text, [], self._text.find("\n")
            while at >= 0:
                found.append(at)
                at = text.find("\n", at + 1)
            self._breaks = found
        return self._breaks

    def line(self, number: int) -> tuple[int, int]:
        """Where line ``number`` (from nought) begins, and where the next begins (or the text
        ends): its line break belongs to it."""
        breaks = self.breaks()
        start = breaks[number - 1] + 1 if number else 0
        return start, breaks[number] + 1 if number < len(breaks) else len(self._text)

    def lines(self, cues: tuple[str, ...]) -> int:
        """The lines holding a word of ``cues`` (a declared set), as bits (line n: bit n)."""
        known = self._lines.get(cues)
        if known is None:
            hits, kinds, known = self._hits, self._holders.get(cues, frozenset()), 0
            for kind in kinds if len(kinds) < len(hits) else hits:
                if kind in hits and kind in kinds:
                    known |= self._kind_lines(kind)
            self._lines[cues] = known
        return known

    def _kind_lines(self, kind: int) -> int:
        """The lines holding a word of a group of sets (``kind``: found in the text), as bits."""
        known = self._lines.get(kind)
        if known is None:
            breaks, known = self.breaks(), 0
            for at in self._hits[kind]:
                known |= 1 << bisect.bisect_left(breaks, at)
            self._lines[kind] = known
        return known

    def lines_of_all(self, sets: frozenset[tuple[str, ...]]) -> int:
        """The lines holding a word of each of ``sets``, as bits."""
        known = self._lines.get(sets)
        if known is None:
            known = (1 << (len(self.breaks()) + 1)) - 1  # every line: what needs nothing
            for cues in sets:
                known &= self.lines(cues)
            self._lines[sets] = known
        return known


def _numbers(bits: int) -> Iterator[int]:
    """The numbers of the bits set in ``bits``, from the lowest."""
    while bits:
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low


@lru_cache(maxsize=4)
def _places(text: str, sets: int) -> Found:
    """Where the words of the first ``sets`` declared sets occur in ``text``."""
    return Found(text, sets)


def held(text: str) -> frozenset[tuple[str, ...]]:
    """The declared sets of cue words (:func:`watch`) ``text`` holds a word of, read once per
    text: for a reader asking about many sets declared before (its rules, its patterns)."""
    return _places(text, len(_SETS)).present


def holds_any(text: str, cues: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``cues`` (read with every declared word, in one pass)."""
    return watch(cues) in _places(text, len(_SETS)).present


def cued_sentences(
    pattern: re.Pattern[str], text: str, cues: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, read only in the lines (paragraphs) that hold
    one of ``cues``: for phrases that never run past a line (a remedy offered, a claim made),
    which most lines do not hold. Not split at full stops: "Rs. 500" and "5 Fr." hold one.
    When every match begins with one of a few words (its beginnings), it is tried only where
    they occur.
    ``text`` and ``cues`` are lower case; no cue is empty or holds a line break."""
    key = watch(cues)  # declared before the text is read for every declared word
    needed, opening = _needed(pattern.pattern), _opening(pattern.pattern)
    ways = None if opening else _ways(pattern.pattern, pattern.flags)
    found = _places(text, len(_SETS))
    present = found.present
    # the alternatives that find all they need in the text (any, when that cannot be said):
    # read apart, each (grouped by what they need); else by what one of them needs
    total, groups = ways or (0, ())
    parts = [(sets, group) for sets, group in groups if sets <= present]
    able = [] if ways else [sets for sets in needed if sets <= present]
    if (ways and not parts) or (needed and not ways and not able):
        return
    lines = found.lines(key)
    # read apart: in each line, only the alternatives that find there all they need
    masks = [(found.lines_of_all(sets), group) for sets, group in parts]
    if masks or able:  # the lines where one alternative finds all it needs
        wanted = 0
        for mask in [m for m, _ in masks] or [found.lines_of_all(sets) for sets in able]:
            wanted |= mask
        lines &= wanted
    begins = found.places(opening) if opening else []
    for number in _numbers(lines):
        start, end = found.line(number)
        if masks:
            here = [way for mask, group in masks if mask >> number & 1 for way in group]
            if len(here) == total:
                yield from pattern.finditer(text, start, end)
            else:
                yield from _merged(sorted(here), found, text, start, end)
        elif opening:  # tried only where a word beginning every match occurs
            first = bisect.bisect_left(begins, start)
            yield from matches_at(
                pattern, text, begins[first : bisect.bisect_left(begins, end)], end
            )
        else:
            yield from pattern.finditer(text, start, end)


#: One alternative of a pattern read apart: its place among them, it alone with the flags of
#: the pattern (compiled when first read: :func:`_compiled`), and the (declared) words one of
#: which begins each of its matches (none if that cannot be said).
Way = tuple[int, str, int, tuple[str, ...]]


@lru_cache(maxsize=1024)
def _ways(
    pattern: str, flags: int
) -> tuple[int, tuple[tuple[frozenset[tuple[str, ...]], tuple[Way, ...]], ...]] | None:
    """``pattern``'s alternatives (:func:`pattern_words.alternatives`), each read apart (with
    ``flags``), grouped by the (declared) words they need; none for a pattern of one
    alternative, or whose alternatives may not be read apart (numbered groups, references, a
    match that may be empty); with how many they are.
    Keyed by the pattern's text: a compiled pattern's hash reads all its code."""
    if by_number(pattern) or may_be_empty(pattern):
        return None  # (after an empty match, finditer may find another where it ended)
    apart = alternatives(pattern)
    if len(apart) < 2:
        return None
    grouped: dict[frozenset[tuple[str, ...]], list[Way]] = {}
    for place, (way, sets) in enumerate(zip(apart, requirements(pattern), strict=True)):
        grouped.setdefault(frozenset(map(watch, sets)), []).append(
            (place, way, flags, _opening(way, alone=True))
        )
    return len(apart), tuple((sets, tuple(group)) for sets, group in grouped.items())


def _merged(
    ways: list[Way], found: Found, text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """The matches of a pattern between ``start`` and ``end``, as ``finditer`` finds them, from
    those of its alternatives (``ways``, in their order) that may match there: at each step the
    leftmost, the first alternative's where several begin at one place. (``found``: where the
    declared words occur in ``text``.)"""
    ahead = [_first(way, found, text, start, end) for way in ways]
    at = start
    while True:
        best: re.Match[str] | None = None
        for i, match in enumerate(ahead):
            if match is not None and match.start() < at:
                match = ahead[i] = _first(ways[i], found, text, at, end)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return
        yield best
        at = max(best.end(), best.start() + 1)


def _first(way: Way, found: Found, text: str, start: int, end: int) -> re.Match[str] | None:
    """The first match of one alternative between ``start`` and ``end``: tried only where one
    of its beginnings occurs, when it has them."""
    _, alone, flags, opening = way
    pattern = _compiled(alone, flags)
    if not opening:
        return pattern.search(text, start, end)
    places = found.places(opening) if opening in found.present else []
    for at in places[bisect.bisect_left(places, start) :]:
        if at >= end:
            break
        match = pattern.match(text, at, end)
        if match:
            return match
    return None


@cache
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    """``pattern`` compiled (once: the alternatives read apart are more than ``re`` keeps)."""
    return re.compile(pattern, flags)


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` (written in lower case) may match in ``text`` (lower case): ``False``
    when no alternative of it finds there all the words it needs."""
    needed = _needed(pattern.pattern)
    return not needed or any(sets <= held(text) for sets in needed)


def expect(pattern: re.Pattern[str]) -> None:
    """Declares (:func:`watch`) the words ``pattern``'s matches need, which
    :func:`cued_sentences` looks for before it reads a text with it: call it where the pattern
    is made, before the first check."""
    _needed(pattern.pattern)
    if not _opening(pattern.pattern):
        _ways(pattern.pattern, pattern.flags)


@lru_cache(maxsize=1024)
def _needed(pattern: str) -> tuple[frozenset[tuple[str, ...]], ...]:
    """The (declared) sets of words of each of which a text must hold one for an alternative
    of ``pattern`` to match there: one group per alternative, but none that holds another's
    (whenever it holds all its sets, the other does); none when some alternative needs none."""
    found = [frozenset(sets) for sets in requirements(pattern)]
    if not all(found):
        return ()
    for sets in found:
        for words in sets:
            watch(words)
    return tuple(sorted({s for s in found if not any(other < s for other in found)}, key=len))


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


@lru_cache(maxsize=1024)
def _opening(pattern: str, alone: bool = False) -> tuple[str, ...]:
    """The (declared) words one of which begins every match of ``pattern`` (lower case), or
    none when that cannot be said or one is too common to look for ("we ": trying the pattern
    at each would cost more than reading the line). One alternative read ``alone``, in a line
    that holds what it needs, may begin with a word of two letters ("no ", "ne "): trying it
    where one stands costs less than searching the line."""
    words = beginnings(pattern)
    common = words and all(len(word.strip()) >= 2 for word in words)
    return watch(words) if words and (all(map(telling, words)) or (alone and common)) else ()
