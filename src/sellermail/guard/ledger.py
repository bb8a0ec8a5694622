"""The ledger: what a rendered message commits to, and every fact it may mention.

Built from the deterministic rendering (base text + typed facts): a fact is a commitment when
the base text shows it (so a rewrite must keep exactly what the engine wrote), and every fact
value, shown or not, is *known* (mentioning it is not inventing it). Remedies offered are the
``offers`` fact of scenarios that have one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from sellermail.compose.catalogue import FieldSpec, Scenario
from sellermail.compose.money import Money
from sellermail.compose.notation import notation
from sellermail.compose.values import Date, DayRange, Percent
from sellermail.errors import ScenarioError
from sellermail.guard import claims as stated
from sellermail.guard import name_parts, remedies, things
from sellermail.guard.carriers import same_carrier
from sellermail.guard.claims import claims
from sellermail.guard.counted import keeps_pair
from sellermail.guard.counts import counted_elsewhere
from sellermail.guard.language import detect
from sellermail.guard.mentions import Mention, mentions
from sellermail.guard.notation import audience, said_in, salutes_by_title, says_one
from sellermail.guard.ready import ready
from sellermail.guard.remedies import offered
from sellermail.guard.same_fact import holds
from sellermail.guard.spec_items import item_facts, keeps_decimal
from sellermail.guard.vocabulary import Phrasing
from sellermail.guard.wording import (
    WORD,
    adjective_first,
    fold,
    has_word,
    japanese_words,
    keeps_name,
    lemma,
    name_fold,
    qualified_otherwise,
    signed_unit,
    stems,
    without_qualifiers,
)

ID_TYPES = frozenset({"asin", "asin_list", "order_id", "tracking_number", "seller_id"})
#: Mention kinds that are facts: a rewrite that adds one the ledger lacks invents a fact.
FACT_KINDS = frozenset({"id", "money", "duration", "range", "percent", "date", "time", "url",
                        "email", "phone", "carrier"})  # fmt: skip


@dataclass(frozen=True)
class Commitment:
    """One fact the message must keep."""

    field: str
    #: ``id`` and ``name`` are matched as written; the others through :mod:`mentions` keys.
    kind: str
    key: tuple[Any, ...]
    #: The fact as the base text shows it (in its language's notation), for messages and
    #: prompts.
    shown: str


@dataclass(frozen=True)
class Ledger:
    scenario: Scenario
    channel: str
    base: str
    commitments: tuple[Commitment, ...]
    #: Mention keys a text may hold without inventing anything.
    known: frozenset[tuple[Any, ...]]
    #: The remedies the message offers (a draft must keep each and add none): the ``offers``
    #: fact, or for a buyer message without one nothing (what its text names is in
    #: ``may_offer``);
    #: ``None`` for appeals and letters, which offer buyers nothing.
    offers: frozenset[str] | None
    #: What the base text says has already happened (see :mod:`claims`).
    claims: frozenset[str] = frozenset()
    #: Remedies a draft may name beyond ``offers`` (some tones' wording names them).
    may_offer: frozenset[str] = frozenset()
    #: The language the message is written in; a draft is held to it.
    language: str = "en"
    #: The order's marketplace fact ("Amazon.es", "eBay", a shop's own domain), if given.
    marketplace: str = ""
    #: A count's number as other facts' words hold it, with the word after it (see
    #: :mod:`counts`): a draft does not keep the count by repeating them.
    elsewhere: frozenset[tuple[Any, str]] = frozenset()


_DURATIONS = {"hours": "hours", "days": "handling days", "business_days": "business days"}


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
    if unit := _DURATIONS.get(kind):  # days (a handling time) are kept in business days too
        return [("duration", unit, value)]
    if kind == "count":
        return [("number", value)]
    return []


#: Titles before a name, which alone address nobody.
_TITLES = frozenset("mr mrs ms miss mx dr prof herr frau m mme mlle sr sra srta sig sigra".split())


#: A file's type in brackets closing a name, which a sentence may say in words or leave out.
_FILE_TYPE = re.compile(r"\s*\((?:pdf|docx?|xlsx?|jpe?g|png|zip|txt|csv|mp4)\)\s*$", re.IGNORECASE)


def _name_key(text: str) -> tuple[str, str]:
    return ("name", name_fold(text))


def _candidates(spec: FieldSpec, value: Any, language: str = "en") -> list[Commitment]:
    """Every commitment ``value`` could give rise to, before looking at the base text."""
    name = spec.name
    if spec.keep == "free" or value is None:
        return []
    if spec.type in ID_TYPES:
        ids = value if isinstance(value, list) else [value]
        return [Commitment(name, "id", ("id", item), item) for item in ids]
    if spec.type == "email":
        return [Commitment(name, "email", ("email", value.lower()), value)]
    if spec.keep == "addressee":  # any part of the name: "Sabine", "Frau Krüger", "Krüger 様"
        parts = tuple(p for p in name_fold(str(value)).split() if len(p) > 1 and p not in _TITLES)
        return [Commitment(name, "person", ("person", *parts), str(value))] if parts else []
    if spec.keep == "verbatim":
        key: tuple[str, ...] = _name_key(str(value))
        if spec.type == "text":  # a product's name may leave out whom it is for
            short = without_qualifiers(key[1], audience(language))
            key = (*key, short) if short != key[1] else key
            key = (*key, *adjective_first(str(value), key[1:], language))
            key = (*key, *name_parts.pack_first(str(value), key[1:]))
        if (bare := _FILE_TYPE.sub("", str(value))) != str(value):  # "guide (PDF)": "guide in PDF"
            key = (*key, name_fold(bare))
        return [Commitment(name, "name", key, str(value))]
    if spec.keep == "items":  # each item's facts (see :mod:`spec_items`)
        return [Commitment(name, *fact) for fact in item_facts(value, language)]
    unit = {"hours": " hours", "days": " days", "business_days": " business days",
            "day_range": " days"}.get(spec.type, "").removesuffix("s" if value == 1 else "")  # fmt: skip
    return [Commitment(name, key[0], key, f"{value}{unit}") for key in _typed_keys(spec, value)]


#: The share of an item's content words a rewrite must keep for the item to count as kept.
ITEM_SUBSTANCE = 0.5


class Draft:
    """A text as the ledger's commitments are looked for in it (each view made once)."""

    def __init__(self, text: str, seen: list[Mention] | None = None, language: str = "en") -> None:
        self.text = text
        self.seen = list(mentions(text, language=language)) if seen is None else seen
        self.folded = fold(text)
        self.names = name_fold(text, self.folded)
        self.keys = {m.key for m in self.seen}
        self.language = language
        self._stems: set[str] | None = None
        self._roots: set[str] | None = None

    @property
    def stems(self) -> set[str]:
        if self._stems is None:
            self._stems = stems(self.text, self.folded)
        return self._stems

    def has_stem(self, word: str) -> bool:
        """Whether the draft holds the content word ``word`` (stemmed), in any form its
        language inflects it to ("grigie" for "grigio"); a unit of length, also as its sign
        after a number (`52" x 95"` for "52 x 95 inch")."""
        if word in self.stems or (not word.isascii() and word in self.text):
            return True
        if self._roots is None:
            self._roots = {lemma(stem, self.language) for stem in self.stems}
        return lemma(word, self.language) in self._roots or signed_unit(word, self.folded)

    def keeps(self, commitment: Commitment) -> bool:
        """Whether this draft keeps ``commitment``."""
        kind = commitment.kind
        if kind == "id":  # as given, or written in groups (see verdict._grouped_ids)
            return has_word(self.text, commitment.shown) or commitment.key in self.keys
        if kind == "name":  # the name, or the product's without whom it is for (see _candidates)
            full, *shorter = commitment.key[1:]
            return name_parts.kept(self.names, full, self.language) or any(
                keeps_name(self.names, short, self.language)
                and not qualified_otherwise(
                    self.names, short, audience(self.language), full, self.language
                )
                for short in shorter
            )
        if kind == "gist":  # a thing's kind and untranslatable parts (see :mod:`things`)
            found, parts = commitment.key[1:]
            return all(has_word(self.names, part) for part in parts) and (
                not found or not set(found).isdisjoint(things.kinds(self.text, self.language))
            )
        if kind == "person":  # by a part of the name, or as the formal register addresses
            return any(has_word(self.names, part) for part in commitment.key[1:]) or (
                salutes_by_title(self.text, self.language)  # a buyer ("Madame,")
            )
        if kind == "email":
            return has_word(self.folded, commitment.key[1])
        if kind == "pair":
            n, word = commitment.key[1:]
            return keeps_pair(self.folded, n, word, self.language, said_in(n, self.language))
        if kind == "decimal":
            return keeps_decimal(self.text, commitment.key[1])
        if kind == "item":
            words = commitment.key[1:]
            return sum(map(self.has_stem, words)) >= ITEM_SUBSTANCE * len(words)
        if kind in ("duration", "number") and commitment.key[-1] == 1:  # "within a day", "a single"
            unit = commitment.key[1] if kind == "duration" else ""
            return holds(self.keys, commitment.key) or says_one(self.text, unit, self.language)
        return commitment.key in self.keys or holds(self.keys, commitment.key)


