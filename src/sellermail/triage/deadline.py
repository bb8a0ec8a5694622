"""When a message's answer is due (``reply_by``): from its ``Date`` header and its channel.

Amazon buyer messages: 24 hours, weekends included; eBay: 3 business days; Walmart: 48 hours;
a marketplace notice that states its own deadline ("within 72 hours", "innerhalb von 17 Tagen",
"17日以内") takes the shortest it states. Without a Date header, or on a channel with no rule,
there is no deadline (``None``).
"""

from __future__ import annotations

import datetime as dt
import re

from sellermail.triage.message import Message

#: A number and a unit of time ("72 hours", "17 Tagen", "17日以内"); the Latin ones count only
#: after a word that makes them a deadline (:data:`_WITHIN`). Found from the digits first.
_AMOUNT = re.compile(
    r"(\d{1,3})(?:\s+(business days?|working days?|hours?|days?|werktagen|arbeitstagen|stunden|"
    r"tagen|jours ouvres|jours ouvrables|jours|heures|dias habiles|dias|horas|"
    r"giorni lavorativi|giorni|ore)(?![a-z])"
    r"|\s*(営業日|時間|个工作日|個工作日|天|日|小时|小時)\s*(?:以内|内|之内))"
)
_WITHIN = re.compile(
    r"(?:within|in the next|no later than|innerhalb von|innerhalb|binnen|sous|dans les|"
    r"dans un delai de|en un plazo de|dentro de|en los proximos|entro|nei prossimi)\s+$"
)
_HOURS = ("hour", "stunden", "heures", "horas", "ore", "時間", "小时", "小時")
_BUSINESS = ("business", "working", "werktagen", "arbeitstagen", "ouvr", "habiles", "lavorativi",
             "営業日", "工作日")  # fmt: skip


def _add_business_days(start: dt.datetime, days: int) -> dt.datetime:
    day = start
    while days:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def stated(text: str) -> tuple[int, str] | None:
    """The shortest deadline ``text`` (a notice, normalised) states: an amount and a unit
    (``"hours"``, ``"days"`` or ``"business_days"``), or ``None``."""
    found = []
    for m in _AMOUNT.finditer(text):
        if m[2] and not _WITHIN.search(text, max(0, m.start() - 30), m.start()):
            continue
        number, unit = m[1], m[2] or m[3]
        kind = (
            "hours"
            if unit.startswith(_HOURS)
            else "business_days"
            if any(word in unit for word in _BUSINESS)
            else "days"
        )
        hours = int(number) * (1 if kind == "hours" else 24)
        found.append((hours, int(number), kind))
    if not found:
        return None
    _, number, kind = min(found)
    return number, kind


def channel(message: Message) -> str | None:
    """``amazon`` (a buyer's message relayed by Amazon), ``ebay``, ``walmart``, or ``None``."""
    where = f"{message.sender} {message.address}".lower()
    if "ebay" in where:
        return "ebay"
    if "walmart" in where:
        return "walmart"
    if "amazon" in where and "marketplace" in where:
        return "amazon"
    return None


def reply_by(message: Message, notice: str) -> str | None:
    """The deadline of the answer (ISO 8601), or ``None``; ``notice``: a notice's normalised
    text, or "" for a buyer's message."""
    if message.date is None:
        return None
    start = message.date
    if notice and (deadline := stated(notice)):
        number, kind = deadline
        if kind == "business_days":
            return _add_business_days(start, number).isoformat()
        return (start + dt.timedelta(**{kind: number})).isoformat()
    rule = {"amazon": dt.timedelta(hours=24), "walmart": dt.timedelta(hours=48)}
    match channel(message):
        case "ebay":
            return _add_business_days(start, 3).isoformat()
        case "amazon" | "walmart" as name:
            return (start + rule[name]).isoformat()
    return None
