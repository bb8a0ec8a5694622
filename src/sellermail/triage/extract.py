"""The facts an inbound message carries: order ids, ASINs, tracking numbers, carrier, buyer
name, product, dates and amounts (the keys of shared/spec/inbound.md).

Values are kept exactly as written, except dates (ISO ``YYYY-MM-DD``). Identifiers are found by
their shapes (Amazon order ids 3-7-7 digits, ASINs ``B0`` + 8, an ISBN-10 with a valid check
digit after an ASIN/ISBN label, or bare when no parcel is in sight; the tracking formats of the
big carriers) and, for tracking numbers of no distinctive shape, by what comes just before them:
a label ("Tracking number:", "Sendungsnummer", "追跡番号"...) or a carrier's name. Dates are read
in every form of the six languages (``3. November 2026``, ``le 1er décembre``, ``2026年11月3日``,
``11/03/2026`` month first only in English); one without a year takes the year of the date that
closes its range ("Nov 12 - Nov 15, 2026"), else that of the e-mail, else it is left out. The
buyer's name comes from a relay's sender or introduction, a self-introduction ("my name is ..."),
or the sign-off that ends the buyer's words, never from a notice. Labels, carriers, month names
and sign-offs are data (inbound/facts.yaml).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import cache
from typing import Any

from sellermail.compose.fieldtypes import Context, parse_asin
from sellermail.compose.money import find_amounts
from sellermail.errors import FactError
from sellermail.guard.language import normalise
from sellermail.triage.message import Message
from sellermail.triage.phrases import alternation, load, matcher, split

# Each expression begins with a character class or a letter, which the engine scans for fast;
# the boundary before it is a look-behind after that first character.
_ORDER = re.compile(r"\d(?<![\d-]\d)\d\d-\d{7}-\d{7}(?![\d-])")
#: eBay's order numbers: NN-NNNNN-NNNNN.
_EBAY_ORDER = re.compile(r"\d(?<![\d-]\d)\d-\d{5}-\d{5}(?![\d-])")
#: A Walmart order number with no label: 13 or 15 digits, in a message that names Walmart.
_WALMART_ORDER = re.compile(r"\d(?<!\d\d)(?:\d{14}|\d{12})(?!\d)")
_WALMART = re.compile(r"(?i)walmart")
_LABELLED_NUMBER = re.compile(r"\s*[:：#]?\s*#?\s*(\d{6,20})(?!\d)")
_LABELLED_VALUE = re.compile(r"[ \t]*[:：][ \t]*([^\n]{1,80}?)[ \t]*(?:\n|$)")
_LABELLED_ID = re.compile(
    r"[ \t]*[:：#]?[ \t]*#?[ \t]*([A-Za-z0-9][A-Za-z0-9-]{4,39})(?![A-Za-z0-9-])"
)
_ASIN = re.compile(r"B(?<![A-Za-z0-9]B)0[A-Z0-9]{8}(?![A-Za-z0-9])")
_ISBN = re.compile(r"(?i:asin|isbn)(?:-10)?\s*[:：#]?\s*(\d{9}[\dX])(?![\dA-Za-z])")
_BARE_ISBN = re.compile(r"\d(?<![\w.,/-]\d)\d{8}[\dX](?![\w.,/-])")
_TRACKING = re.compile(
    r"[1-9A-Z](?<![A-Za-z0-9][1-9A-Z])(?:(?<=1)Z[0-9A-Z]{16}|(?<=[A-Z])[A-Z]\d{9}[A-Z]{2}"
    r"|(?<=9)[1-5]\d{18,24}|(?<=J)(?:JD|VGL)\d{10,20}|(?<=Y)T\d{16}|(?<=L)P\d{14,20}"
    r"|(?<=S)F\d{12,13}|(?<=T)BA\d{12})(?![A-Za-z0-9])"
)
_TOKEN = re.compile(r"[A-Z0-9](?<![A-Za-z0-9-][A-Z0-9])[A-Z0-9-]{6,38}[A-Z0-9](?![A-Za-z0-9-])")
_PHONE = re.compile(r"(?:1-)?\d{3}-\d{3}-\d{4}$")
#: How far after a tracking label its number may be ("tracking number you gave me, YT...").
TRACKING_REACH = 40
_NAMED = re.compile(r" ([A-ZÀ-Þ][a-zß-ÿ'’-]+(?: [A-ZÀ-Þ][a-zß-ÿ'’-]+){0,2})(?![\w'’-])")
_INTRO_NAME = re.compile(r"\s*[:：]?\s*([^\W\d_][^\n.,:;()<>!?@]{1,40})")
#: The year of the date that closes a range ("Nov 12 - Nov 15, 2026", "12-15 nov 2026").
_RANGE_YEAR = re.compile(
    r"\s*[-–]\s*(?:[a-z]+\.?\s+)?\d{1,2}(?:[a-z]{2})?\.?(?:\s+[a-z]+\.?)?,?\s+(\d{4})(?!\d)"
)
_CJK_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]")
#: A European day and month without a year ("am 05.11. bestellt"): the message's year.
_DAY_MONTH = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?![\d-])")
_NUMERIC_DATES = (
    (re.compile(r"(\d(?<![\d.-]\d)\d{3})([-/.])(\d{1,2})\2(\d{1,2})(?!\d|[.-]\d)"), "ymd"),
    (re.compile(r"(\d(?<![\d.]\d)\d?)\.()(\d{1,2})\.(\d{4})(?!\d|\.\d)"), "dmy"),
    (re.compile(r"(\d(?<![\d/]\d)\d?)/()(\d{1,2})/(\d{4})(?![\d/])"), "slash"),
)


@cache
def _data() -> dict[str, Any]:
    data = load("facts")
    months = {
        name: int(number) for number, names in data["months"].items() for name in names.split()
    }
    month = alternation(months)
    carriers = split(data["carriers"])
    return {
        "months": months,
        "dmy": re.compile(
            rf"(\d(?<![\d.]\d)\d?)(?:st|nd|rd|th|º|°|(?<=1)er)?\.?\s+(?:de\s+)?({month})\.?,?\s*(?:de\s+)?(\d{{4}})?(?!\d)"
        ),
        "mdy": re.compile(
            rf"({month})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{{4}})(?!\d))?"
        ),
        "day_range": re.compile(
            rf"({month})\.?\s+(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})(?!\d)(?:,?\s+(\d{{4}})(?!\d))?"
        ),
        "day_range_dmy": re.compile(
            rf"(\d(?<![\d.]\d)\d?)\.?\s*[-–]\s*\d{{1,2}}\.?\s+(?:de\s+)?({month})\.?,?\s*(?:de\s+)?(\d{{4}})?(?!\d)"
        ),
        "product_labels": frozenset(normalise(label) for label in split(data["product_labels"])),
        "tracking_label": matcher([label.lower() for label in split(data["tracking_labels"])]),
        "carriers": {carrier.lower(): carrier for carrier in carriers},
        "carrier": matcher([carrier.lower() for carrier in carriers]),
        "buyer_intro": matcher([intro.lower() for intro in split(data["buyer_intro"])]),
        "self_intro": matcher([intro.lower() for intro in split(data["self_intro"])]),
        "sign_offs": frozenset(normalise(s) for s in split(data["sign_offs"])),
        "not_names": matcher(split(normalise(data["not_names"]))),
        "complaint": matcher([label.lower() for label in split(data["complaint_labels"])]),
        "rights_owner": matcher([label.lower() for label in split(data["rights_owner_labels"])]),
        "walmart_order": matcher([label.lower() for label in split(data["walmart_order_labels"])]),
    }


def lowered(text: str) -> str:
    """``text`` in lower case, of the same length (so that positions hold in both)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _is_asin(value: str) -> bool:
    try:
        parse_asin("asin", value, Context())
    except FactError:
        return False
    return True


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _one_or_many(facts: dict[str, Any], key: str, values: list[str]) -> None:
    values = _unique(values)
    if len(values) == 1:
        facts[key] = values[0]
    elif values:
        facts[f"{key}s"] = values


