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
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from sellermail.compose.money import NUMBER_START, WORD_CHAR, amount_source, money_key
from sellermail.guard.anchors import (
    after_blanking,
    beginning_places,
    digit_led,
    fewest,
    run_starts,
    word_starts,
)
from sellermail.guard.carriers import carriers_in
from sellermail.guard.dates import DATES
from sellermail.guard.kanji_amounts import kanji_amounts
from sellermail.guard.mention import NUMBERS, Extractor, Extractors, Registry
from sellermail.guard.mention import Mention as Mention
from sellermail.guard.notation import Notation, narrow, notation
from sellermail.guard.numberwords import digits_for_words, number_value
from sellermail.guard.pattern_words import beginnings, cues
from sellermail.guard.sentences import held, lowered, matches_at, watch

MARKETPLACE_DOMAIN = re.compile(r"(?i)(?:amazon|walmart|ebay)(?:\.[a-z]{2,3}){1,2}")


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


#: A pattern beginning with more words than this is scanned for instead.
_FEWEST_BEGINNINGS = 24

#: Where a pattern can begin: at a number (``True``), with one of some words, or anywhere.
Begins = bool | tuple[str, ...] | None
extractor = Registry()
_EXTRACTORS = extractor.found
_TLDS = "com net org io co shop store info biz me us uk de fr es it jp cn ly gl gle ai app dev be tv cc im ws link page site online xyz top gg to".split()


