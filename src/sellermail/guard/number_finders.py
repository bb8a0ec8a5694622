"""Finders of phone numbers disguised as words: spelled out ("four one five …"), half in
words and half in digits, or in kanji numerals. :mod:`sellermail.guard.policy` names the rules
that use them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from sellermail.guard.finders import original, words
from sellermail.guard.mentions import Mention
from sellermail.guard.sentences import lowered


def spelled_number(
    pattern: str, digits: tuple[str, ...], least: int = 7
) -> Callable[[str, list[Mention]], Iterator[str]]:
    """A number written out in words (a phone number that would not pass as digits): the
    pattern is tried only when the text holds ``least`` digit words at all (a quick count)."""
    find_words = words(pattern)

    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        lower = text.lower()
        if sum(lower.count(word) for word in digits) >= least:
            yield from find_words(text, seen)

    return find


#: Digits said as words in the marketplaces' languages (en, de, fr, es, it), also as said on
#: the phone ("zwo" for "zwei").
_DIGIT_WORDS = frozenset(
    "zero oh one two three four five six seven eight nine null eins zwei drei vier fünf sechs "
    "zwo sieben acht neun zéro un deux trois quatre cinq sept huit neuf cero uno dos tres cuatro "
    "cinco seis siete ocho nueve due tre quattro cinque sei sette otto nove".split()
)
_DIGIT_WORD = "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
#: A run of digit words and short groups of digits ("seis-uno-dos, 48 93 07").
_MIXED = re.compile(
    rf"(?<![\w.,])(?:{_DIGIT_WORD}|\d{{1,4}})\b(?:[ \t,.\-/–—]+(?:{_DIGIT_WORD}|\d{{1,4}})\b){{2,}}"
)

_DIGITS = re.compile(r"[0-9]+")
#: The fewest digit words in a row that make a phone number spelled out.
_SPELLED_LEAST = 7
_IN_A_ROW = b"\x01" * _SPELLED_LEAST
_SPELLED = re.compile(
    rf"(?<![\w.,])(?:{_DIGIT_WORD})\b(?:[ \t,.\-/–—]+(?:{_DIGIT_WORD})\b){{{_SPELLED_LEAST - 1},}}"
)


def _spelled(text: str, lower: str) -> Iterator[str]:
    """Runs of seven digit words or more in ``lower`` (a phone number with no digit in it), as
    ``text`` writes them."""
    for match in _SPELLED.finditer(lower):
        yield original(text, match)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t,.\-/–—]+\Z")
_WORD_AFTER = re.compile(r"[ \t,.\-/–—]+([^\W\d_]+)")


def _beside_word(lower: str, start: int, end: int) -> bool:
    """Whether a digit word is next to ``lower[start:end]``, across separators only."""
    before = _WORD_BEFORE.search(lower, max(0, start - 16), start)
    if before and before[1] in _DIGIT_WORDS:
        return True
    after = _WORD_AFTER.match(lower, end, end + 16)
    return bool(after and after[1] in _DIGIT_WORDS)


#: What sets a number's groups apart ("0151 – 23 45", "null-eins"): read as spaces.
_APART = ",-.–—"


def _apart(text: str) -> str:
    """``text`` with what sets a number's groups apart made spaces (one fast pass for each
    mark: a translation table is looked up character by character in a non-ASCII text)."""
    for mark in _APART:
        text = text.replace(mark, " ")
    return text


def mixed_number(text: str, seen: list[Mention]) -> Iterator[str]:
    """A phone number written partly in words, partly in digits, to slip past filters
    ("plus one, four-one-five, 555, 0193"): two or more digit words and a group of digits,
    eight digits or more in all; or seven digit words or more in a row in any of the
    marketplaces' languages ("null-eins-sieben-sechs, zwei-vier-acht, …")."""
    lower, done = lowered(text), 0
    apart = _apart(lower)
    pieces = apart.split()
    distinct = len(_DIGIT_WORDS.intersection(pieces))
    if distinct < 2:
        return  # two different digit words at least (a quick test)
    # seven digit words in a row among the text's words (found without a loop in Python)
    if distinct >= 3 and _IN_A_ROW in bytes(map(_DIGIT_WORDS.__contains__, pieces)):
        yield from _spelled(text, lower)
    # read only around short groups of digits (which every such number holds; texts hold few)
    for group in _DIGITS.finditer(lower):
        if len(group[0]) > 4 or group.start() < done:
            continue
        if not _beside_word(lower, group.start(), group.end()):
            continue
        for match in _MIXED.finditer(lower, max(done, group.start() - 60), group.end() + 60):
            done = match.end()
            pieces = re.findall(r"\w+", match[0])
            said = sum(piece in _DIGIT_WORDS for piece in pieces)
            digits = sum(len(piece) for piece in pieces if piece.isdigit())
            if said >= 2 and digits and said + digits >= 8:
                yield original(text, match)


#: A phone number in kanji numerals ("〇九〇－一二三四－五六七八"): ten digits or more, as a
#: Japanese number is written, with its dashes or dots.
_KANJI_NUMBER = re.compile(
    r"[〇零一二三四五六七八九](?:[－ー‐\-・. 　]?[〇零一二三四五六七八九]){9,}"
)


def kanji_number(text: str, seen: list[Mention]) -> Iterator[str]:
    """Phone numbers written in kanji numerals, to slip past filters."""
    return (match[0] for match in _KANJI_NUMBER.finditer(text))
