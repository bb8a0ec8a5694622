"""A day range written in kanji numerals ("七日から十五日", "七～十五日", "十日から十四日間"),
ten alone ("十") among them, is the range in digits; a kanji numeral with 日 outside a range is
a day of the month, no number. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.mentions import mentions


def _ranges(text: str) -> list[tuple[int, int]]:
    return [(m.key[1], m.key[2]) for m in mentions(text, language="ja") if m.kind == "range"]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [("お届けまでおよそ七日から十五日ほどかかります。", 7, 15),
     ("海外へは七～十五日でお届けします。", 7, 15),
     ("通常三から五営業日で発送します。", 3, 5),
     ("到着まで十日から十四日間ほどお待ちください。", 10, 14),
     ("到着まで五日～十日ほどお待ちください。", 5, 10),
     ("発送は二～三営業日以内です。", 2, 3)],
)  # fmt: skip
def test_a_range_in_kanji_numerals_is_read(text: str, first: int, last: int) -> None:
    assert _ranges(text) == [(first, last)]


def test_a_day_of_the_month_is_no_range() -> None:
    assert _ranges("十日に発送しました。七日にお届け予定です。") == []


def test_days_of_a_month_are_no_range() -> None:
    assert _ranges("三月十日から十四日まで休業いたします。") == []
