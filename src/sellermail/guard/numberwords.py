"""Numbers written in words (English, and each marketplace language's from its notation): read
as digits in place, so that ``twenty-four hours`` is ``24 hours`` to every pattern after."""

from __future__ import annotations

import re

from sellermail.guard.notation import Notation
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
#: A number word after the character before it (the text is read with a space in front): one
#: class of characters that are no letters first, which the engine scans for quickly (most
#: characters are letters), then the words as a tree of their letters (first in either case).
_NUMBER_WORD = re.compile(
    "[^A-Za-z](?:"
    + "|".join(
        f"[{first}{first.upper()}](?:{trie([w[1:] for w in WORD_NUMBERS if w[0] == first])})"
        for first in sorted({w[0] for w in WORD_NUMBERS})
    )
    + ")(?![A-Za-z])"
)


def number_value(text: str) -> int:
    """``"24"``, ``"1,500"`` or ``"twenty-four"`` -> the number."""
    text = text.strip().lower().replace(",", "")
    return int(text) if text.isdigit() else WORD_NUMBERS[" ".join(text.split())]


def digits_for_words(text: str, notes: Notation | None = None) -> tuple[str, list[int], list[int]]:
    """Number words (English, and the language's of ``notes``) rewritten as digits in place
    (right-aligned, so positions hold), with the starts and ends of the rewritten words."""
    found = [
        (m.start(), m.end() - 1, WORD_NUMBERS[m[0][1:].lower()])
        for m in _NUMBER_WORD.finditer(f" {text}")
    ]
    if notes and notes.number_word and len(lowered := text.lower()) == len(text):
        found = sorted(found + [(m.start(), m.end(), notes.number_words[m[0]])
                                for m in notes.number_word.finditer(lowered)])  # fmt: skip
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
    return "".join([*pieces, text[last:]]), starts, ends
