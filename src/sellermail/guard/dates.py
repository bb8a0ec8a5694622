"""Dates and times of day as English writes them ("February 8, 2024", "8 to 18 February",
"2024-01-23", "next Monday", "2 pm"), each reduced to a canonical key. Each way of writing one
is its own pattern, beginning with a character class (a digit, a month's first letter), which
the engine scans for quickly; :data:`DATES` holds them in the order they are tried."""

from __future__ import annotations

import re
from collections import defaultdict

from sellermail.compose.money import NUMBER_START
from sellermail.compose.values import MONTHS as MONTH_NAMES
from sellermail.guard.mention import Mention, Registry
from sellermail.guard.pattern_words import beginnings, top_branches

MONTHS = [name.lower() for name in MONTH_NAMES]
extractor = Registry()
DATES = extractor.found
#: How every month's name and abbreviation begins (in lower case): where a date may begin.
_MONTH_STARTS = tuple(m[:3] for m in MONTHS)
#: The start of a number: its first digit, not inside a word or another number.
_D = NUMBER_START


def _first_letter_alternation(words: list[str], tail: str = "") -> str:
    """``[oOtT](?<!letter before)(?:(?<=[oO])ne|(?<=[tT])wo|...)``: a fast, boundary-checked
    alternation of words (first letter in either case, the rest lower case)."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for word in sorted(words, key=len, reverse=True):
        by_first[word[0]].append(re.escape(word[1:]) + tail)
    letters = "".join(by_first)
    branches = "|".join(
        f"(?<=[{first}{first.upper()}])(?:{'|'.join(rests)})" for first, rests in by_first.items()
    )
    return f"[{letters}{letters.upper()}](?<![A-Za-z][A-Za-z])(?:{branches})(?![A-Za-z])"


_MONTH = _first_letter_alternation(
    [*MONTHS, *(m[:3] for m in MONTHS), "sept"], tail=r"\.?"
).removesuffix("(?![A-Za-z])")


@extractor(rf"{_D}\d{{3}}-(\d{{2}})-(\d{{2}})(?!\d)")
def _iso_date(m: re.Match[str]) -> Mention | None:
    y, mo, d = int(m[0][:4]), int(m[1]), int(m[2])
    return Mention("date", ("date", y, mo, d), m[0]) if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _date(month: str, day: str, year: str | None, text: str) -> Mention | None:
    """A date from its words, or ``None`` when they name none."""
    name = month.lower().rstrip(".")[:3]
    number = next((i for i, full in enumerate(MONTHS, 1) if full.startswith(name)), 0)
    if not number or not 1 <= int(day) <= 31:
        return None
    return Mention("date", ("date", int(year) if year else None, number, int(day)), text)


_THROUGH = r"\s*(?:-|–|—|to|and|through|until)\s*"


# Each way of writing a date is its own pattern, beginning with a character class (a digit, a
# month's first letter), which the engine scans for quickly; in the order they are tried.
@extractor(
    rf"(?P<m2>{_MONTH})\s+(?P<e1>\d{{1,2}})(?:st|nd|rd|th)?{_THROUGH}(?P<e2>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}})\b)?",
    _MONTH_STARTS,
    _MONTH_STARTS,
)
@extractor(
    rf"(?P<d1>{_D}\d?)(?:st|nd|rd|th)?{_THROUGH}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<m>{_MONTH})(?:,?\s+(?P<y>\d{{4}})\b)?",
    _MONTH_STARTS,
)
def _date_span(m: re.Match[str]) -> list[Mention] | None:
    """Two dates of one month: "8 to 18 February 2024", "February 8–18, 2024"."""
    groups = m.groupdict()
    month, year = (m["m"], m["y"]) if "m" in groups else (m["m2"], m["y2"])
    days = (m["d1"], m["d2"]) if "m" in groups else (m["e1"], m["e2"])
    found = [_date(month, day, year, m[0]) for day in days]
    return [d for d in found if d] if all(found) else None


@extractor(
    rf"(?P<d2>{_D}\d?)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>\d{{4}})\b)?",
    _MONTH_STARTS,
)
@extractor(
    rf"(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?",
    _MONTH_STARTS,
    _MONTH_STARTS,
)
def _named_date(m: re.Match[str]) -> Mention | None:
    if "m" in m.groupdict():
        return _date(m["m"], m["d"], m["y"], m[0])
    return _date(m["m2"], m["d2"], m["y2"], m[0])


#: Times named in words, by first letter: the rest of each way of writing one.
_WHEN = {
    "t": r"omorrow|onight|his (?:week|weekend)|he end of (?:the )?(?:day|week|month)|uesday|hursday",
    "n": r"ext (?:week|month|year|business day|working day)",
    "e": r"nd of (?:the )?(?:day|week|month)",
    "m": r"onday",
    "w": r"ednesday",
    "f": r"riday",
    "s": r"aturday|unday",
}
_WHEN_CUES = ("tomorrow", "tonight", "next week", "next month", "next year", "next business",
              "next working", "this week", "end of", *(f"{d}day" for d in
              ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")))  # fmt: skip


@extractor(  # the first letter as a character class (scanned for quickly), in either case
    f"[{''.join(_WHEN)}{''.join(_WHEN).upper()}](?<!\\w.)(?i:"
    + "|".join(f"(?<={first})(?:{rest})" for first, rest in _WHEN.items())
    + ")\\b",
    _WHEN_CUES,
    beginnings(
        "|".join(first + way for first, rest in _WHEN.items() for way in top_branches(rest))
    ),
)
def _relative_date(m: re.Match[str]) -> Mention:
    """A time named in words ("tomorrow", "next week", "Monday"): a commitment like a date."""
    return Mention("date", ("when", " ".join(m[0].lower().split())), m[0])


@extractor(rf"{_D}\d?/\d{{1,2}}/\d{{2,4}}\b", ("/",))
def _slash_date(m: re.Match[str]) -> Mention:
    return Mention("date", ("date-ambiguous", m[0]), m[0])


@extractor(  # "14:00", "2 pm", "9 a.m.", "13 Uhr", "14時30分" (not "24時間", a duration)
    rf"(?P<h>{_D}\d?)(?::(?P<m>[0-5]\d)(?![\d:])(?:\s?(?P<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z])|\s?Uhr\b)?"
    rf"|\s?(?P<ap2>[AaPp]\.?[Mm]\.?)(?![A-Za-z])|\s?Uhr\b|時(?!間)(?:(?P<jm>\d{{1,2}})分)?)"
)
def _time(m: re.Match[str]) -> Mention | None:
    """A time of day: a fact like a date (an invented dispatch cut-off is an invented fact)."""
    hour, minute = int(m["h"]), int(m["m"] or m["jm"] or 0)
    noon = (m["ap"] or m["ap2"] or "").lower()[:1]
    if noon and not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if noon == "p" else 0) if noon else hour
    if hour > 24 or minute > 59:
        return None
    return Mention("time", ("time", hour, minute), m[0])
