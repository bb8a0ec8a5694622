"""What a list fact's items (a quantity confirmation's spec lines) commit a message to: each
item's numbers and IDs as written, its counts with what they count, its measures with
decimals, and its substance in words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sellermail.guard.counted import pairs
from sellermail.guard.mentions import mentions
from sellermail.guard.notation import pieces
from sellermail.guard.wording import fold, japanese_words, name_fold, stems

#: A number with one or two decimals in either notation ("3,5", "2.25"); three digits after
#: the sign are a thousands group ("1.500 mAh"), no decimals.
_DECIMAL = re.compile(r"(?<![\d.,])(\d+)[.,](\d{1,2})(?![.,]?\d)")


def _decimals(text: str) -> set[Decimal]:
    return {Decimal(f"{m[1]}.{m[2]}").normalize() for m in _DECIMAL.finditer(text)}


def keeps_decimal(text: str, value: Decimal) -> bool:
    """Whether ``text`` holds the number ``value`` with its decimals, in either notation."""
    return ("." in text or "," in text) and value in _decimals(text)


#: A line's label and the count of pieces after it ("taglia 95 cm: 2 pezzi", "サイズM：2個").
_LABELLED = re.compile(r"([^:：\n]*[^\W\d_][^:：\n]*?)\s*[:：]\s*(\d{1,4})\s*([^\W\d_]+)\.?\s*")


def _pieces_of(item: str, language: str) -> list[tuple[int, str]]:
    """A line counting pieces of what its label names, as the count and the label ("taglia 95
    cm: 2 pezzi": 2 of "taglia 95 cm"), which a draft may count its own way ("2 in taglia 95
    cm")."""
    line = _LABELLED.fullmatch(item)
    if not line or line[3].lower() not in pieces(language):
        return []
    return [(int(line[2]), fold(line[1]))]


def item_facts(value: Any, language: str) -> Iterator[tuple[str, tuple[Any, ...], str]]:
    """Each fact (kind, key, as shown) the items of ``value`` hold: a measure with decimals
    ("Cable de 3,5 m") is kept only by that number, as a draft rounding it changes the line
    while still naming its words."""
    for item in [value] if isinstance(value, str) else value:
        seen = list(mentions(item))
        labelled = _pieces_of(item, language)
        found = pairs(item) or labelled
        counted = dict(found)
        yield from ((m.kind, m.key, m.text) for m in seen  # a count is judged with what it
                    if m.kind != "number" or m.key[1] not in counted)  # counts  # fmt: skip
        yield from (("pair", ("pair", n, word), f"{n} x {word}") for n, word in found)
        yield from (("decimal", ("decimal", n), item) for n in sorted(_decimals(item)))
        if labelled:
            continue  # its words are its label's, counted with it
        substance = re.sub(r"^[\w ]{1,24}:\s*", "", item)  # "Size: 12 oz" -> "12 oz"
        if any(m.key[0] == "when" for m in seen):
            continue  # a day named is kept by its day, in any language ("the following Monday")
        if words := stems(substance):
            yield "item", ("item", *sorted(words)), item
        elif substance != item and not re.search(r"\d", substance):  # "色: ナチュラル"
            yield "name", ("name", name_fold(substance)), item
        else:  # no word read in it (Japanese): the day it names ("翌週の火曜日"), or its
            # kanji and katakana words ("収納ケース付き")
            days = [m for m in mentions(item, language=language) if m.key[0] == "when"]
            yield from (("date", m.key, m.text) for m in days)
            if not days and (words := japanese_words(substance)):
                yield "item", ("item", *sorted(words)), item
