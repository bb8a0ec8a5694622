"""Matching a pattern only where it can begin.

Python's engine looks for where a pattern may start one character at a time, about as slowly
for a character class as for a whole attempt: a pattern beginning with a digit costs a pass over
the text however few numbers it holds. A pattern that can only begin at the first digit of a
number is tried instead at the numbers of the text, found once and shared by every such pattern
(the same matches, in the same order, as ``finditer``).
"""

from __future__ import annotations

import bisect
import re

from sellermail.guard.mention import NUMBERS
from sellermail.guard.pattern_words import group_end, top_branches

_RUN = re.compile(r"\d+")
_GROUP_OPENING = re.compile(r"\(\?(?::|P<\w+>)")
#: A first digit and a look-behind that rejects it after a digit or any word character.
_NUMBER_FIRST = re.compile(r"(?:\\d|\[1-9\])\(\?<!(?:\[\^\\W|\[\\w|\[\\d)")


def digit_led(source: str) -> bool:
    """Whether every match of the expression ``source`` begins with a digit that follows no
    digit (its first item a digit, and a look-behind rejecting one after a digit: as every
    number's first digit is written here)."""
    branches = top_branches(source)
    if len(branches) > 1:
        return all(digit_led(branch) for branch in branches)
    opening = _GROUP_OPENING.match(source)
    if opening:
        end = group_end(source, 0)
        if source[end : end + 1] in ("?", "*", "{"):
            return False  # the group may match nothing: the match begins after it
        return digit_led(source[opening.end() : end - 1])
    return _NUMBER_FIRST.match(source) is not None


def run_starts(text: str) -> list[int]:
    """Where each run of digits in ``text`` begins."""
    return [match.start() for match in _RUN.finditer(text)]


def after_blanking(starts: list[int], text: str, spans: list[tuple[int, int]]) -> list[int]:
    """``starts`` of digit runs once ``spans`` of ``text`` (the text now) were blanked: none
    inside a span, and a digit right after one now begins a run."""
    kept = list(starts)
    for start, end in spans:
        first, last = bisect.bisect_left(kept, start), bisect.bisect_left(kept, end)
        if first < last:
            kept = kept[:first] + kept[last:]
    for _, end in spans:
        if end < len(text) and text[end].isdecimal() and end not in kept:
            bisect.insort(kept, end)
    return kept


def fewest(words: tuple[str, ...]) -> tuple[str, ...]:
    """Strings beginning every string of ``words``, fewer of them: the words that share their
    first word, by what they share ("next week", "next month" -> "next ")."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word.split(" ", 1)[0], []).append(word)
    return tuple(_shared(group) for group in groups.values())


def _shared(words: list[str]) -> str:
    """The longest string all of ``words`` begin with."""
    prefix = words[0]
    for word in words[1:]:
        while not word.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


def word_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` occurs in ``text``, in order (looked for as plain strings,
    which is many times faster than a pattern's scan)."""
    found: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.add(at)
            at = text.find(word, at + 1)
    return sorted(found)


def beginning_places(lower: str, begins: tuple[str, ...], numbers: list[int]) -> list[int]:
    """Where a match may begin: where one of ``begins`` occurs in ``lower`` (the text in lower
    case) and, if :data:`NUMBERS` is one of them, where a number begins (``numbers``)."""
    if NUMBERS not in begins:
        return word_starts(lower, begins)
    words = tuple(word for word in begins if word != NUMBERS)
    return sorted({*word_starts(lower, words), *numbers})
