"""The field types of the scenario spec: parse, validate and normalise one raw value.

Each parser takes the raw value (a string from ``--set``, a CSV cell or a YAML/JSON scalar,
or a list) and returns the typed value the templates and the guard use, or raises
:class:`~sellermail.errors.FactError` naming the field, the value and what was expected.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sellermail.compose.money import (
    BARE_MARKETPLACES,
    MARKETPLACE_ENDINGS,
    MAX_AMOUNT,
    AmountError,
    Money,
    marketplace_currency,
    read_amount,
)
from sellermail.compose.values import Date, DayRange, Percent
from sellermail.errors import FactError, brief, did_you_mean, shown

# Patterns are plain strings: `re` compiles (and caches) one the first time it is used, so a
# run pays only for the types it parses.

OFFERS = ("replacement", "full_refund", "partial_refund", "claim_code", "resend", "return")


@dataclass
class Context:
    """What a parser needs beyond the value: the channel, the currency, and a warnings sink."""

    channel: str = "amazon"
    currency: str = "USD"
    warnings: list[str] = field(default_factory=list)


Parser = Callable[[str, Any, Context], Any]


def _string(name: str, raw: Any) -> str:
    """``raw`` as the text it was typed as; a list, a mapping or a number too long to be a
    value is an error."""
    if isinstance(raw, dict):
        raise FactError(name, "expected a single value, got a mapping")
    if isinstance(raw, (list, tuple, set, frozenset)):
        raise FactError(name, "expected a single value, got a list")
    if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) >= 10**60:  # before str()
        raise FactError(name, "is a number of more than 60 digits")
    return raw if isinstance(raw, str) else str(raw)


def _text(name: str, raw: Any, limit: int) -> str:
    text = _string(name, raw)
    if len(text) > 4 * limit + 1000:  # much too long before spaces are folded: said at once
        raise FactError(name, f"is {len(text):,} characters long (at most {limit})")
    value = " ".join(text.split())
    if not value:
        raise FactError(name, "is empty")
    if len(value) > limit:
        raise FactError(name, f"is {len(value):,} characters long (at most {limit})")
    return value


def _quoted(raw: Any) -> str:
    if isinstance(raw, (list, tuple, dict)):
        return brief(raw)
    return shown(raw if isinstance(raw, str) else str(raw))


def _items(name: str, raw: Any) -> list[Any]:
    """A list given as a YAML/JSON list, or as text separated by ';', new lines or commas."""
    if isinstance(raw, (list, tuple)):
        items = [
            item for item in raw if isinstance(item, (list, dict)) or _string(name, item).strip()
        ]
    else:
        text = _string(name, raw)
        separator = r"[;\n]" if re.search(r"[;\n]", text) else ","
        items = [part.strip() for part in re.split(separator, text) if part.strip()]
    if not items:
        raise FactError(name, "is an empty list")
    return items


# Digits and letters are ASCII only: Python's \d, int() and str.isdigit() take "²", "١٢٣" and
# "１２３" for digits, and str.upper() turns "ß" into "SS"; no marketplace does.
_ASIN = r"B0[A-Z0-9]{8}"
_ISBN10 = r"[0-9]{9}[0-9X]"


def _isbn10_ok(isbn: str) -> bool:
    digits = [10 if ch == "X" else int(ch) for ch in isbn]
    return sum((10 - i) * d for i, d in enumerate(digits)) % 11 == 0


def parse_asin(name: str, raw: Any, ctx: Context) -> str:
    value = _ascii_upper(_text(name, raw, 40))
    if re.fullmatch(_ASIN, value) or (re.fullmatch(_ISBN10, value) and _isbn10_ok(value)):
        return value
    raise FactError(
        name,
        f"{_quoted(raw)} is not an ASIN (expected B0 and 8 letters or digits, like B08N5WRWNW, "
        "or a valid ISBN-10)",
    )


def parse_asin_list(name: str, raw: Any, ctx: Context) -> list[str]:
    result: list[str] = []
    for item in _items(name, raw):
        asin = parse_asin(name, item, ctx)
        if asin not in result:
            result.append(asin)
    return result


_AMAZON_ORDER = r"[0-9]{3}-[0-9]{7}-[0-9]{7}"
_OTHER_ORDER = r"[A-Za-z0-9-]{6,40}"


def parse_order_id(name: str, raw: Any, ctx: Context) -> str:
    value = _text(name, raw, 60)
    if ctx.channel == "amazon":
        if re.fullmatch(_AMAZON_ORDER, value):
            return value
        raise FactError(
            name,
            f"{_quoted(raw)} is not an Amazon order id (expected 3-7-7 digits, like "
            "113-4567890-1234567)",
        )
    if re.fullmatch(_OTHER_ORDER, value):
        return value
    raise FactError(name, f"{_quoted(raw)} is not an order id (expected 6-40 letters, digits or -)")


_TRACKING = r"[A-Z0-9]{8,40}"
#: Groups joined by single hyphens, as Japanese carriers print their numbers ("4863-2207-1911").
_HYPHEN_GROUPS = r"[A-Z0-9]+(?:-[A-Z0-9]+)+"
_S10 = r"[A-Z]{2}([0-9]{8})([0-9])[A-Z]{2}"
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10_check_digit(serial: str) -> int:
    """The UPU S10 check digit of an 8-digit serial number."""
    check = 11 - sum(int(d) * w for d, w in zip(serial, _S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(check, check)


def parse_tracking_number(name: str, raw: Any, ctx: Context) -> str:
    """A tracking number as the seller copied it, in groups or not ("4863-2207-1911", as Yamato,
    Sagawa and Japan Post print theirs; "9400 1000 ..."): 8-40 letters and digits, the groups
    joined (as carriers' sites read them; the guard keeps it in a draft that groups it)."""
    value = _ascii_upper("".join(_text(name, raw, 60).split()))
    plain = value.replace("-", "")
    if not re.fullmatch(_TRACKING, plain) or (
        plain != value and not re.fullmatch(_HYPHEN_GROUPS, value)
    ):
        raise FactError(
            name, f"{_quoted(raw)} is not a tracking number (expected 8-40 letters and digits)"
        )
    s10 = re.fullmatch(_S10, plain)
    if s10 and s10_check_digit(s10.group(1)) != int(s10.group(2)):
        ctx.warnings.append(
            f"{name}: {value} fails the UPU S10 check digit "
            f"(expected {s10_check_digit(s10.group(1))}); check it was copied correctly"
        )
    return plain


_SELLER_ID = r"A[A-Z0-9]{9,15}"


def parse_seller_id(name: str, raw: Any, ctx: Context) -> str:
    value = _ascii_upper(_text(name, raw, 40))
    if re.fullmatch(_SELLER_ID, value):
        return value
    raise FactError(
        name,
        f"{_quoted(raw)} is not an Amazon merchant token (expected A and 9-15 letters or "
        "digits, like A2EXAMPLE1234X)",
    )


def parse_money(name: str, raw: Any, ctx: Context) -> Money:
    text = _text(name, raw, 40)
    expected = "expected an amount like 15, 15.00, $15.00, USD 15 or EUR 9,90"
    try:
        return read_amount(text, ctx.currency)
    except AmountError as error:
        if error.problem == "currency":
            problem = f"has an unknown currency {error.currency!r} ({expected})"
        elif error.problem == "places":
            problem = f"must be more than zero, with at most {error.places} decimal places"
        elif error.problem == "ambiguous":
            whole, decimals = text.rsplit(".", 1)[0], text.rsplit(".", 1)[1][:2]
            problem = (
                "is ambiguous: a dot before three digits may mark thousands or decimals "
                f"(write {re.sub(r'[^0-9]', '', text)} for thousands, or {whole}.{decimals} for "
                "decimals)"
            )
        elif error.problem == "size":
            problem = f"is too large an amount (at most {MAX_AMOUNT:,})"
        else:
            problem = f"is not an amount of money ({expected})"
        raise FactError(name, f"{_quoted(raw)} {problem}") from None


#: The largest whole number (hours, days, items) a field takes.
MAX_WHOLE = 999_999


def _whole(name: str, raw: Any, what: str, unit: str = "") -> int:
    """A positive whole number, optionally followed by its unit (``24 hours``, ``2 days``)."""
    text = _text(name, raw, 30)
    match = re.fullmatch(rf"([0-9]+)(?:\s*(?:{unit}))?", text, re.IGNORECASE) if unit else None
    digits = match.group(1) if match else text
    if not re.fullmatch("[0-9]+", digits) or not 0 < int(digits) <= MAX_WHOLE:
        raise FactError(
            name, f"{_quoted(raw)} is not a positive whole number of {what} (1 to {MAX_WHOLE:,})"
        )
    return int(digits)


def parse_hours(name: str, raw: Any, ctx: Context) -> int:
    return _whole(name, raw, "hours", r"hours?|hrs?|h")


def parse_days(name: str, raw: Any, ctx: Context) -> int:
    return _whole(name, raw, "days", r"(?:business\s+|working\s+)?days?")


def parse_count(name: str, raw: Any, ctx: Context) -> int:
    return _whole(name, raw, "items")


def parse_day_range(name: str, raw: Any, ctx: Context) -> DayRange:
    text = _text(name, raw, 30)
    match = re.fullmatch(
        r"([0-9]+)\s*(?:-|–|to)\s*([0-9]+)(?:\s*(?:business\s+)?days?)?", text, re.I
    )
    single = re.fullmatch(r"([0-9]+)(?:\s*(?:business\s+)?days?)?", text, re.I)
    if single:
        low = high = int(single.group(1))
    elif match:
        low, high = int(match.group(1)), int(match.group(2))
    else:
        raise FactError(name, f"{_quoted(raw)} is not a range of days (expected like 7-15)")
    if low <= 0 or low > high or high > MAX_WHOLE:
        raise FactError(name, f"{_quoted(raw)} must be two positive numbers, the first no larger")
    return DayRange(low, high)


def parse_percent(name: str, raw: Any, ctx: Context) -> Percent:
    text = _text(name, raw, 20).rstrip("%").strip()
    try:
        value = Decimal(text) if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", text) else Decimal(-1)
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or not 0 < value <= 100:
        raise FactError(name, f"{_quoted(raw)} is not a percentage (expected like 1 or 1.5%)")
    return Percent(value)


def parse_date(name: str, raw: Any, ctx: Context) -> Date:
    if isinstance(raw, dt.date):
        return Date(raw.year, raw.month, raw.day)
    text = _text(name, raw, 20)
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            raise ValueError(text)
        value = dt.date.fromisoformat(text)
    except ValueError:
        raise FactError(name, f"{_quoted(raw)} is not a date (expected YYYY-MM-DD)") from None
    return Date(value.year, value.month, value.day)


def parse_offers(name: str, raw: Any, ctx: Context) -> list[str]:
    result: list[str] = []
    for item in _items(name, raw):
        offer = re.sub(r"[\s-]+", "_", str(item).strip().lower())
        if offer not in OFFERS:
            raise FactError(
                name,
                f"{_quoted(item)} is not a remedy{did_you_mean(offer, OFFERS)} "
                f"(expected some of: {', '.join(OFFERS)})",
            )
        if offer not in result:
            result.append(offer)
    return result


_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"


def _ascii_upper(text: str) -> str:
    """``text`` in capitals when it is ASCII; otherwise as it is (and so no ID's shape)."""
    return text.upper() if text.isascii() else text


def parse_marketplace(name: str, raw: Any, ctx: Context) -> str:
    """The marketplace, which sets the currency of bare amounts (``ctx.currency``)."""
    value = _text(name, raw, 120)
    currency = marketplace_currency(value)
    if currency is None:
        raise FactError(
            name,
            f"{_quoted(raw)} is not a marketplace sellermail knows (expected its domain, like "
            f"Amazon.com, Amazon.de or yourshop.co.uk, ending in {', '.join(MARKETPLACE_ENDINGS)}; "
            f"or one of {', '.join(BARE_MARKETPLACES)})",
        )
    ctx.currency = currency
    return value


def parse_email(name: str, raw: Any, ctx: Context) -> str:
    value = _text(name, raw, 254)
    if re.fullmatch(_EMAIL, value):
        return value
    raise FactError(
        name, f"{_quoted(raw)} is not an e-mail address (expected like name@example.com)"
    )


def parse_name(name: str, raw: Any, ctx: Context) -> str:
    return _text(name, raw, 120)


def parse_text(name: str, raw: Any, ctx: Context) -> str:
    return _text(name, raw, 1000)


def parse_list(name: str, raw: Any, ctx: Context) -> list[str]:
    return [_text(name, item, 1000) for item in _items(name, raw)]


PARSERS: dict[str, Parser] = {
    "asin": parse_asin,
    "asin_list": parse_asin_list,
    "order_id": parse_order_id,
    "tracking_number": parse_tracking_number,
    "seller_id": parse_seller_id,
    "money": parse_money,
    "hours": parse_hours,
    "days": parse_days,
    "business_days": parse_days,
    "day_range": parse_day_range,
    "percent": parse_percent,
    "count": parse_count,
    "date": parse_date,
    "offers": parse_offers,
    "email": parse_email,
    "name": parse_name,
    "text": parse_text,
    "list": parse_list,
}

#: Types whose value is a list (comma-separated on the command line and in CSV cells).
LIST_TYPES = frozenset({"asin_list", "offers", "list"})


def plain(value: Any) -> Any:
    """The value in a form that parses back to itself (for JSON output and facts files)."""
    if isinstance(value, list):
        return [plain(item) for item in value]
    to_plain = getattr(value, "plain", None)
    return to_plain() if callable(to_plain) else value
