"""Numbers written in words (English, and each marketplace language's from its notation): read
as digits in place, so that ``twenty-four hours`` is ``24 hours`` to every pattern after."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from sellermail.guard.anchors import word_starts
from sellermail.guard.notation import Notation, notation
from sellermail.guard.sentences import lowered, matches_at
from sellermail.guard.word_tree import trie

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_NUMBERS = {word: n for n, word in enumerate(_ONES)} | {
    f"{ten}{sep}{one}" if one else ten: 20 + 10 * t + o
    for t, ten in enumerate(_TENS)
    for o, one in enumerate(["", *_ONES[1:10]])
    for sep in (("-", " ") if one else ("",))
}
#: A number word after the character before it (the text is read with a space in front), the
#: words as a tree of their letters (first in either case): tried only where one of
#: :data:`_FIRST_WORDS` begins.
_NUMBER_WORD = re.compile(
    "[^A-Za-z](?:"
    + "|".join(
        f"[{first}{first.upper()}](?:{trie([w[1:] for w in WORD_NUMBERS if w[0] == first])})"
        for first in sorted({w[0] for w in WORD_NUMBERS})
    )
    + ")(?![A-Za-z])"
)


def _first_words(words: Iterable[str]) -> tuple[str, ...]:
    """The words every one of ``words`` (number words) begins with ("four" for "fourteen",
    "twenty" for "twenty-one"): found with ``str.find`` in the lower-cased text, where alone
    the number words' pattern is tried (trying it at every letter that may begin one, or after
    every space, cost more than finding them)."""
    firsts = {word.split()[0].split("-")[0] for word in words}
    return tuple(sorted(w for w in firsts if not any(w != o and w.startswith(o) for o in firsts)))


_FIRST_WORDS = _first_words(WORD_NUMBERS)


@cache
def _language_first_words(language: str) -> tuple[str, ...]:
    notes = notation(language)
    return _first_words(notes.number_words) if notes else ()


def number_value(text: str) -> int:
    """``"24"``, ``"1,500"`` or ``"twenty-four"`` -> the number."""
    text = text.strip().lower().replace(",", "")
    return int(text) if text.isdigit() else WORD_NUMBERS[" ".join(text.split())]


def digits_for_words(text: str, notes: Notation | None = None) -> tuple[str, list[int], list[int]]:
    """Number words (English, and the language's of ``notes``) rewritten as digits in place
    (right-aligned, so positions hold), with the starts and ends of the rewritten words."""
    lower = lowered(text)
    found = [  # read with a space in front: a word's place is that of the character before
        (m.start(), m.end() - 1, WORD_NUMBERS[m[0][1:].lower()])
        for m in matches_at(_NUMBER_WORD, f" {text}", word_starts(lower, _FIRST_WORDS))
    ]
    if notes and notes.number_word:
        begins = word_starts(lower, _language_first_words(notes.language))
        found = sorted(found + [(m.start(), m.end(), notes.number_words[m[0]])
                                for m in matches_at(notes.number_word, lower, begins)])  # fmt: skip
    starts: list[int] = []
    ends: list[int] = []
    pieces: list[str] = []
    last = 0
    for start, end, value in found:
        if start < last:
            continue  # a word inside a longer one already rewritten
        pieces += [text[last:start], str(value).rjust(end - start)]
        starts.append(start)
        ends.append(end)
        last = end
    return _with_cents("".join([*pieces, text[last:]]), starts, ends, notes)


#: A currency's word, in any case (its sign, "€", is matched apart).
_CURRENCY_WORD = r"(?i:euros?|dollars?|pounds?|pfund)"
#: An amount and its cents after the currency's word, in words or two digits, a joining word
#: between or not ("doce euros con cincuenta", "douze euros 50", "seven dollars and fifty
#: cents"), read after the number words were rewritten as digits.
_CENTS = re.compile(
    r"(?<![\w.,])(?P<whole>\d{1,6})(?P<mark>\s+" + _CURRENCY_WORD + r"|\s*€)"
    r"(?:\s+(?i:and|und|et|con|e|y))?\s+(?P<cents>\d{1,2})"
    r"(?:\s+(?i:cents?|centimes?|céntimos?|centesim[io]|ct))?(?!\w|[.,]\d)"
)
#: Parts of the currencies' words and signs that an amount in words has (cues; not "fund" or
#: "ound", which "refund" and "found" hold: most drafts would be read twice for nothing).
_MARK_CUES = ("uro", "ollar", "pound", "Pound", "POUND", "pfund", "Pfund", "PFUND", "€")
_MARK_AFTER = re.compile(rf"\s*(?:{_CURRENCY_WORD}(?!\w)|€)")
#: A word after a number that makes it no cents ("cinq euros et trente jours").
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+|%)")
_ENGLISH_UNITS = frozenset("day days hour hours week weeks month months year years percent".split())


def _with_cents(
    text: str, starts: list[int], ends: list[int], notes: Notation | None
) -> tuple[str, list[int], list[int]]:
    """``text`` (number words as digits) with each amount and its cents said apart rewritten
    as one amount in place ("12.50 euros", right-aligned), and the rewritten words' places
    merged: one amount, not a whole one that was never given."""
    if not any(cue in text for cue in _MARK_CUES):
        return text, starts, ends
    units = notes.units if notes else {}
    for m in reversed(list(_CENTS.finditer(text))):
        worded = m.end("cents") in ends
        after = _NEXT_WORD.match(text, m.end())
        word = after[1].lower() if after else ""
        if (
            word in units
            or word in _ENGLISH_UNITS
            or word == "%"
            or (not worded and len(m["cents"]) < 2)
        ):
            continue
        begin = starts[ends.index(m.end("whole"))] if m.end("whole") in ends else m.start()
        amount = f"{int(m['whole'])}.{int(m['cents']):02d} {m['mark'].strip()}"
        if len(amount) > m.end() - begin:
            continue
        text = text[:begin] + amount.rjust(m.end() - begin) + text[m.end() :]
        kept = [(s, e) for s, e in zip(starts, ends, strict=True) if e <= begin or s >= m.end()]
        places = sorted([*kept, (begin, m.end())])
        starts, ends = [s for s, _ in places], [e for _, e in places]
    return text, starts, ends


def amounts_in_digits(text: str, language: str) -> str:
    """``text`` with its amounts said in number words ("siete euros con cincuenta") written in
    digits in place ("7.50 euros", then spaces: same length), for the phrases that name an amount (a
    partial refund offered reads the same either way); other number words stay as written."""
    if not any(cue in text for cue in _MARK_CUES):
        return text
    masked, starts, ends = digits_for_words(text, notation(language) if language != "en" else None)
    pieces: list[str] = []
    last = 0
    for start, end in zip(starts, ends, strict=True):
        said = masked[start:end].strip()  # folded with its cents ("7.50 euros"), or a number
        mark = None if not said.isdigit() else _MARK_AFTER.match(masked, end)
        if mark or not said.isdigit():  # written as one amount from the word's start on
            end = mark.end() if mark else end
            pieces += [text[last:start], f"{said} {mark[0].strip()}" if mark else said]
            pieces[-1] = pieces[-1].ljust(end - start)
            last = end
    return "".join([*pieces, text[last:]]) if pieces else text
