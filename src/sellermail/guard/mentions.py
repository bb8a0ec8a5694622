"""Recognise the facts a text mentions: IDs, amounts, durations, day ranges, percentages,
dates, counts, URLs, e-mail addresses and phone numbers, each reduced to a canonical key so
that equivalent notations compare equal (``$15`` = ``USD 15.00``; ``24 hours`` = ``24-hour`` =
``twenty-four hours``; ``7-15`` = ``7 to 15``; ``2014-01-23`` = ``January 23, 2014``).

Pure functions, no I/O. How it stays fast (the guard runs thousands of checks a second):
number words are first rewritten as digits in place (``twenty-four`` -> ``         24``, same
length, so positions hold), then each extractor is a regular expression that begins with a
character class (which Python's engine scans for quickly), with the word boundary checked by a
look-behind after the first character. Extractors run in a fixed order and blank out what they
matched, so a range is not read again as a duration, nor an order id as a phone number.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from sellermail.compose.fieldtypes import MONTHS as MONTH_NAMES
from sellermail.compose.money import NUMBER_START, WORD_CHAR, amount_source, money_key
from sellermail.guard.anchors import after_blanking, digit_led, matches_at, run_starts
from sellermail.guard.carriers import carriers_in
from sellermail.guard.notation import Notation, narrow, notation
from sellermail.guard.numberwords import digits_for_words, number_value
from sellermail.guard.sentences import cues, holds_any

MONTHS = [name.lower() for name in MONTH_NAMES]
MARKETPLACE_DOMAIN = re.compile(r"(?i)(?:amazon|walmart|ebay)(?:\.[a-z]{2,3}){1,2}")


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


class Mention(NamedTuple):
    """One fact mentioned in a text: its kind, canonical key and the words as written."""

    kind: str
    key: tuple[Any, ...]
    text: str
    #: Where the words start in the text they were found in (-1 when unknown).
    start: int = -1


_UNITS = {
    "hour": "hours",
    "hr": "hours",
    "h": "hours",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "minute": "minutes",
}
_UNIT = r"(?:(?:[Bb]usiness|[Ww]orking|[Cc]alendar)[ -])?(?i:hours?|hrs?|h|days?|weeks?|months?|minutes?)"
#: The start of a number: its first digit, not inside a word or another number.
_D = NUMBER_START


def _unit(text: str) -> str:
    lower = text.lower()
    word = lower.split()[-1].split("-")[-1].rstrip("s") if text.strip() else ""
    unit = _UNITS.get(word, "")
    if unit in ("days", "hours") and ("business" in lower or "working" in lower):
        return f"business {unit}"
    return unit


Extractor = Callable[[re.Match[str]], Mention | list[Mention] | None]

#: (pattern, extractor, cues): the pattern only runs on a text whose lower case holds a cue.
_EXTRACTORS: list[tuple[re.Pattern[str], Extractor, tuple[str, ...]]] = []
_TLDS = "com net org io co shop store info biz me us uk de fr es it jp cn ly gl gle ai app dev be tv cc im ws link page site online xyz top gg to".split()


def extractor(pattern: str, cues: tuple[str, ...] = ()) -> Callable[[Extractor], Extractor]:
    def register(func: Extractor) -> Extractor:
        _EXTRACTORS.append((re.compile(pattern), func, cues))
        return func

    return register


@extractor(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", ("@",))
def _email(m: re.Match[str]) -> Mention:
    return Mention("email", ("email", m[0].lower()), m[0])


@extractor(
    r"(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s<>\"']+"
    r"|\.(?<=[A-Za-z0-9]\.)(?:" + "|".join(_TLDS) + r")\b(?:/[^\s<>\"']*)?",
    ("http", "www.", *(f".{tld}" for tld in _TLDS)),
)
def _url(m: re.Match[str]) -> Mention | None:
    """A link; a bare domain is found at its top-level part and read back to its start."""
    start = m.start()
    if m[0].startswith("."):
        while start > 0 and (m.string[start - 1].isalnum() or m.string[start - 1] in ".-"):
            start -= 1
    link = m.string[start : m.end()].rstrip(".,;:!?)")
    if MARKETPLACE_DOMAIN.fullmatch(link):
        return None  # "Amazon.com" is a marketplace's name, not a link
    return Mention("url", ("url", link.lower()), link)


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
    tuple(m[:3] for m in MONTHS),
)
@extractor(
    rf"(?P<d1>{_D}\d?)(?:st|nd|rd|th)?{_THROUGH}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<m>{_MONTH})(?:,?\s+(?P<y>\d{{4}})\b)?",
    tuple(m[:3] for m in MONTHS),
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
    tuple(m[:3] for m in MONTHS),
)
@extractor(
    rf"(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?",
    tuple(m[:3] for m in MONTHS),
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


@extractor(  # one character class first (scanned for quickly), then each way's own look-behinds
    rf"[+(\d](?:(?<=\+)(?<!{WORD_CHAR}\+)(?<!-\+)\d{{1,3}}[\s.-]?\(?\d[\d\s().-]{{5,}}\d"
    rf"|(?<=\()(?<!{WORD_CHAR}\()(?<!-\()\d{{2,4}}\)\s?\d{{3,4}}[\s.-]\d{{3,5}}"
    rf"|(?<=1)(?<!{WORD_CHAR}1)(?<!-1)[\s.-]\(?\d{{3}}\)?[\s.-]?\d{{3}}[\s.-]\d{{4}}"
    rf"|(?<=\d)(?<!{WORD_CHAR}\d)(?<!-\d)\d{{1,3}}[\s.-]\d{{3,4}}[\s.-]\d{{3,5}}"
    # European ways: "06 12 34 56 78" (France), "612 34 56 78" (Spain), "0151 23456789" and
    # "0201 / 48 39 27-12" (Germany: area code, groups, an extension)
    rf"|(?<=0)(?<!{WORD_CHAR}0)(?<![-.,\d]0)\d{{2,4}}(?:\s?/\s?|\s)\d{{2,4}}(?:[\s-]\d{{2,4}}){{1,3}}"
    rf"|(?<=0)(?<!{WORD_CHAR}0)(?<![-.,\d]0)\d(?:[\s.]\d{{2}}){{4}}"
    rf"|(?<=[6-9])(?<!{WORD_CHAR}[6-9])(?<![-.,\d][6-9])\d{{2}}(?:[\s.]\d{{2}}){{3}}"
    rf"|(?<=0)(?<!{WORD_CHAR}0)(?<![-.,\d]0)\d{{2,4}}[\s/]\d{{6,8}})(?!{WORD_CHAR}|-)"
)
def _phone(m: re.Match[str]) -> Mention | None:
    digits = re.sub(r"\D", "", m[0])
    return Mention("phone", ("phone", digits), m[0]) if len(digits) >= 7 else None


@extractor(
    rf"[A-Z0-9](?<!{WORD_CHAR}[A-Z0-9])(?<!-[A-Z0-9])(?=[A-Z0-9-]*\d)[A-Z0-9-]{{6,}}[A-Z0-9]"
    rf"(?!{WORD_CHAR}|-)"
)
def _identifier(m: re.Match[str]) -> Mention:
    return Mention("id", ("id", m[0]), m[0])


@extractor(amount_source())
def _money(m: re.Match[str]) -> Mention | None:
    key = money_key(m[0])
    return Mention("money", ("money", *key), m[0]) if key else None


@extractor(rf"(?P<n>{_D}\d*(?:\.\d+)?)\s?(?:%|(?i:per\s?cent)\b)", ("%", "cent"))
def _percent(m: re.Match[str]) -> Mention:
    return Mention("percent", ("percent", Decimal(m["n"]).normalize()), m[0])


@extractor(rf"[Bb]etween\s+(?P<a>\d+)\s+and\s+(?P<b>\d+)(?P<u>[\s-]+{_UNIT}\b)?", ("between",))
def _between(m: re.Match[str]) -> Mention:
    return Mention("range", ("range", int(m["a"]), int(m["b"]), _unit(m["u"] or "")), m[0])


@extractor(
    rf"(?P<a>{_D}\d*)(?:[ \t]*[-–—][ \t]*|[ \t]+to[ \t]+)(?P<b>\d+)(?![\d-])(?P<u>[\s-]+{_UNIT}\b)?",
    ("-", "–", "—", " to "),
)
def _range(m: re.Match[str]) -> Mention | None:
    low, high = int(m["a"]), int(m["b"])
    if low > high:
        return None  # "12 - 3" is no range of anything
    return Mention("range", ("range", low, high, _unit(m["u"] or "")), m[0])


@extractor(rf"(?P<n>{_D}\d*)(?:\s|-)?(?P<u>{_UNIT})\b")
def _duration(m: re.Match[str]) -> Mention:
    return Mention("duration", ("duration", _unit(m["u"]), int(m["n"])), m[0])


@extractor(rf"(?P<n>{_D}\d{{0,2}}(?:,\d{{3}})+|{_D}\d*)(?!{WORD_CHAR}|-|[.,]\d)")
def _number(m: re.Match[str]) -> Mention | None:
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    if not m.string[line_start : m.start()].strip() and m.string.startswith((". ", ") "), m.end()):
        return None  # "1. " numbering a list item
    return Mention("number", ("number", number_value(m["n"])), m[0])


def _local(notes: Notation) -> list[tuple[re.Pattern[str], Extractor, tuple[str, ...]]]:
    """The language's own notations, as extractors (their patterns run on lower case)."""

    def date(m: re.Match[str]) -> Mention | None:
        groups = m.groupdict()
        month = notes.month(groups.get("mo") or groups.get("m") or "")
        day, year = int(m["d"]), int(m["y"]) if groups.get("y") else None
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return Mention("date", ("date", year, month, day), m[0])

    def day_range(m: re.Match[str]) -> Mention | None:
        low, high = int(m["a"]), int(m["b"])
        if low > high:
            return None
        return Mention("range", ("range", low, high, notes.unit(m.groupdict().get("u"))), m[0])

    def duration(m: re.Match[str]) -> Mention:
        return Mention("duration", ("duration", notes.unit(m["u"]), int(m["n"])), m[0])

    def when(m: re.Match[str]) -> Mention:  # "morgen", "demain": like English "tomorrow"
        return Mention("date", ("when", " ".join(m[0].split())), m[0])

    found: list[tuple[re.Pattern[str], Extractor, tuple[str, ...]]] = []
    found += [(pattern, date, ()) for pattern in notes.dates]
    found += [(pattern, day_range, ()) for pattern in notes.ranges]
    if notes.durations:
        found.append((notes.durations, duration, ()))
    if notes.when:  # read only texts holding words its matches hold (every text, if unknown)
        found.append((notes.when, when, cues(notes.when.pattern) or ()))
    return found