def _gist(spec: FieldSpec, value: Any, language: str, defaulted: bool) -> list[Commitment]:
    """A thing named in words held as its kind and untranslatable parts (:mod:`things`): the
    default (wording, not a fact), or one typed in English in a message in another language."""
    if spec.keep != "verbatim" or spec.type != "text" or not isinstance(value, str):
        return []
    found = things.kinds(value, "en") or (things.kinds(value, language) if defaulted else ())
    if not defaulted and (language == "en" or not found or detect(value) != "en"):
        return []
    parts = () if defaulted else things.untranslated(_FILE_TYPE.sub("", value))
    return [Commitment(spec.name, "gist", ("gist", found, parts), value)] if found or parts else []


def _distinctive(item: Commitment, base: str) -> Commitment:
    """An item judged by the words that only it brings to the message (the documents list's
    "utility bill", not the "business address" the rest of the letter also names)."""
    others = base.replace(fold(item.shown), " ")
    rest = stems(others) | (japanese_words(others) if not others.isascii() else set())
    words = [word for word in item.key[1:] if word not in rest]
    return Commitment(item.field, item.kind, ("item", *words), item.shown) if words else item


#: Words that name a role rather than anyone: "Maple Home Customer Service" is Maple Home.
_ROLE_WORDS = frozenset(
    "customer customers service services support care team department legal staff store shop "
    "the of from at and on behalf".split()
)


