"""Recognise the facts a text mentions: IDs, amounts, durations, day ranges, percentages,
dates, counts, URLs, e-mail addresses and phone numbers, each reduced to a canonical key so
that equivalent notations compare equal (``$15`` = ``USD 15.00``; ``24 hours`` = ``24-hour`` =
``twenty-four hours``; ``7-15`` = ``7 to 15``; ``2014-01-23`` = ``January 23, 2014``).

Pure functions, no I/O. Extractors run in a fixed order and blank out what they matched, so a
range is not read again as a duration, nor an order id as a phone number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()  # fmt: skip
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_NUMBERS = {word: n for n, word in enumerate(_ONES)} | {
    f"{ten}{sep}{one}" if one else ten: 20 + 10 * t + o
    for t, ten in enumerate(_TENS)
    for o, one in enumerate(["", *_ONES[1:10]])
    for sep in (("-", " ") if one else ("",))
}
_WORDS = "|".join(sorted(map(re.escape, WORD_NUMBERS), key=len, reverse=True))
NUM = rf"(?:\d+|(?i:{_WORDS}))"
_MONTHS = ("january february march april may june july august september october november "
           "december").split()  # fmt: skip
_MONTH = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # fmt: skip
DOLLAR_CURRENCIES = frozenset({"USD", "CAD", "AUD", "MXN", "NZD", "SGD"})
MARKETPLACE_DOMAIN = re.compile(r"(?i)(?:amazon|walmart|ebay)(?:\.[a-z]{2,3}){1,2}")


@dataclass(frozen=True)
class Mention:
    """One fact mentioned in a text: its kind, canonical key and the words as written."""

    kind: str
    key: tuple[Any, ...]
    text: str


def number_value(text: str) -> int:
    """``"24"`` or ``"twenty-four"`` -> 24."""
    text = text.strip().lower().replace(",", "")
    return int(text) if text.isdigit() else WORD_NUMBERS[" ".join(text.split())]


def _amount(text: str) -> Decimal | None:
    text = text.rstrip(".,")
    if "," in text and "." in text:
        mark = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if mark == "," else ",", "").replace(mark, ".")
    elif "," in text:
        text = text.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", text) else text.replace(",", ".")
    try:
        return Decimal(text).normalize()
    except InvalidOperation:
        return None


_CODE = r"USD|EUR|GBP|JPY|CAD|AUD|MXN|BRL|SEK|PLN|TRY|AED|SAR|INR|SGD|CNY|CHF|NZD"
_SYMBOLS = {"$": "$", "US$": "USD", "C$": "CAD", "A$": "AUD", "€": "EUR", "£": "GBP", "¥": "JPY",
            "DOLLAR": "$", "DOLLARS": "$", "EURO": "EUR", "EUROS": "EUR", "POUND": "GBP",
            "POUNDS": "GBP", "YEN": "JPY"}  # fmt: skip


def _currency(mark: str) -> str:
    mark = mark.upper()
    return _SYMBOLS.get(mark, mark)


_UNITS = {"hour": "hours", "hr": "hours", "h": "hours", "day": "days", "week": "weeks",
          "month": "months", "minute": "minutes"}  # fmt: skip
_UNIT = r"(?:(?:business|working|calendar)[ -])?(?:hours?|hrs?|h|days?|weeks?|months?|minutes?)"


def _unit(text: str) -> str:
    word = text.lower().split()[-1].split("-")[-1].rstrip("s") if text else ""
    return _UNITS.get(word, "")


Extractor = Callable[[re.Match[str]], Mention | None]

_EXTRACTORS: list[tuple[re.Pattern[str], Extractor]] = []


def extractor(pattern: str, flags: int = 0) -> Callable[[Extractor], Extractor]:
    def register(func: Extractor) -> Extractor:
        _EXTRACTORS.append((re.compile(pattern, flags), func))
        return func

    return register


@extractor(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
def _email(m: re.Match[str]) -> Mention:
    return Mention("email", ("email", m[0].lower()), m[0])


@extractor(r"(?i)\b(?:https?://|www\.)[^\s<>\"']+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
           r"\.(?:com|net|org|io|co|shop|store|info|biz|me|us|uk|de|fr|es|it|jp|cn|ly|gl|ai|app)"
           r"\b(?:/[^\s<>\"']*)?")  # fmt: skip
def _url(m: re.Match[str]) -> Mention | None:
    link = m[0].rstrip(".,;:!?)")
    if MARKETPLACE_DOMAIN.fullmatch(link):
        return None  # "Amazon.com" is a marketplace's name, not a link
    return Mention("url", ("url", link.lower()), link)


@extractor(r"\b(\d{4})-(\d{2})-(\d{2})\b")
def _iso_date(m: re.Match[str]) -> Mention | None:
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    return Mention("date", ("date", y, mo, d), m[0]) if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _month(text: str) -> int:
    return next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(text.lower().rstrip(".")[:3]))


@extractor(rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?")
def _month_day(m: re.Match[str]) -> Mention:
    year = int(m["y"]) if m["y"] else None
    return Mention("date", ("date", year, _month(m["m"]), int(m["d"])), m[0])


@extractor(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>\d{{4}})\b)?")
def _day_month(m: re.Match[str]) -> Mention:
    year = int(m["y"]) if m["y"] else None
    return Mention("date", ("date", year, _month(m["m"]), int(m["d"])), m[0])


@extractor(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
def _slash_date(m: re.Match[str]) -> Mention:
    return Mention("date", ("date-ambiguous", m[0]), m[0])


@extractor(r"(?<![\w-])(?:\+\d{1,3}[\s.-]?\(?\d[\d\s().-]{5,}\d|(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])"
           r"\d{3,4}[\s.-]\d{3,5})(?![\w-])")  # fmt: skip
def _phone(m: re.Match[str]) -> Mention | None:
    digits = re.sub(r"\D", "", m[0])
    return Mention("phone", ("phone", digits), m[0]) if len(digits) >= 7 else None


@extractor(r"(?<![\w-])(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{6,}[A-Z0-9](?![\w-])")
def _identifier(m: re.Match[str]) -> Mention:
    return Mention("id", ("id", m[0]), m[0])


@extractor(rf"(?i)(?:(?P<pre>{_CODE}|US\$|C\$|A\$|[$€£¥])\s?(?P<a>\d[\d,.]*\d|\d)"
           rf"|(?P<b>\d[\d,.]*\d|\d)\s?(?P<post>(?:{_CODE}|dollars?|euros?|pounds?|yen)\b|[€£¥]))")  # fmt: skip
def _money(m: re.Match[str]) -> Mention | None:
    amount = _amount(m["a"] or m["b"])
    if amount is None:
        return None
    return Mention("money", ("money", amount, _currency(m["pre"] or m["post"])), m[0])


@extractor(rf"(?P<n>\d+(?:\.\d+)?|{NUM})\s?(?:%|(?i:per\s?cent)\b)")
def _percent(m: re.Match[str]) -> Mention:
    n = m["n"]
    value = Decimal(n) if n[0].isdigit() else Decimal(number_value(n))
    return Mention("percent", ("percent", value.normalize()), m[0])


@extractor(rf"(?i)\b(?:between\s+(?P<a>{NUM})\s+and\s+(?P<b>{NUM})"
           rf"|(?P<c>\d+)\s*[-–—]\s*(?P<d>\d+)|(?P<e>{NUM})\s+to\s+(?P<f>{NUM}))"
           rf"(?P<u>[\s-]+{_UNIT}\b)?")  # fmt: skip
def _range(m: re.Match[str]) -> Mention:
    low = number_value(m["a"] or m["c"] or m["e"])
    high = number_value(m["b"] or m["d"] or m["f"])
    return Mention("range", ("range", low, high, _unit(m["u"] or "")), m[0])


@extractor(rf"(?i)\b(?P<n>{NUM})(?:\s|-)?(?P<u>{_UNIT})\b")
def _duration(m: re.Match[str]) -> Mention:
    return Mention("duration", ("duration", _unit(m["u"]), number_value(m["n"])), m[0])


@extractor(rf"(?<![\w.,-])(?P<n>\d{{1,3}}(?:,\d{{3}})+|{NUM})(?![\w-]|[.,]\d)")
def _number(m: re.Match[str]) -> Mention:
    return Mention("number", ("number", number_value(m["n"])), m[0])


def mentions(text: str) -> Iterator[Mention]:
    """Every fact ``text`` mentions, in extractor order (see the module docstring)."""
    masked = text
    for pattern, extract in _EXTRACTORS:
        spans: list[tuple[int, int]] = []
        for match in pattern.finditer(masked):
            found = extract(match)
            if found is not None:
                spans.append(match.span())
                yield found
        if spans:
            pieces, last = [], 0
            for start, end in spans:
                pieces += [masked[last:start], " " * (end - start)]
                last = end
            masked = "".join([*pieces, masked[last:]])