@lru_cache(maxsize=16)
def _extractors(
    language: str,
) -> tuple[list[tuple[re.Pattern[str], Extractor, tuple[str, ...], bool]], int]:
    """The extractors for a text in ``language``: its own notations first, then the English
    ones (IDs, money, links and English phrasing hold in every language), each with whether it
    begins at a number (tried only there); and how many of them run on the lower-cased text."""
    notes = notation(language)
    local = _local(notes) if notes else []
    return [
        (pattern, extract, needed, digit_led(pattern.pattern))
        for pattern, extract, needed in [*local, *_EXTRACTORS]
    ], len(local)


def _carriers(text: str) -> Iterator[Mention]:
    for name, start in carriers_in(text):
        yield Mention("carrier", ("carrier", name), text[start : start + len(name)], start)


def mentions(text: str, *, numbers: bool = True, language: str = "en") -> Iterator[Mention]:
    """Every fact ``text`` mentions, in extractor order (see the module docstring); bare
    numbers (for counts) only if ``numbers``. ``language`` adds the notations of a
    marketplace language (:mod:`sellermail.guard.notation`)."""
    notes = notation(language) if language != "en" else None
    source = narrow(text) if notes else text
    masked, starts, ends = digits_for_words(source, notes)
    lower = source.lower()
    extractors, lowered = _extractors(language)
    masked_lower = ""  # the language's own notations read the lower-cased text
    numbers_at = run_starts(masked)  # where numbers may begin: patterns that begin with one
    for index, (pattern, extract, needed, at_numbers) in enumerate(extractors):
        if (needed and not holds_any(lower, needed)) or (extract is _number and not numbers):
            continue
        spans: list[tuple[int, int]] = []
        scanned = masked
        if index < lowered:
            masked_lower = masked_lower or masked.lower()
            if len(masked_lower) == len(masked):
                scanned = masked_lower
        found_all = (
            matches_at(pattern, scanned, numbers_at) if at_numbers else pattern.finditer(scanned)
        )
        for match in found_all:
            result = extract(match)
            if not result:
                continue
            for found in result if isinstance(result, list) else [result]:
                start, end = match.span()
                if found.kind == "url":  # read back from its top-level part, trailing stops cut
                    start = masked.rindex(found.text, 0, end)
                    end = start + len(found.text)
                word = bisect.bisect_right(starts, start) - 1
                if word >= 0 and start < ends[word]:  # began inside a rewritten number word
                    start = starts[word]
                if not spans or spans[-1] != (start, end):
                    spans.append((start, end))
                yield Mention(found.kind, found.key, text[start:end], start)
        if spans:
            pieces, last = [], 0
            for start, end in spans:
                pieces += [masked[last:start], " " * (end - start)]
                last = end
            masked, masked_lower = "".join([*pieces, masked[last:]]), ""
            numbers_at = after_blanking(numbers_at, masked, spans)
    yield from _carriers(text)