def _role_of(value: str, scenario: Scenario, values: dict[str, Any]) -> bool:
    """Whether ``value`` is another name fact of the message plus role words only (a signer
    "Maple Home Customer Service" beside the store name "Maple Home"): it is then held as
    that name, which a signature keeps however it is worded."""
    folded = fold(value)
    for other, spec in scenario.fields.items():
        named = values.get(other)
        if spec.type != "name" or not isinstance(named, str) or fold(named) == folded:
            continue
        if fold(named) in folded:
            rest = folded.replace(fold(named), " ")
            if all(word in _ROLE_WORDS for word in WORD.findall(rest.replace("&", " "))):
                return True
    return False


def _with_unit(commitment: Commitment, seen: list[Mention]) -> Commitment:
    """A day range as the base text states it, unit included ("7–15 days", "3–7 business
    days"): a draft that changes the unit changes the fact."""
    for mention in seen:
        if mention.kind == "range" and mention.key[1:3] == commitment.key[1:3] and mention.key[3]:
            return Commitment(commitment.field, "range", mention.key, commitment.shown)
    return commitment


def _claims(
    scenario: Scenario, values: dict[str, Any], base: str, said: Phrasing
) -> frozenset[str]:
    """What the rendering says has happened, and what that entails; in a language other than
    English, also what the facts in words it shows say read as English (a status typed in
    English: "has arrived in Italy"): a fact supports a claim in any language it is typed in."""
    found = [c.name for c in claims(base, scenario, said)] + [
        claim.name
        for value in (values.values() if said is not stated.ENGLISH else ())
        if isinstance(value, str) and len(value) > 12 and value in base
        for claim in claims(value, scenario, stated.STATUS)
    ]
    return stated.entailed(frozenset(scenario.premises).union(found))


