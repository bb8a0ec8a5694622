"""A range in calendar days restated in the fewest whole weeks that hold it ("1-2 weeks" for
8-14 days, "ein bis zwei Wochen") is the same fact, in any language; weeks that do not hold it
(2-3 weeks for 8-14 days) are another. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.same_fact import same


@pytest.mark.parametrize(
    ("days", "weeks"),
    [((8, 14), (1, 2)), ((7, 14), (1, 2)), ((10, 20), (1, 3)), ((14, 21), (2, 3)),
     ((15, 28), (2, 4)), ((20, 35), (2, 5))],
)  # fmt: skip
def test_days_in_the_weeks_that_hold_them(days: tuple[int, int], weeks: tuple[int, int]) -> None:
    assert same(("range", *days, ""), ("range", *weeks, "weeks"))
    assert same(("range", *weeks, "weeks"), ("range", *days, "days"))


@pytest.mark.parametrize(
    ("days", "weeks", "unit"),
    [((8, 14), (2, 3), ""), ((8, 14), (1, 1), ""), ((8, 14), (1, 3), "days"), ((3, 5), (1, 2), "business days")],
)  # fmt: skip
def test_other_weeks_are_another_fact(
    days: tuple[int, int], weeks: tuple[int, int], unit: str
) -> None:
    assert not same(("range", *days, unit), ("range", *weeks, "weeks"))
