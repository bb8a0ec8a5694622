"""Triage: what an inbound message is, which scenario answers it, the facts it carries.

Offline and deterministic. The kinds, their scenarios and their cue phrases are data
(inbound/kinds.yaml). How a message is classified:

1. The cue text is the subject and the body without quoted lines (``> ...``), relay or notice
   labels (``Order ID:``, ``Item:``: a product's name says nothing of what the buyer wants) and
   boilerplate. One scan finds every cue phrase (:mod:`sellermail.phrases`); each phrase found
   adds its weight to its kind, once (a negative weight speaks against the kind). A kind's
   subject phrase found in the Subject adds :data:`SUBJECT_WEIGHT` (notice shape).
2. Boundaries: a kind whose anchor is found (a score of :data:`NOTICE_ANCHOR`) weakens the kinds
   it dominates to :data:`DOMINATED_FACTOR` (an item that does not fit is a size issue, whatever
   else the buyer asks).
3. Shape: in a buyer's writing (a relay wrapper or a relay address) the marketplace-notice
   kinds count :data:`BUYER_NOTICE_FACTOR`; in a notice whose anchor is found (an A-to-z claim
   quoting the buyer) the buyer kinds count :data:`NOTICE_BUYER_FACTOR`.
4. Confidence, with ``top`` the best score and ``second`` the next:
   ``strength = 1 - exp(-top / STRENGTH_SCALE)`` (the evidence: one topical word gives about
   0.4, one strong cue about 0.6, three about 0.95) and
   ``confidence = strength * (1 - CONFLICT_SHARE * second / top)`` (two kinds tied keep 40%).
   The kind is ``other`` when the cues are absent or too weak (``top`` below
   :data:`MIN_SCORE`), tied, or in conflict (a confidence below :data:`THRESHOLD`); the
   confidence is then the low figure that sent it there.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sellermail.triage.extract import extract
from sellermail.triage.language import detect
from sellermail.triage.message import Message, read_message
from sellermail.triage.phrases import NUMBER, load, matcher, normalise, split
from sellermail.triage.said import Said, said

#: The kinds of the contract, in its order.
MESSAGE_KINDS = (
    "buyer-where-is-my-order", "buyer-tracking-request", "buyer-delivery-time",
    "buyer-return-request", "buyer-size-issue", "buyer-exchange-request", "buyer-how-to-use",
    "buyer-quantity-question", "negative-review", "amazon-account-deactivated",
    "amazon-account-under-review", "amazon-odr-warning", "amazon-a-to-z-claim",
    "amazon-ip-complaint", "hijacker-alert", "other",
)  # fmt: skip
#: Kinds listed first in a batch report: they put the account or the listing at risk.
URGENT = ("amazon-account-deactivated", "amazon-account-under-review", "amazon-a-to-z-claim",
          "amazon-ip-complaint", "hijacker-alert")  # fmt: skip
SUBJECT_WEIGHT = 5.0
BUYER_NOTICE_FACTOR = 0.5
NOTICE_BUYER_FACTOR = 0.5
#: A notice kind scoring this much makes the message a notice (its anchor phrase is there).
NOTICE_ANCHOR = 6.0
#: What a dominated kind's score counts once the kind that dominates it has its anchor.
DOMINATED_FACTOR = 0.5
#: The least score a kind needs (a lone hint is no case).
MIN_SCORE = 2.0
STRENGTH_SCALE = 4.0
CONFLICT_SHARE = 0.6
THRESHOLD = 0.2

SUFFIXES = (".eml", ".txt")


@dataclass(frozen=True)
class Triage:
    """What a message is (``kind``), how sure triage is, what answers it, and its facts."""

    kind: str
    confidence: float
    scenario: str | None
    facts: dict[str, Any]
    language: str
    #: One line on how the result was reached when it is worth saying (a model's failure).
    note: str | None = field(default=None, compare=False)
    #: The buyer's own words and what they ask for (remedies wanted or refused, a reason);
    #: not part of the JSON contract.
    said: Said | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: kind, confidence, scenario, facts, language."""
        return {"kind": self.kind, "confidence": self.confidence, "scenario": self.scenario,
                "facts": self.facts, "language": self.language}  # fmt: skip