@extractor(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", ("@",))
def _email(m: re.Match[str]) -> Mention:
    return Mention("email", ("email", m[0].lower()), m[0])


@extractor(
    r"(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s<>\"']+"
    r"|\.(?<=[A-Za-z0-9]\.)(?:" + "|".join(_TLDS) + r")\b(?:/[^\s<>\"']*)?",
    ("http", "www.", *(f".{tld}" for tld in _TLDS)),
    ("http", "www.", "."),
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


@extractor(
    r"\. (?:(?<=[A-Za-z0-9] \. )|(?<=[A-Za-z0-9]\. ))(?:" + "|".join(_TLDS) + r")\b"
    r"(?: ?\. ?[a-z]{2,3}\b)?(?: ?/ ?[A-Za-z0-9_-]+)*",
    ("www", "/"),  # one only with either (see below): texts without are not read
    (". ",),
)
def _spaced_url(m: re.Match[str]) -> Mention | None:
    """A link written with spaces around or after its dots ("www . poste . it / cerca", "www.
    sagawa-exp. co. jp"), read back from its top-level part; one only if it begins with "www"
    or goes on to a path, for a full stop before a word ("in 3 days . net weight") is no link."""
    text, start = m.string, m.start() - (m.string[m.start() - 1 : m.start()] == " ")
    while True:
        while (
            start > 0
            and text[start - 1].isascii()
            and (text[start - 1].isalnum() or text[start - 1] == "-")
        ):
            start -= 1
        dot = next((sep for sep in _SPACED_DOTS if text.endswith(sep, 0, start)), "")
        if not dot or start <= len(dot) or not text[start - len(dot) - 1].isalnum():
            break
        start -= len(dot)
    link = text[start : m.end()]
    if "/" not in m[0] and not link.lower().startswith(("www ", "www.")):
        return None
    return Mention("url", ("url", link.replace(" ", "").lower()), link)


#: A dot between a link's parts, spaced around or after.
_SPACED_DOTS = (" . ", ". ", " .")


_EXTRACTORS += DATES  # dates and times, in the order tried: after links, before phones


@extractor(  # tried where a number, a "+" or a "(" begins; then each way's own look-behinds
    rf"[+(\d](?:(?<=\+)(?<!{WORD_CHAR}\+)(?<!-\+)\d{{1,3}}[\s.-]?\(?\d[\d\s().-]{{5,}}\d"
    rf"|(?<=\()(?<!{WORD_CHAR}\()(?<!-\()\d{{2,4}}\)\s?\d{{3,4}}[\s.-]\d{{3,5}}"
    rf"|(?<=1)(?<!{WORD_CHAR}1)(?<!-1)[\s.-]\(?\d{{3}}\)?[\s.-]?\d{{3}}[\s.-]\d{{4}}"
    rf"|(?<=\d)(?<!{WORD_CHAR}\d)(?<!-\d)\d{{1,3}}[\s.-]\d{{3,4}}[\s.-]\d{{3,5}}"
    # European ways: "06 12 34 56 78" (France), "612 34 56 78" (Spain), "0151 23456789" and
    # "0201 / 48 39 27-12" (Germany: area code, groups, an extension)
    rf"|(?<=0)(?<!{WORD_CHAR}0)(?<![-.,\d]0)\d{{2,4}}(?:\s?/\s?|\s)\d{{2,4}}(?:[\s-]\d{{2,4}}){{1,3}}"
    rf"|(?<=0)(?<!{WORD_CHAR}0)(?<![-.,\d]0)\d(?:[\s.]\d{{2}}){{4}}"
    rf"|(?<=[6-9])(?<!{WORD_CHAR}[6-9])(?<![-.,\d][6-9])\d{{2}}(?:[\s.]\d{{2}}){{3}}"
    rf"|(?<=0)(?<!{WORD_CHAR}0)(?<![-.,\d]0)\d{{2,4}}[\s/]\d{{6,8}})(?!{WORD_CHAR}|-)",
    begins=(NUMBERS, "+", "("),
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


#: The word for per cent in each language ("Prozent", "pour cent", "por ciento", "per cento",
#: "パーセント"), a number before it in digits or words.
_PER_CENT = r"(?i:per\s?cento?|prozent|pour\s?cent|por\s?cien(?:to)?)\b|パーセント"


@extractor(
    rf"(?P<n>{_D}\d*(?:\.\d+)?)\s?(?:%|{_PER_CENT})", ("%", "cent", "prozent", "cien", "パーセント")
)
def _percent(m: re.Match[str]) -> Mention:
    """A percentage, with its sign or the language's word for it."""
    return Mention("percent", ("percent", Decimal(m["n"]).normalize()), m[0])


@extractor(rf"[Bb]etween\s+(?P<a>\d+)\s+and\s+(?P<b>\d+)(?P<u>[\s-]+{_UNIT}\b)?", ("between",))
def _between(m: re.Match[str]) -> Mention:
    return Mention("range", ("range", int(m["a"]), int(m["b"]), _unit(m["u"] or "")), m[0])


@extractor(  # two numbers joined by "or" are a range with their unit after them ("2 or 3 days")
    rf"(?P<a>{_D}\d*)(?:[ \t]*[-–—][ \t]*|[ \t]+to[ \t]+|[ \t]+or[ \t]+(?=\d+[\s-]+{_UNIT}\b))"
    rf"(?P<b>\d+)(?![\d-])(?P<u>[\s-]+{_UNIT}\b)?",
    ("-", "–", "—", " to ", " or "),
)
def _range(m: re.Match[str]) -> Mention | None:
    low, high = int(m["a"]), int(m["b"])
    if low > high:
        return None  # "12 - 3" is no range of anything
    return Mention("range", ("range", low, high, _unit(m["u"] or "")), m[0])


#: The word before a duration that a second number may share its unit after.
_WITHIN = re.compile(r"(within|under)\s*$", re.IGNORECASE)


@extractor(  # a second number whose unit the first gave, after the same word ("answered within
    # 8 hours, and problems resolved within 24."): begun at the first number, no number between
    rf"(?P<a>{_D}\d*)[\s-]*(?P<u>{_UNIT})\b[^.!?\n\d]{{1,80}}?"
    rf"\b(?P<p>[Ww]ithin|[Uu]nder)\s+(?P<b>{_D}\d*)(?=[ \t]*(?:[.!?;,)\n]|$))",
    ("within",),
)
def _shared_unit(m: re.Match[str]) -> list[Mention] | None:
    before = _WITHIN.search(m.string, max(0, m.start() - 12), m.start())
    if not before or before[1].lower() != m["p"].lower():
        return None
    unit = _unit(m["u"])
    return [Mention("duration", ("duration", unit, int(m[n])), m[0]) for n in ("a", "b")]


@extractor(  # a week at one end of a range of days ("a week to ten days", "10 days to 2 weeks")
    r"(?P<wa>[AaOo1-9])(?<!\w[AaOo1-9])(?:(?<=[Oo])ne)?(?<![Oo])\s+weeks?\s+(?:to|or|and)\s+"
    r"(?P<b>[1-9]\d?)\s+days\b",
    ("week",),
)
def _week_first(m: re.Match[str]) -> Mention | None:
    return week_range(m)


@extractor(
    r"(?P<a>[1-9](?<!\w[1-9])\d?)\s+days\s+(?:to|or|and)\s+(?P<wb>an?|one|[1-9])\s+weeks?\b",
    ("week",),
)
def _week_last(m: re.Match[str]) -> Mention | None:
    return week_range(m)


def week_range(m: re.Match[str]) -> Mention | None:
    """A range of days with a week at one end, that end's weeks as days (``wa`` or ``wb``: a
    number of weeks, or a word for one)."""
    groups = m.groupdict()
    low, high = (
        int(days)
        if (days := groups.get(n))
        else 7 * (int(w) if (w := groups.get(f"w{n}")) and w.isdigit() else 1)
        for n in "ab"
    )
    if low >= high:
        return None
    return Mention("range", ("range", low, high, "days"), m[0])


@extractor(rf"(?P<n>{_D}\d*)(?:\s|-)?(?P<u>{_UNIT})\b")
def _duration(m: re.Match[str]) -> Mention:
    return Mention("duration", ("duration", _unit(m["u"]), int(m["n"])), m[0])


@extractor(rf"(?P<n>{_D}\d{{0,2}}(?:,\d{{3}})+|{_D}\d*)(?!{WORD_CHAR}|-|[.,]\d)")
def _number(m: re.Match[str]) -> Mention | None:
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    if not m.string[line_start : m.start()].strip() and m.string.startswith((". ", ") "), m.end()):
        return None  # "1. " numbering a list item
    return Mention("number", ("number", number_value(m["n"])), m[0])


def _local(notes: Notation) -> Extractors:
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

    weeks = tuple(word for word, unit in notes.units.items() if unit == "weeks")

    def when(m: re.Match[str]) -> Mention:  # "morgen", "demain": like English "tomorrow"
        return Mention("date", ("when", " ".join(m[0].split())), m[0])

    found: Extractors = [(pattern, date, (), None) for pattern in notes.dates]
    found += [(pattern, week_range, weeks, None) for pattern in notes.week_ranges]
    found += [(pattern, day_range, (), None) for pattern in notes.ranges]
    if notes.durations:
        found.append((notes.durations, duration, (), None))
    if notes.when:  # read only texts holding words its matches hold (every text, if unknown)
        found.append((notes.when, when, cues(notes.when.pattern) or (), None))
    return found


@lru_cache(maxsize=16)
def extractors(
    language: str,
) -> tuple[list[tuple[re.Pattern[str], Extractor, tuple[str, ...], Begins]], int]:
    """The extractors for a text in ``language``: its own notations first, then the English
    ones (IDs, money, links and English phrasing hold in every language), each with where it
    can begin (``True``: at a number; or the words it begins with; tried only there); and how
    many of them run on the lower-cased text."""
    notes = notation(language)
    local = _local(notes) if notes else []
    found: list[tuple[re.Pattern[str], Extractor, tuple[str, ...], Begins]] = [
        (
            pattern,
            extract,
            watch(needed),
            fewest(begins)
            if begins
            else digit_led(pattern.pattern) or _begun(pattern, index < len(local)),
        )
        for index, (pattern, extract, needed, begins) in enumerate([*local, *_EXTRACTORS])
    ]
    return found, len(local)


def _begun(pattern: re.Pattern[str], lower: bool) -> tuple[str, ...] | None:
    """The words every match of ``pattern`` (read in lower case) begins with, if few."""
    words = fewest(beginnings(pattern.pattern) or ()) if lower else ()
    return words if words and len(words) <= _FEWEST_BEGINNINGS else None


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
    lower = lowered(source)
    readers, on_lower = extractors(language)
    masked_lower = ""  # the language's own notations read the lower-cased text
    numbers_at = run_starts(masked)  # where numbers may begin: patterns that begin with one
    present = held(lower)  # the cue words of every extractor (declared when they were made)
    for index, (pattern, extract, needed, begins) in enumerate(readers):
        if (needed and needed not in present) or (extract is _number and not numbers):
            continue
        spans: list[tuple[int, int]] = []
        scanned = masked
        if index < on_lower:
            masked_lower = masked_lower or masked.lower()
            if len(masked_lower) == len(masked):
                scanned = masked_lower
        if begins is True:
            found_all = matches_at(pattern, scanned, numbers_at)
        elif begins and len(lower) == len(masked):  # where they begin, blanked or not
            at = beginning_places(lower, begins, numbers_at)
            if starts:  # number words read as digits: a pattern begun by a digit begins there too
                at = sorted({*at, *word_starts(masked, tuple(b for b in begins if b.isdigit()))})
            found_all = matches_at(pattern, scanned, at)
        else:
            found_all = pattern.finditer(scanned)
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
    if language == "ja":
        yield from kanji_amounts(text)