def tracking_numbers(text: str, taken: set[str]) -> list[str]:
    """Tracking numbers by shape, and just after a tracking label (8-40 capitals, digits and
    hyphens, at least six digits: ``1234-5678-9012``) or a carrier's name (no hyphen, at least
    eight digits: not a phone number)."""
    found = [(m.start(), m.group()) for m in _TRACKING.finditer(text)]
    lower = lowered(text)
    after = [(m, 6) for m in _data()["tracking_label"].finditer(lower)]
    after += [(m, 8) for m in _data()["carrier"].finditer(lower)]
    for label, digits in after:
        token = _TOKEN.search(text, label.end())
        if not token or token.start() - label.end() > TRACKING_REACH or _PHONE.match(token[0]):
            continue
        if digits == 8 and "-" in token[0]:
            continue
        if sum(ch.isdigit() for ch in token.group()) >= digits:
            found.append((token.start(), token.group()))
    return _unique([value for _, value in sorted(found) if value not in taken])


def _date(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def dates(text: str, *, year: int | None, language: str) -> list[str]:
    """Every calendar date written in ``text``, as ISO; a date without a year takes ``year``."""
    data = _data()
    found: list[tuple[int, str | None]] = []
    for m in _CJK_DATE.finditer(text) if "月" in text else ():
        found.append((m.start(), _date(int(m[1]) if m[1] else year, int(m[2]), int(m[3]))))
    for pattern, order in _NUMERIC_DATES:
        for m in pattern.finditer(text):
            a, b, c = int(m[1]), int(m[3]), int(m[4])
            if order == "ymd":
                found.append((m.start(), _date(a, b, c)))
            elif order == "dmy" or (language != "en" and a <= 12) or a > 12:
                found.append((m.start(), _date(c, b, a)))
            else:
                found.append((m.start(), _date(c, a, b)))
    if year is not None and language != "en":
        for m in _DAY_MONTH.finditer(text):
            found.append((m.start(), _date(year, int(m[2]), int(m[1]))))
    plain = normalise(text)

    def year_of(m: re.Match[str], written: str | None) -> int | None:
        """Its own year, else that of a date just after it ("Nov 12 - Nov 15, 2026"), else
        ``year``."""
        if written:
            return int(written)
        after = _RANGE_YEAR.match(plain, m.end())
        return int(after[1]) if after else year

    for m in data["dmy"].finditer(plain):
        found.append((m.start(), _date(year_of(m, m[3]), data["months"][m[2]], int(m[1]))))
    for m in data["mdy"].finditer(plain):
        found.append((m.start(), _date(year_of(m, m[3]), data["months"][m[1]], int(m[2]))))
    for m in data["day_range"].finditer(plain):  # "November 12-15, 2026": the second day
        found.append((m.start(3), _date(year_of(m, m[4]), data["months"][m[1]], int(m[3]))))
    for m in data["day_range_dmy"].finditer(plain):  # "12-15 novembre 2026": the first day
        found.append((m.start(), _date(year_of(m, m[3]), data["months"][m[2]], int(m[1]))))
    return _unique([iso for _, iso in sorted(found) if iso])


def buyer_name(message: Message, writer: str) -> str | None:
    """The buyer's name: a relay's sender name, the relay's introduction ("message from Amazon
    customer Anna Müller"), or the sign-off that ends the writer's words (``writer``)."""
    relay = re.match(r"(.+?)\s+[-–—]\s+(?:Amazon|Marketplace)", message.sender)
    if relay and "marketplace" in (message.sender + message.address).lower():
        return relay[1].strip().strip("\"'")
    intro = _data()["buyer_intro"].search(lowered(message.body))
    if intro and (name := _INTRO_NAME.match(message.body, intro.end())):
        said = name[1].strip()  # "Anna Müller", or "Robert Tremblay has opened a claim"
        lead = _NAMED.match(f" {said}")
        for candidate in (said, lead[1] if lead else ""):
            if looks_like_name(candidate):
                return candidate.rstrip(",.!")
    if (
        (named := _data()["self_intro"].search(lowered(writer)))
        and (name := _NAMED.match(writer, named.end()))
        and looks_like_name(name[1])
    ):
        return name[1]
    lines = [line.strip().lstrip("-–—~ ") for line in writer.splitlines() if line.strip()]
    sign_offs = _data()["sign_offs"]
    tail = lines[-4:]
    for line, after in itertools.pairwise(tail):  # "Best regards," then the name
        closing = _SENTENCE_END.split(line)[-1]  # "... FOLLOW IT ONLINE. THX" ends with one
        if not after or normalise(after.split()[0].rstrip(",.!")) in sign_offs:
            continue  # "Atte. Mariana", "Grüße Horst": the last line's own sign-off, below
        signed = looks_like_name(after) or (after.isupper() and looks_like_name(after.title()))
        if normalise(closing.rstrip(",.!")) in sign_offs and signed:
            return after
    last = lines[-1] if lines else ""
    for words in (last.split(), _SENTENCE_END.split(last)[-1].split()):
        for cut in range(1, min(4, len(words))):  # "Thanks, Ashley" / "Atte. Mariana"
            if normalise(" ".join(words[:cut]).rstrip(",.!")) in sign_offs:
                rest = " ".join(words[cut:]).lstrip("-–—~ ")  # "thanks - Mo"
                return rest if looks_like_name(rest) else None
    return lines[-1] if len(lines) > 1 and looks_like_name(lines[-1]) else None


#: Where a sentence ends (not after an initial: "Danke, K. Bauer").
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])(?<! [A-Z]\.)\s+")
_CJK_NAME = re.compile(
    r"[\u4e00-\u9fff]{1,3}(?:女士|先生|様|さん)|[\u4e00-\u9fff]{1,3} ?[\u4e00-\u9fff]{1,3}"
)
_LATIN_NAME = re.compile(
    r"(?:[A-ZÀ-Þ][a-zß-ÿ'’-]*\.?)(?: (?:[A-ZÀ-Þ][a-zß-ÿ'’-]*\.?|de|van|von|di|da|del|la|le)){0,3}"
)