@dataclass(frozen=True)
class _Model:
    cues: re.Pattern[str]
    weights: dict[str, list[tuple[str, float]]]
    subjects: re.Pattern[str]
    subject_kinds: dict[str, list[str]]
    notice_kinds: frozenset[str]
    #: Kinds that never concern a buyer: a name signing them is no buyer's.
    no_buyer: frozenset[str]
    dominates: dict[str, list[str]]
    notice: re.Pattern[str]
    relay: re.Pattern[str]
    scenarios: dict[str, str | None]
    scenario_without_tracking: dict[str, str]


@cache
def _model() -> _Model:
    data = load("kinds")
    weights: dict[str, list[tuple[str, float]]] = {}
    subject_kinds: dict[str, list[str]] = {}
    cues: set[str] = set()  # as written, a stem's "*" kept
    subjects: set[str] = set()
    for kind, spec in data["kinds"].items():
        for weight, phrases in spec.get("cues", {}).items():
            for phrase in split(normalise(phrases)):
                cues.add(phrase)
                weights.setdefault(phrase.rstrip("*"), []).append((kind, float(weight)))
        for phrase in split(normalise(spec.get("subject", ""))):
            subjects.add(phrase)
            subject_kinds.setdefault(phrase.rstrip("*"), []).append(kind)
    return _Model(
        cues=matcher(sorted(cues)),
        weights=weights,
        subjects=matcher(sorted(subjects)),
        subject_kinds=subject_kinds,
        notice_kinds=frozenset(k for k, spec in data["kinds"].items() if spec.get("notice")),
        no_buyer=frozenset(k for k, spec in data["kinds"].items() if spec.get("buyer") is False),
        dominates={
            k: split(spec["dominates"])
            for k, spec in data["kinds"].items()
            if spec.get("dominates")
        },
        notice=matcher(split(normalise(data["notice_phrases"]))),
        relay=matcher(split(normalise(data["relay_phrases"]))),
        scenarios={kind: spec.get("scenario") for kind, spec in data["kinds"].items()},
        scenario_without_tracking={
            kind: spec["scenario_without_tracking"]
            for kind, spec in data["kinds"].items()
            if "scenario_without_tracking" in spec
        },
    )


_DIGITS = re.compile(r"\d+")
_JAPAN = re.compile(r"(?i)amazon\.co\.jp|\.jp\b|円|様")
_QUOTED = re.compile(r"(?m)^[ \t]*>.*$")
_LABELLED = re.compile(r"[ \t]*[:：#]")


@cache
def _wrapper() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load("facts")
    return matcher(split(normalise(data["wrapper_labels"]))), matcher(
        split(normalise(data["wrapper_lines"]))
    )


def contents(text: str) -> tuple[str, str]:
    """``text`` without quoted lines (``> ...``), relay or notice labels (``Order ID: ...``,
    ``Item: ...``: a product's name says nothing of what the buyer wants) and boilerplate; as
    written, and normalised on one line."""
    labels, boilerplate = _wrapper()
    text = _QUOTED.sub("", text)
    kept, plains = [], []
    for line, plain in zip(text.split("\n"), normalise(text, lines=True).split("\n"), strict=True):
        plain = plain.strip()
        label = labels.match(plain)
        if not (label and _LABELLED.match(plain, label.end())) and not boilerplate.match(plain):
            kept.append(line)
            if plain:
                plains.append(plain)
    return "\n".join(kept), " ".join(plains)


def cue_text(message: Message) -> str:
    """The text cue phrases are looked for in (see the module docstring), normalised."""
    return f"{normalise(message.subject)} {contents(message.body)[1]}"


