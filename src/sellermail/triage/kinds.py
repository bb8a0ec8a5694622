"""The kinds of inbound message as data (inbound/kinds.yaml): their cue phrases, subjects,
scenarios and scenario rules, read once into one matcher each; and the cue text of a body
(without quotes, labels and relay boilerplate)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sellermail.guard.language import normalise
from sellermail.triage.phrases import Scanner, load, matcher, scanner, split

#: The kinds of the contract, in its order.
MESSAGE_KINDS = (
    "buyer-where-is-my-order", "buyer-tracking-request", "buyer-delivery-time",
    "buyer-return-request", "buyer-size-issue", "buyer-exchange-request", "buyer-how-to-use",
    "buyer-quantity-question", "negative-review", "amazon-account-deactivated",
    "amazon-account-under-review", "amazon-policy-violation", "amazon-authenticity-complaint",
    "amazon-odr-warning", "amazon-a-to-z-claim", "amazon-ip-complaint", "hijacker-alert", "other",
)  # fmt: skip
#: Kinds listed first in a batch report: they put the account or the listing at risk.
URGENT = ("amazon-account-deactivated", "amazon-policy-violation", "amazon-authenticity-complaint",
          "amazon-account-under-review", "amazon-a-to-z-claim", "amazon-ip-complaint",
          "hijacker-alert")  # fmt: skip


@dataclass(frozen=True)
class Rule:
    when: re.Pattern[str]
    scenario: str | None
    policy: str | None
    needs: str | None


@dataclass(frozen=True)
class Model:
    #: Every kind's cue phrases.
    cues: Scanner
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
    rules: dict[str, list[Rule]]
    #: Each kind's cue phrases and their weights.
    by_kind: dict[str, dict[str, float]]


def _rule(spec: dict[str, Any], scenario: str | None) -> Rule:
    when = matcher(split(normalise(spec["when"])))
    return Rule(when, spec.get("scenario", scenario), spec.get("policy"), spec.get("needs"))


@cache
def model() -> Model:
    data = load("kinds")
    weights: dict[str, list[tuple[str, float]]] = {}
    by_kind: dict[str, dict[str, float]] = {}
    subject_kinds: dict[str, list[str]] = {}
    cues: set[str] = set()  # as written, a stem's "*" kept
    subjects: set[str] = set()
    for kind, spec in data["kinds"].items():
        listed: dict[str, float] = {}  # a phrase listed twice for a kind counts its first weight
        for weight, phrases in spec.get("cues", {}).items():
            for phrase in split(normalise(phrases)):
                cues.add(phrase)
                listed.setdefault(phrase.rstrip("*"), float(weight))
        for phrase, weight in listed.items():
            weights.setdefault(phrase, []).append((kind, weight))
        by_kind[kind] = listed
        for phrase in split(normalise(spec.get("subject", ""))):
            subjects.add(phrase)
            subject_kinds.setdefault(phrase.rstrip("*"), []).append(kind)
    rules = {
        kind: [_rule(rule, data["kinds"][kind]["scenario"]) for rule in listed]
        for kind, listed in data.get("scenario_rules", {}).items()
    }
    return Model(
        cues=scanner(cues),
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
        rules=rules,
        by_kind=by_kind,
    )


_QUOTED = re.compile(r"(?m)^[ \t]*>.*$")
_LABELLED = re.compile(r"[ \t]*[:：#]")


@cache
def _wrapper() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load("facts")
    return matcher(split(normalise(data["wrapper_labels"]))), matcher(
        split(normalise(data["wrapper_lines"]))
    )


@dataclass(frozen=True)
class Body:
    """A body's cue text (see :func:`read_body`): as written, normalised on one line, and its
    normalised lines (blank ones kept: they end paragraphs)."""

    kept: str
    plain: str
    lines: list[str]


def read_body(text: str) -> Body:
    """``text`` without quoted lines (``> ...``), relay or notice labels (``Order ID: ...``,
    ``Item: ...``: a product's name says nothing of what the buyer wants) and boilerplate."""
    labels, boilerplate = _wrapper()
    text = _QUOTED.sub("", text)
    kept, plains = [], []
    for line, plain in zip(text.split("\n"), normalise(text, lines=True).split("\n"), strict=True):
        plain = plain.strip()
        label = labels.match(plain)
        if not (label and _LABELLED.match(plain, label.end())) and not boilerplate.match(plain):
            kept.append(line)
            plains.append(plain)
    return Body("\n".join(kept), " ".join(filter(None, plains)), plains)


def contents(text: str) -> tuple[str, str]:
    """:func:`read_body`'s text as written, and normalised on one line."""
    body = read_body(text)
    return body.kept, body.plain
