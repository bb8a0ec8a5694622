"""When two mention keys name the same fact: amounts in any currency sign of theirs, dates with
or without a year, a day range with or without its unit, a duration in another calendar unit
("three days" for 72 hours), a weekday however it is said ("火曜" for "火曜日", "lunedì" for "Monday")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sellermail.compose.money import same_currency

__all__ = ["holds", "same"]


def same(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Whether two mention keys name the same fact (``$`` matches any dollar currency, ``kr``
    any crown, ``¥`` yen or yuan; a date without a year matches any year, a range's unit is
    not compared)."""
    if a[0] != b[0]:
        return False
    kind = a[0]
    if kind == "money":
        return bool(a[1] == b[1] and same_currency(a[2], b[2]))
    if kind == "range":  # a unit is compared when both give one ("7-15 days" is not business days)
        if a[3] != b[3] and "weeks" in (a[3], b[3]):
            return _in_weeks(a, b) or _in_weeks(b, a)
        return a[1:3] == b[1:3] and (not a[3] or not b[3] or a[3] == b[3])
    if kind == "date":
        return a[2:] == b[2:] and (a[1] is None or b[1] is None or a[1] == b[1])
    return a == b


def _in_weeks(weeks: tuple[Any, ...], days: tuple[Any, ...]) -> bool:
    """Whether a range in weeks is a range in calendar days said in the fewest whole weeks
    that hold it ("1-2 weeks" for 8-14 days: its first end's whole weeks, its last's begun)."""
    return (
        weeks[3] == "weeks"
        and days[3] in ("", "days")
        and (weeks[1] == days[1] // 7 and weeks[2] == -(-days[2] // 7))
    )


#: A handling time counts days as the marketplaces do, in business days: a fact of handling
#: days is kept in days or business days (a delivery's days are not: they are counted apart).
_HANDLING = ("handling days", "days", "business days")


#: Calendar units as a number of the smallest of their kind: 72 hours are 3 days, 14 days are
#: 2 weeks, 24 months are 2 years (business days are counted apart: no other unit is one).
_SPANS = {"hours": ("h", 1), "days": ("h", 24), "handling days": ("h", 24), "weeks": ("h", 168), "months": ("m", 1),
          "years": ("m", 12)}  # fmt: skip


def _span(key: tuple[Any, ...]) -> tuple[str, int] | None:
    kind, size = _SPANS.get(key[1], ("", 0))
    return (kind, size * key[2]) if kind and isinstance(key[2], int) else None


#: Each weekday in the six languages (Japanese without its 日), one name for all of them: a day
#: given in one language ("the following Monday") is kept in another ("il lunedì successivo").
_WEEKDAYS = {
    word: names[0]
    for names in (
        ("monday", "montag", "lundi", "lunes", "lunedì", "lunedi", "月曜"),
        ("tuesday", "dienstag", "mardi", "martes", "martedì", "martedi", "火曜"),
        (
            "wednesday",
            "mittwoch",
            "mercredi",
            "miércoles",
            "miercoles",
            "mercoledì",
            "mercoledi",
            "水曜",
        ),
        ("thursday", "donnerstag", "jeudi", "jueves", "giovedì", "giovedi", "木曜"),
        ("friday", "freitag", "vendredi", "viernes", "venerdì", "venerdi", "金曜"),
        ("saturday", "samstag", "sonnabend", "samedi", "sábado", "sabado", "sabato", "土曜"),
        ("sunday", "sonntag", "dimanche", "domingo", "domenica", "日曜"),
    )
    for word in names
}


def _day(when: str) -> str:
    day = when[:-1] if when.endswith("曜日") else when
    return _WEEKDAYS.get(day, day)


def holds(keys: Iterable[tuple[Any, ...]], key: tuple[Any, ...]) -> bool:
    """Whether ``keys`` hold a key that names the same fact as ``key`` (a duration in another
    unit too: "three days" for 72 hours)."""
    if key[0] in ("money", "range", "date"):
        return any(same(key, other) for other in keys)
    if key in keys:
        return True
    if key[0] == "when":  # a weekday however it is said ("火曜" for "火曜日")
        return any(other[0] == "when" and _day(other[1]) == _day(key[1]) for other in keys)
    if key[0] == "duration" and key[1] in _HANDLING:  # a handling time, in either kind of day
        if key[1] == "handling days":
            return any(holds(keys, ("duration", unit, key[2])) for unit in _HANDLING[1:])
        if ("duration", "handling days", key[2]) in keys:
            return True
    if key[0] == "duration" and (span := _span(key)):
        return any(other[0] == "duration" and _span(other) == span for other in keys)
    return False
