"""The ledger: what a rendered message commits to, and every fact it may mention.

Built from the deterministic rendering (base text + typed facts): a fact is a commitment when
the base text shows it (so a rewrite must keep exactly what the engine wrote), and every fact
value, shown or not, is *known* (mentioning it is not inventing it). Remedies offered are the
``offers`` fact of scenarios that have one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .catalogue import FieldSpec, Scenario
from .fieldtypes import Date, DayRange, Money, Percent
from .mentions import DOLLAR_CURRENCIES, Mention, mentions

ID_TYPES = frozenset({"asin", "asin_list", "order_id", "tracking_number", "seller_id"})
#: Mention kinds that are facts: a rewrite that adds one the ledger lacks invents a fact.
FACT_KINDS = frozenset(
    {"id", "money", "duration", "range", "percent", "date", "url", "email", "phone"}
)


@dataclass(frozen=True)
class Commitment:
    """One fact the message must keep."""

    field: str
    #: ``id`` and ``name`` are matched as written; the others through :mod:`mentions` keys.
    kind: str
    key: tuple[Any, ...]
    #: The fact as the base text shows it, for messages and prompts.
    shown: str


@dataclass(frozen=True)
class Ledger:
    scenario: Scenario
    channel: str
    base: str
    commitments: tuple[Commitment, ...]
    #: Mention keys a text may hold without inventing anything.
    known: frozenset[tuple[Any, ...]]
    #: The exact set of remedies offered, or ``None`` when the scenario has no offers field.
    offers: frozenset[str] | None


def same(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Whether two mention keys name the same fact (``$`` matches any dollar currency,
    a date without a year matches any year, a range's unit is not compared)."""
    if a[0] != b[0]:
        return False
    kind = a[0]
    if kind == "money":
        if a[1] != b[1]:
            return False
        return (
            a[2] == b[2]
            or (a[2] == "$" and b[2] in DOLLAR_CURRENCIES | {"$"})
            or (b[2] == "$" and a[2] in DOLLAR_CURRENCIES)
        )
    if kind == "range":
        return a[1:3] == b[1:3]
    if kind == "date":
        return a[2:] == b[2:] and (a[1] is None or b[1] is None or a[1] == b[1])
    return a == b


def holds(keys: Iterable[tuple[Any, ...]], key: tuple[Any, ...]) -> bool:
    """Whether ``keys`` hold a key that names the same fact as ``key``."""
    if key[0] in ("money", "range", "date"):
        return any(same(key, other) for other in keys)
    return key in keys


def _typed_keys(spec: FieldSpec, value: Any) -> list[tuple[Any, ...]]:
    kind = spec.type
    if isinstance(value, Money):
        return [("money", value.amount.normalize(), value.currency)]
    if isinstance(value, DayRange):  # equal ends print as one number of days
        if value.low == value.high:
            return [("duration", "days", value.low)]
        return [("range", value.low, value.high, "")]
    if isinstance(value, Percent):
        return [("percent", value.value.normalize())]
    if isinstance(value, Date):
        return [("date", value.year, value.month, value.day)]
    if kind == "hours":
        return [("duration", "hours", value)]
    if kind in ("days", "business_days"):
        return [("duration", "days", value)]
    if kind == "count":
        return [("number", value)]
    return []


def _name_key(text: str) -> tuple[str, str]:
    return ("name", fold(text))


def normalise(text: str) -> str:
    """Fold typographic quotes so ``Maple’s`` and ``Maple's`` compare equal."""
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


_ITEM_NAME = re.compile(r"(?<!^)(?<![.!?:] )\b[A-Z][\w&'-]*[A-Z0-9]?\w*")


def _candidates(spec: FieldSpec, value: Any) -> list[Commitment]:
    """Every commitment ``value`` could give rise to, before looking at the base text."""
    name = spec.name
    if spec.keep == "free" or value is None:
        return []
    if spec.type in ID_TYPES:
        ids = value if isinstance(value, list) else [value]
        return [Commitment(name, "id", ("id", item), item) for item in ids]
    if spec.type == "email":
        return [Commitment(name, "email", ("email", value.lower()), value)]
    if spec.keep == "verbatim":
        return [Commitment(name, "name", _name_key(str(value)), str(value))]
    if spec.keep == "items":
        found: list[Commitment] = []
        for item in value:
            found += [
                Commitment(name, m.kind, m.key, m.text)
                for m in mentions(item)
                if m.kind != "number"
            ]
            found += [
                Commitment(name, "name", _name_key(word), word) for word in _ITEM_NAME.findall(item)
            ]
        return found
    return [Commitment(name, key[0], key, str(value)) for key in _typed_keys(spec, value)]


def fold(text: str) -> str:
    """Lower case, typographic quotes folded, white space collapsed: for matching names."""
    return " ".join(normalise(text).lower().split())


def _has_id(text: str, ident: str) -> bool:
    """``ident`` occurs in ``text`` as a whole token (not inside a longer ID)."""
    at = text.find(ident)
    while at >= 0:
        end = at + len(ident)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        at = text.find(ident, at + 1)
    return False


def shows(text: str, folded: str, seen: list[Mention], commitment: Commitment) -> bool:
    """Whether ``text`` (folded by :func:`fold`, with its mentions ``seen``) keeps ``commitment``."""
    if commitment.kind == "id":
        return _has_id(text, commitment.shown)
    if commitment.kind == "name":
        return commitment.key[1] in folded
    if commitment.kind == "email":
        return commitment.key[1] in folded
    keys = {m.key for m in seen}
    return commitment.key in keys or holds(keys, commitment.key)


def build(scenario: Scenario, channel: str, base: str, values: dict[str, Any]) -> Ledger:
    """The ledger of ``base``, the rendering of ``values`` for ``scenario`` on ``channel``."""
    seen = list(mentions(base))
    folded = fold(base)
    commitments: list[Commitment] = []
    known: list[tuple[Any, ...]] = [m.key for m in seen if m.kind in FACT_KINDS]
    for name, value in values.items():
        spec = scenario.fields[name]
        for commitment in _candidates(spec, value):
            if shows(base, folded, seen, commitment) and commitment not in commitments:
                commitments.append(commitment)
        if spec.type in ID_TYPES:
            known += [("id", item) for item in (value if isinstance(value, list) else [value])]
        elif spec.type == "email":
            known.append(("email", value.lower()))
        else:
            known += _typed_keys(spec, value)
    offers = values.get("offers") if "offers" in scenario.fields else None
    return Ledger(
        scenario=scenario,
        channel=channel,
        base=base,
        commitments=tuple(commitments),
        known=frozenset(known),
        offers=frozenset(offers) if offers is not None else None,
    )
