"""The typed values of facts that print themselves as messages write them: a range of days,
a percentage, a date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

MONTHS = (
    "January February March April May June July August September October November December"
).split()


@dataclass(frozen=True)
class DayRange:
    """Two whole numbers of days, low <= high; ``str()`` is ``7–15`` (or ``7`` when equal)."""

    low: int
    high: int

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"

    def plain(self) -> str:
        return f"{self.low}-{self.high}"


@dataclass(frozen=True)
class Percent:
    """A percentage; ``str()`` is ``1%`` or ``1.5%``."""

    value: Decimal

    def __str__(self) -> str:
        return f"{self.value.normalize():f}%"

    def plain(self) -> str:
        return str(self)


class Date(dt.date):
    """A calendar date; ``str()`` is the unambiguous ``January 23, 2014``."""

    def __str__(self) -> str:
        return f"{MONTHS[self.month - 1]} {self.day}, {self.year}"

    def plain(self) -> str:
        return self.isoformat()
