"""Amounts of yen written in kanji numerals ("八百円", "千五百円", "一万二千円"), which a formal
Japanese message may use for the digits: read as the amounts they are.

(Numerals before a counter are read as digits in place by :mod:`notation`; a numeral with a
hundreds, thousands or ten-thousands sign is longer in digits than in kanji, so amounts are
read here, apart.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sellermail.compose.money import money_key
from sellermail.guard.mention import Mention

_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_UNITS = {"十": 10, "百": 100, "千": 1000}
#: A run of kanji numerals and the yen sign after it.
_AMOUNT = re.compile("[〇一二三四五六七八九十百千万]+円")


def _value(numerals: str) -> int:
    """The number kanji numerals write: with signs ("千五百" -> 1500) or digit by digit
    ("八〇〇" -> 800)."""
    if not any(c in _UNITS or c == "万" for c in numerals):
        return int("".join(str(_DIGITS[c]) for c in numerals))
    total = section = digit = 0
    for c in numerals:
        if c in _DIGITS:
            digit = _DIGITS[c]
        elif c in _UNITS:
            section, digit = section + (digit or 1) * _UNITS[c], 0
        else:  # 万: what came before it is counted in ten thousands
            total, section, digit = total + (section + digit or 1) * 10_000, 0, 0
    return total + section + digit


def kanji_amounts(text: str) -> Iterator[Mention]:
    """The amounts of yen ``text`` writes in kanji numerals."""
    if "円" not in text:
        return
    for m in _AMOUNT.finditer(text):
        key = money_key(f"{_value(m[0][:-1])}円")  # the key an amount in digits has
        if key:
            yield Mention("money", ("money", *key), m[0], m.start())