def looks_like_name(text: str) -> bool:
    """Whether ``text`` reads as a person's name (``Anna``, ``K. Bauer``, ``李女士``)."""
    text = text.strip().rstrip(",.!")
    plain = normalise(text)
    if not text or len(text) > 30 or plain in _data()["sign_offs"]:
        return False
    if _data()["not_names"].search(plain):
        return False
    return bool(_CJK_NAME.fullmatch(text) or _LATIN_NAME.fullmatch(text))


def _carrier(text: str) -> str | None:
    """The first carrier named, as written; a name in capitals (UPS, DHL) only in capitals."""
    lower = lowered(text)
    names = _data()["carriers"]
    for match in _data()["carrier"].finditer(lower):
        name = names[match.group()]
        written = text[match.start() : match.end()]
        if not name.isupper() or written == name:
            return written
    return None


_LABEL = re.compile(r"[ \t]*([^\n:：]{1,30}?)[ \t]*[:：][ \t]*(\S[^\n]*?)[ \t]*$")


def _product(body: str) -> str | None:
    """The value of the first item/product line (``Item: ...``, ``商品名：...``)."""
    labels = _data()["product_labels"]
    for line in body.splitlines():
        m = _LABEL.match(line) if ":" in line or "：" in line else None
        if m and normalise(m[1]) in labels:
            return m[2]
    return None


