"""Counted things of a list item ("3 x red", "ホワイト×3") and whether a text still counts
each with its own number, whichever side of its thing the number is written."""

from __future__ import annotations

import re

from sellermail.guard.notation import narrow
from sellermail.guard.wording import fold, word_forms

#: A counted thing is its word, or its two words when they end the item ("2 x bleu ciel": the
#: second may be what tells it apart, "bleu marine" is another colour).
_COUNTED = re.compile(
    r"\b(\d{1,4})\s*(?:x|×|pcs?|pieces?)\s*([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*(?=\s*(?:[,;]|$)))?"
    r"|\d{1,3}(?=\s*(?:[,;]|$)))"  # or a size ("1 x 37, 2 x 38")
)
_WORD_NUMBERS = ("zero one two three four five six seven eight nine ten eleven twelve").split()


#: A counted thing written before its count ("ホワイト×3", "白 × 3", "標準 x 2"): a word of
#: letters, kana or kanji, then the sign and a count that no measure or digit follows.
_COUNTED_AFTER = re.compile(
    r"([^\W\d_][\w-]*)\s*[x×]\s*(\d{1,3})(?![\d.,]|\s*(?:x|×|mm|cm|m)(?![^\W\d_]))"
)


def pairs(item: str) -> list[tuple[int, str]]:
    """The counted things of a list item: "3 x red, 2 x blue" -> (3, red), (2, blue), also
    with the count after its thing ("ホワイト×3"); sizes counted by few ("1 x 37, 2 x 38"), not
    a measure ("40 x 60")."""
    folded = fold(item)
    found = [(int(n), word) for n, word in _COUNTED.findall(folded)]
    if not found and ("×" in folded or "x" in folded):
        found = [(int(n), word) for word, n in _COUNTED_AFTER.findall(folded)]
    return [(n, word) for n, word in found if n < 10 or not word.isdigit()]


def keeps_pair(
    text: str, n: int, word: str, language: str = "en", number_words: tuple[str, ...] = ()
) -> bool:
    """Whether ``text`` (folded) still counts ``n`` of ``word`` ("3 x red", "3 red", "three
    red ones", "red x 3", "red: 3"; in ``language``, "drei in Salbeigrün", "3 grigie" for "3 x
    grigio"; a letter or a size with the words that link it, "2 con la A", "2 with the letter
    A"), ``number_words`` being how ``language`` says ``n`` in words."""
    said = [*number_words, *([_WORD_NUMBERS[n]] if n < len(_WORD_NUMBERS) else [])]
    number = "|".join([str(n), *(re.escape(w) for w in said)])
    if language == "ja":  # no spaces: the count next to its thing, a sign, particle or counter
        # between, never across a list's separator or another count ("ホワイト×3", "ホワイトを3点",
        # "3点のホワイト")
        thing, near = re.escape(word), r"[^\d、。,，;；\n]{0,4}?"
        found = rf"{thing}{near}(?<!\d)(?:{number})(?!\d)|(?<!\d)(?:{number}){near}{thing}"
        return re.search(found, narrow(text)) is not None
    thing = r"[\s-]+".join(word_forms(part, language) for part in word.split())
    # up to two short words of linking ("2 con la A", "2 with an A") and one more ("2 mit dem
    # Buchstaben A", "2 with the letter A"), then a linking word of that one ("tres con
    # estampado de dinosaurios", "deux à motif de fleurs") may stand between the number and
    # the thing
    link = r"(?:[^\W\d_]{1,4}\s+){0,2}(?:[^\W\d_][\w-]*\s+(?:[^\W\d_]{1,3}\s+)?)?"
    if word.isdigit():  # a size: any three words ("une paire en 37", "un par en la talla 40")
        link = r"(?:[^\W\d_][\w-]*\s+){0,3}"
    before = rf"\b(?:{number})\s*(?:x|×|pcs?|pieces?|of)?\s*{link}{thing}"
    after = rf"(?<!\w){thing}\s*(?:x|×|:|-)?\s*(?:{number})\b"
    return re.search(f"{before}|{after}", text) is not None
