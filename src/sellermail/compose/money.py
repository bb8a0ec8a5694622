"""Money: the one table of currencies, and the one way sellermail reads and writes amounts.

Every part that meets money reads it here: a field value the seller types (``--set
partial_refund=CHF 5``, :func:`read_amount`), the amounts the guard finds in a draft and
compares with the facts (:func:`money_key`), the refund phrasings it recognises
(:func:`amount_source` embedded in a larger expression) and the amounts triage keeps as written
from an inbound message (:func:`find_amounts`). All of them are built from :data:`_TABLE`.

A mark is what says the currency: an ISO code (``CHF 5``, ``5 SEK``), a symbol (``€``, ``zł``,
``円``), a prefix (``US$``, ``CA$``, ``MX$``) or a word (``5 euros``). Some marks name a family,
not one currency: ``$`` (the dollars), ``kr`` (the Scandinavian crowns) and ``¥`` (yen, or yuan
in China). In prose they stay the family (``$`` matches any dollar fact, see
:func:`same_currency`); a field value takes the marketplace's member, else the first one.

In prose a mark counts only next to a digit (at most one space between), a letter mark only
as a whole word: ``Fr.`` is money in ``5 Fr.``, not in ``Fr. 5 June`` (Friday) or ``France``.
Expressions are built and compiled on first use: rendering pays nothing for what it does not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

# One row a currency: ISO code, decimal places, family ("-" for none), then its marks; a mark
# starting "<" is written only before the number, ">" only after it, "=" only in a field value
# (in prose it has another sense: "2 TL" of sugar is two teaspoons), else either side. In a
# field value every mark may stand either side. A family's first member is its default.
_TABLE = """
USD 2 $  <US$
CAD 2 $  <C$ <CA$ <CDN$ <Can$
AUD 2 $  <A$ <AU$
MXN 2 $  <MX$ <Mex$ >peso >pesos
NZD 2 $  <NZ$
SGD 2 $  <S$ <SG$
HKD 2 $  <HK$
BRL 2 -  <R$ >reais
EUR 2 -  € >euro >euros
GBP 2 -  £ >pound >pounds
JPY 0 ¥  <JP¥ >円 >yen
CNY 2 ¥  <CN¥ RMB >元 >yuan
SEK 2 kr >kronor
NOK 2 kr
DKK 2 kr
CHF 2 -  <SFr. >Fr. =Fr >franc >francs
PLN 2 -  >zł >złoty >zloty
TRY 2 -  ₺ =TL >lira
INR 2 -  ₹ <Rs. <Rs >rupee >rupees
AED 2 -  >dirham >dirhams
SAR 2 -  >riyal >riyals
EGP 2 -  <E£
ZAR 2 -
"""
#: The marks of each family (same notation).
_FAMILY_MARKS = {"$": "$ >dollar >dollars", "kr": "kr <kr. >kroner", "¥": "¥ ￥"}

#: How :class:`Money` writes the currencies that have a symbol of their own (the others: code).
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}

#: Marketplace domain suffix -> the currency of its bare amounts (longest suffix first).
_MARKETPLACE_CURRENCY = (
    (".com.mx", "MXN"),
    (".com.br", "BRL"),
    (".com.au", "AUD"),
    (".com.tr", "TRY"),
    (".com.be", "EUR"),
    (".co.uk", "GBP"),
    (".co.jp", "JPY"),
    (".co.za", "ZAR"),
    (".ca", "CAD"),
    (".de", "EUR"),
    (".fr", "EUR"),
    (".it", "EUR"),
    (".es", "EUR"),
    (".nl", "EUR"),
    (".ie", "EUR"),
    (".se", "SEK"),
    (".pl", "PLN"),
    (".ae", "AED"),
    (".sa", "SAR"),
    (".eg", "EGP"),
    (".in", "INR"),
    (".sg", "SGD"),
    (".cn", "CNY"),
    (".ch", "CHF"),
    (".dk", "DKK"),
    (".no", "NOK"),
    (".nz", "NZD"),
    (".hk", "HKD"),
)

PLACES: dict[str, int] = {}
FAMILIES: dict[str, tuple[str, ...]] = dict.fromkeys(_FAMILY_MARKS, ())
#: mark in lower case -> ISO code or family.
_MARK_KEY: dict[str, str] = {}
#: (mark as written, side: "<", ">" or "") for prose.
_PROSE_MARKS: list[tuple[str, str]] = []


def _add_marks(key: str, marks: Iterable[str]) -> None:
    for mark in marks:
        side, written = (mark[0], mark[1:]) if mark[0] in "<>=" else ("", mark)
        _MARK_KEY[written.lower()] = key
        if side == "=":
            continue
        _PROSE_MARKS.append((written, side))
        if written.islower() and len(written) > 2:  # a word: also capitalised ("Euros")
            _PROSE_MARKS.append((written.capitalize(), side))


for _row in _TABLE.strip().splitlines():
    _code, _places, _family, *_marks = _row.split()
    PLACES[_code] = int(_places)
    if _family != "-":
        FAMILIES[_family] += (_code,)
    _add_marks(_code, [_code, *_marks])
for _family, _marks_text in _FAMILY_MARKS.items():
    _add_marks(_family, _marks_text.split())

CURRENCIES = frozenset(PLACES)
#: The signs an amount may begin with ("$", "€", "₹"...): not letters, not digits.
SIGNS = "".join(sorted({m[0] for m, side in _PROSE_MARKS if side != ">" and not m[0].isalnum()}))


#: Marketplaces named without a domain: their bare amounts are US dollars.
BARE_MARKETPLACES = ("Amazon", "eBay", "Walmart", "Etsy", "Shopify")
#: The domain endings of the marketplaces (and shops) sellermail knows, ``.com`` first.
MARKETPLACE_ENDINGS = (".com", *(suffix for suffix, _ in _MARKETPLACE_CURRENCY))


def marketplace_currency(marketplace: str) -> str | None:
    """The currency of bare amounts on a marketplace named by its domain (``Amazon.de``,
    ``ebay.co.uk``, ``yourshop.com``) or one of :data:`BARE_MARKETPLACES`; ``None`` for a name
    that is neither."""
    name = marketplace.strip().lower()
    if name in (bare.lower() for bare in BARE_MARKETPLACES):
        return "USD"
    if not re.fullmatch(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)+", name):
        return None
    for suffix, currency in _MARKETPLACE_CURRENCY:
        if name.endswith(suffix):
            return currency
    return "USD" if name.endswith(".com") else None


@dataclass(frozen=True)
class MoneyStyle:
    """How a language writes amounts: its decimal mark and thousands separator, whether the
    symbol (or ISO code, for currencies without one) follows the number and what separates
    them, currencies written with a mark of their own right after the number (``円``), and
    symbols of its own (Mexico's ``$`` for pesos)."""

    decimal: str = "."
    group: str = ","
    after: bool = False
    space: str = " "
    suffixes: tuple[tuple[str, str], ...] = ()
    symbols: tuple[tuple[str, str], ...] = ()


#: English: ``$9.90``, ``€1,234.50``, ``CHF 5.00``.
ENGLISH = MoneyStyle()


@dataclass(frozen=True)
class Money:
    """An amount in one currency; ``str()`` is its usual English notation."""

    amount: Decimal
    currency: str

    def __str__(self) -> str:
        return self.written(ENGLISH)

    def number(self, style: MoneyStyle = ENGLISH) -> str:
        """The number alone, as ``style`` writes it: ``1.234,50``."""
        number = f"{self.amount:,.{PLACES.get(self.currency, 2)}f}"
        return number.translate({ord(","): style.group, ord("."): style.decimal})

    def written(self, style: MoneyStyle) -> str:
        """The amount as ``style`` writes it: ``9,90\u00a0€``, ``1,980円``, ``$9.90``."""
        number = self.number(style)
        suffix = dict(style.suffixes).get(self.currency)
        if suffix:
            return f"{number}{suffix}"
        symbol = dict(style.symbols).get(self.currency) or CURRENCY_SYMBOLS.get(self.currency)
        if style.after:
            return f"{number}{style.space}{symbol or self.currency}"
        return f"{symbol}{number}" if symbol else f"{self.currency} {number}"

    def plain(self) -> str:
        return f"{self.currency} {self.amount:.{PLACES.get(self.currency, 2)}f}"


def decimal_text(num: str) -> str:
    """Digits with thousands separators and a decimal mark, as ``Decimal`` reads them:
    ``1.234,56`` and ``1,234.56`` -> ``1234.56``, ``9,90`` -> ``9.90``, ``1,500`` -> ``1500``."""
    if "," in num and "." in num:
        decimal_mark = "," if num.rfind(",") > num.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        return num.replace(thousands, "").replace(decimal_mark, ".")
    if "," in num:
        return (
            num.replace(",", "")
            if re.fullmatch(r"\d{1,3}(,\d{3})+", num)
            else num.replace(",", ".")
        )
    return num


def to_decimal(num: str) -> Decimal | None:
    """The value of a number as written (see :func:`decimal_text`), or ``None``."""
    try:
        return Decimal(decimal_text(num))
    except InvalidOperation:
        return None


def mark_key(mark: str) -> str | None:
    """The ISO code a mark names, or its family (``$``, ``kr``, ``¥``); ``None`` if unknown."""
    return _MARK_KEY.get(mark.lower())


def currency_of(mark: str | None, currency: str = "USD") -> str | None:
    """The currency ``mark`` means where bare amounts are in ``currency`` (the marketplace's):
    no mark is ``currency``, a family its member ``currency`` or else its first one."""
    if mark is None:
        return currency
    key = mark_key(mark)
    if key in FAMILIES:
        return currency if currency in FAMILIES[key] else FAMILIES[key][0]
    return key


def same_currency(a: str, b: str) -> bool:
    """Whether two currency keys can name the same currency (``$`` and ``CAD`` can)."""
    return a == b or b in FAMILIES.get(a, ()) or a in FAMILIES.get(b, ())


class AmountError(ValueError):
    """Why a text is not an amount: ``problem`` is ``format``, ``ambiguous`` (``1.500``: a
    thousands dot or a decimal point), ``currency`` (``currency`` is the unknown one), ``places`` (zero or less, or more decimals than ``places``) or ``size``
    (more than :data:`MAX_AMOUNT`)."""

    def __init__(self, problem: str, currency: str = "", places: int = 2) -> None:
        super().__init__(problem)
        self.problem = problem
        self.currency = currency
        self.places = places


def _by_length(marks: Iterable[str]) -> list[str]:
    return sorted(set(marks), key=lambda mark: (-len(mark), mark))


# Digits are ASCII only: "١٥" and "１５" are digits to Python, not to a marketplace.
_FIELD = r"(?P<pre>[^\d\s]+?)?\s*(?P<num>[0-9][0-9.,]*)\s*(?P<post>[^\d\s]+)?"
#: The largest amount a field value may hold (more is a typing mistake, not a refund).
MAX_AMOUNT = Decimal("9999999999.99")


def read_amount(text: str, currency: str = "USD") -> Money:
    """The amount ``text`` is as a whole (``15``, ``$15.00``, ``CHF 5``, ``49,90 zł``), bare
    amounts in ``currency``; raises :class:`AmountError`."""
    match = re.fullmatch(_FIELD, text.strip())
    if not match or (match["pre"] and match["post"]):
        raise AmountError("format")
    mark = match["pre"] or match["post"]
    code = currency_of(mark, currency)
    if code is None and not re.fullmatch("[A-Za-z]{3}", mark or ""):
        raise AmountError("format")  # a mark of no currency, nor like an ISO code
    if code not in CURRENCIES:
        raise AmountError("currency", code or (mark or "").upper())
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", match["num"]):
        raise AmountError("ambiguous", code)  # 1.500: one and a half, or fifteen hundred?
    amount = to_decimal(match["num"])
    if amount is None:
        raise AmountError("format")
    places = PLACES[code]
    if amount > MAX_AMOUNT:
        raise AmountError("size", code, places)
    if amount <= 0 or amount != round(amount, places):
        raise AmountError("places", code, places)
    return Money(amount.quantize(Decimal(1).scaleb(-places)), code)


def parse_amount(text: str, currency: str = "USD") -> Money | None:
    """The amount ``text`` is as a whole (see :func:`read_amount`), or ``None``."""
    try:
        return read_amount(text, currency)
    except AmountError:
        return None


_NUMBER = r"\d(?:[\d.,]*\d)?"
#: A letter or digit of an alphabetic script: what a number may not be stuck to. Chinese
#: characters and kana are words of their own, which a number follows directly ("返金800円").
WORD_CHAR = r"[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]"
#: The first digit of a number, not inside a word or another number.
NUMBER_START = rf"\d(?<!{WORD_CHAR}\d)(?<![.,]\d)"


def _end(mark: str) -> str:
    """After a mark that ends in a letter (not a CJK one): no letter or digit may follow."""
    last = mark[-1]
    return r"(?!\w)" if last.isalnum() and ord(last) < 0x2E80 else ""


def _alternation(marks: Iterable[str], ends: bool) -> dict[str, str]:
    """First character -> an alternation of the rest of the marks that begin with it."""
    rests: dict[str, list[str]] = {}
    for mark in _by_length(marks):
        rests.setdefault(mark[0], []).append(re.escape(mark[1:]) + (_end(mark) if ends else ""))
    return {first: f"(?:{'|'.join(rest)})" if any(rest) else "" for first, rest in rests.items()}


def _branches(lower: bool) -> tuple[str, dict[str, str]]:
    """What follows the first digit of an amount whose mark comes after the number, and for
    each first character of a mark written before the number, what follows it."""
    fold = str.lower if lower else str
    before = [fold(mark) for mark, side in _PROSE_MARKS if side != ">"]
    after = [fold(mark) for mark, side in _PROSE_MARKS if side != "<"]
    post = "|".join(re.escape(first) + rest for first, rest in _alternation(after, True).items())
    pre = _alternation(before, False)
    return rf"(?:[\d.,]*\d)?\s?(?:{post})", {c: rf"{rest}\s?{_NUMBER}" for c, rest in pre.items()}


@cache
def amount_source(*, lower: bool = False, embedded: bool = False) -> str:
    """The expression of an amount in prose: a mark then a number, or a number then a mark.

    For a pattern of its own, it begins with one character class (which the engine scans for
    quickly) and a look-behind picks the branch; ``embedded`` in a larger expression, it is an
    alternation whose branches begin with a literal character (which the engine skips
    quickly). With ``lower``, it reads lower-cased text."""
    letters = "a-z" if lower else "A-Za-z"
    after_number, before_number = _branches(lower)
    if embedded:
        branches = [rf"{NUMBER_START}{after_number}"] + [
            re.escape(c) + (rf"(?<![{letters}]{re.escape(c)})" if c.isalpha() else "") + rest
            for c, rest in before_number.items()
        ]
        return f"(?:{'|'.join(branches)})"
    branches = [rf"(?<=\d)(?<!{WORD_CHAR}\d)(?<![.,]\d){after_number}"] + [
        rf"(?<={re.escape(c)}){rest}" for c, rest in before_number.items()
    ]
    firsts = "".join(sorted(re.escape(c) for c in before_number))
    return rf"[\d{firsts}](?<![{letters}][{letters}])(?:{'|'.join(branches)})"


def find_amounts(text: str) -> Iterator[re.Match[str]]:
    """Every amount written in ``text`` (``$27.99``, ``CDN$ 3,460.12``, ``5 SEK``, ``1,980円``)."""
    return re.finditer(amount_source(), text)


_PARTS = r"(\D*?)\s?(\d(?:[\d.,]*\d)?)\s?(.*)"


def money_key(written: str) -> tuple[Decimal, str] | None:
    """The amount and currency key (an ISO code, or a family: see :func:`same_currency`) of an
    amount as :func:`find_amounts` finds it: ``"CHF 5.00"`` -> ``(Decimal("5"), "CHF")``."""
    parts = re.fullmatch(_PARTS, written, re.S)
    if not parts:
        return None
    amount = to_decimal(parts[2])
    key = mark_key(parts[1] or parts[3])
    return None if amount is None or key is None else (amount.normalize(), key)