def _written(values: dict[str, Any], locale: str) -> dict[str, str]:
    """Each typed fact as ``locale`` (a language, or ``es-MX``) writes it."""
    found = ((name, notation(locale).equivalents(value)) for name, value in values.items())
    return {name: forms[0] for name, forms in found if forms}


def build(
    scenario: Scenario,
    channel: str,
    base: str,
    values: dict[str, Any],
    given: frozenset[str] | None = None,
    language: str = "en",
    locale: str | None = None,
) -> Ledger:
    """The ledger of ``base``, the rendering of ``values`` for ``scenario`` on ``channel``.
    A name the seller did not give (``given`` says which were) is held only as what it is: a
    signer defaulted from the store's name asks for the store's name (its own commitment), not
    for the default's exact wording. ``language`` is the language ``base`` is written in."""
    ready(language)
    draft, said = Draft(base, language=language), stated.phrasing(language)
    written = _written(values, locale or language) if language != "en" else {}
    commitments: list[Commitment] = []
    known: list[tuple[Any, ...]] = [m.key for m in draft.seen if m.kind in FACT_KINDS]
    known += [("carrier", name) for m in draft.seen if m.kind == "carrier"
              for name in same_carrier(m.key[1])]  # fmt: skip
    for name, value in values.items():
        spec = scenario.fields[name]
        defaulted = given is not None and name not in given
        if (
            spec.keep == "verbatim"
            and spec.type == "name"
            and (defaulted or _role_of(str(value), scenario, values))
        ):
            continue
        held = _gist(spec, value, language, defaulted) or _candidates(spec, value, language)
        for commitment in held:
            if commitment.kind == "item":
                commitment = _distinctive(commitment, draft.folded)
            elif commitment.kind == "range":
                commitment = _with_unit(commitment, draft.seen)
            if name in written and commitment.kind in _NOTED:  # as the language writes it
                commitment = replace(commitment, shown=written[name])
            if draft.keeps(commitment) and commitment not in commitments:
                commitments.append(commitment)
        if spec.type in ID_TYPES:
            known += [("id", item) for item in (value if isinstance(value, list) else [value])]
        elif isinstance(value, str) and spec.type != "email":
            # what a fact in words holds ("the foam went flat after two weeks"), a draft may
            # repeat without inventing it
            known += [m.key for m in mentions(value, language=language) if m.kind in FACT_KINDS]
        elif spec.type == "email":
            known.append(("email", value.lower()))
        else:
            known += _typed_keys(spec, value)
    named = (
        frozenset(offered(base, remedies.phrasing(language)))
        if scenario.recipient == "buyer"
        else frozenset()
    )
    # Only an ``offers`` fact commits a message to remedies: a remedy the text of a scenario
    # without one names ("the replacement we sent you") is a draft's to name or leave out.
    offers: frozenset[str] | None = frozenset() if scenario.recipient == "buyer" else None
    if "offers" in scenario.fields:
        offers = frozenset(values.get("offers") or ())
    if unknown := sorted(set(scenario.premises) - set(stated.NAMES)):
        known_claims = ", ".join(stated.NAMES)
        raise ScenarioError(f"template {scenario.id}: premises: {unknown[0]!r} is no claim"
                            f" (one of {known_claims})")  # fmt: skip
    return Ledger(
        scenario=scenario,
        channel=channel,
        base=base,
        commitments=tuple(commitments),
        known=frozenset(known),
        offers=offers,
        claims=_claims(scenario, values, base, said),
        language=language,
        marketplace=str(values.get("marketplace") or ""),
        elsewhere=counted_elsewhere(scenario, values, base, draft.seen, language),
        # what the rendering names and what the offers bring (the original back), a draft may
        may_offer=(named | remedies.entailed((offers or frozenset()) | named))
        - (offers or frozenset()),
    )


#: Commitment kinds that have notations (a single-day range is a duration).
_NOTED = frozenset({"money", "date", "percent", "range", "duration"})