def scores(message: Message, text: str | None = None) -> dict[str, float]:
    """Each kind's weighed score (see the module docstring); ``text``: its cue text if known."""
    model = _model()
    text = cue_text(message) if text is None else text
    totals = dict.fromkeys(MESSAGE_KINDS, 0.0)
    found = {m.group() for m in model.cues.finditer(text)}
    keys = {p if p in model.weights else _DIGITS.sub(NUMBER, p) for p in found}  # "{n} sets"
    for kind, weight in (pair for key in keys for pair in model.weights.get(key, ())):
        totals[kind] += weight
    subject = normalise(message.subject)
    for kind in {k for m in model.subjects.finditer(subject) for k in model.subject_kinds[m[0]]}:
        totals[kind] += SUBJECT_WEIGHT
    where = f"{message.sender} {message.address}".lower()
    relay = message.buyer_text is not None or "marketplace" in where or model.relay.search(text)
    anchored = max(totals[kind] for kind in model.notice_kinds) >= NOTICE_ANCHOR
    for kind, dominated in model.dominates.items():
        if totals[kind] >= NOTICE_ANCHOR:
            for other in dominated:
                totals[other] *= DOMINATED_FACTOR
    for kind in totals:
        totals[kind] = max(0.0, totals[kind])
        if relay and kind in model.notice_kinds:
            totals[kind] *= BUYER_NOTICE_FACTOR
        elif anchored and not relay and kind.startswith("buyer-"):
            totals[kind] *= NOTICE_BUYER_FACTOR
    return totals


def is_notice(message: Message, text: str | None = None) -> bool:
    """Whether the marketplace wrote ``message`` (its address, or a notification's phrases)."""
    model = _model()
    if message.buyer_text is not None or "marketplace" in message.address.lower():
        return False
    text = cue_text(message) if text is None else text
    return "amazon" in message.address.lower() or bool(model.notice.search(text))


def classify(message: Message, text: str | None = None) -> tuple[str, float]:
    """The kind and the confidence (see the module docstring)."""
    ranked = sorted(scores(message, text).items(), key=lambda item: -item[1])
    (kind, top), (_, second) = ranked[0], ranked[1]
    if top <= 0:
        return "other", 0.0
    strength = 1 - math.exp(-top / STRENGTH_SCALE)
    confidence = round(strength * (1 - CONFLICT_SHARE * (second / top)), 2)
    chosen = top >= MIN_SCORE and second < top and confidence >= THRESHOLD
    return (kind if chosen else "other"), confidence


def scenario_for(kind: str, facts: dict[str, Any]) -> str | None:
    """The scenario that answers ``kind``, given the facts known."""
    model = _model()
    if kind in model.scenario_without_tracking and not facts.get("tracking_number"):
        return model.scenario_without_tracking[kind]
    return model.scenarios.get(kind)


def triage(message: Message) -> Triage:
    """Classify ``message`` and extract its facts, offline."""
    body, body_plain = contents(message.body)
    writer, plain = (
        (body, body_plain) if message.buyer_text is None else contents(message.buyer_text)
    )
    cues = f"{normalise(message.subject)} {body_plain}"
    language = detect(writer, plain)
    if language == "zh" and _JAPAN.search(f"{message.address}\n{message.body}"):
        language = "ja"  # Chinese characters alone, from a Japanese marketplace
    facts = extract(message, language, writer=writer, notice=is_notice(message, cues))
    kind, confidence = classify(message, cues)
    if kind in _model().no_buyer:
        facts.pop("buyer_name", None)  # a colleague's note or a team's sign-off
    return Triage(kind, confidence, scenario_for(kind, facts), facts, language, said=said(writer))


def triage_file(source: str | Path) -> Triage:
    """Triage the message in file ``source`` (``-``: standard input)."""
    return triage(read_message(source))


def report_order(kind: str) -> int:
    """Where ``kind`` goes in a batch report: urgent kinds first, then the contract's order."""
    return URGENT.index(kind) if kind in URGENT else len(URGENT) + MESSAGE_KINDS.index(kind)