def order_numbers(text: str, sender: str = "") -> list[str]:
    """Amazon (3-7-7 digits) and eBay (2-5-5) order numbers, with or without a label, and
    Walmart's (13 or 15 digits bare, any 6-20 after an order label) in a message that names
    Walmart or comes from it (``sender``: its name and address)."""
    found = [(m.start(), m.group()) for m in _ORDER.finditer(text)]
    found += [(m.start(), m.group()) for m in _EBAY_ORDER.finditer(text)]
    if ("almart" in text or "ALMART" in text or "almart" in sender.lower()) and (
        _WALMART.search(sender) or _WALMART.search(text)
    ):
        lower = lowered(text)
        found += [(m.start(), m.group()) for m in _WALMART_ORDER.finditer(text)]
        for label in _data()["walmart_order"].finditer(lower):
            if number := _LABELLED_NUMBER.match(text, label.end()):
                found.append((number.start(1), number[1]))
    return _unique([value for _, value in sorted(found)])


def _labelled(text: str, labels: re.Pattern[str], value: re.Pattern[str]) -> str | None:
    """The value after the first of ``labels`` that starts a line and is followed by one."""
    lower = lowered(text)
    for label in labels.finditer(lower):
        start = lower.rfind("\n", 0, label.start()) + 1
        if lower[start : label.start()].strip(" \t-•*"):
            continue  # not the line's label ("contact the rights owner: ...")
        if found := value.match(text, label.end()):
            return found[1].strip()
    return None


def complaint_facts(body: str) -> dict[str, str]:
    """An intellectual-property notice's ``complaint_id`` and ``rights_owner``, when labelled."""
    facts = {}
    complaint = _labelled(body, _data()["complaint"], _LABELLED_ID)
    if complaint and any(ch.isdigit() for ch in complaint):
        facts["complaint_id"] = complaint
    owner = _labelled(body, _data()["rights_owner"], _LABELLED_VALUE)
    if owner and "@" not in owner and not owner.lower().startswith("http"):
        facts["rights_owner"] = owner
    return facts


def extract(message: Message, language: str, *, writer: str, notice: bool) -> dict[str, Any]:
    """The facts of ``message`` (see the module docstring), in the contract's key order.
    ``writer`` is the text of the writer's own words; a ``notice`` has no buyer's sign-off."""
    text = f"{message.subject}\n{message.body}"
    facts: dict[str, Any] = {}
    orders = order_numbers(text, f"{message.sender} {message.address}")
    _one_or_many(facts, "order_id", orders)
    asins = _ASIN.findall(text) + [m for m in _ISBN.findall(text) if _is_asin(m)]
    tracking = tracking_numbers(text, {*orders, *asins})
    carrier = _carrier(text)
    if not tracking and not carrier and not _data()["tracking_label"].search(lowered(text)):
        # no parcel in sight: a bare 10-digit ISBN-10 is a book's ASIN, not a DHL number
        asins += [m for m in _BARE_ISBN.findall(text) if _is_asin(m)]
    _one_or_many(facts, "asin", asins)
    _one_or_many(facts, "tracking_number", tracking)
    if carrier:
        facts["carrier"] = carrier
    if not notice and (name := buyer_name(message, writer)):
        facts["buyer_name"] = name
    if product := _product(message.body):
        facts["product"] = product
    year = message.date.year if message.date else None
    if found := dates(message.body, year=year, language=language):
        facts["dates"] = found
    if amounts := _unique([m.group() for m in find_amounts(message.body)]):
        facts["amounts"] = amounts
    return facts
