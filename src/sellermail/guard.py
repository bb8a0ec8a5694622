"""The guard: a candidate text against the ledger and the channel's policy -> violations.

:func:`guard` is pure (ledger and text in, report out) so it is fast and needs no network.
:func:`check` builds the ledger from a scenario and raw facts first: it is what
``sellermail check`` and the polish loop call.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import catalogue
from .catalogue import Scenario
from .errors import SellermailError
from .ledger import FACT_KINDS, Ledger, build, holds, shows
from .mentions import mentions
from .policy import BLOCK, Finding, channel_finding, lint
from .remedies import offered

KINDS = ("missing_fact", "invented_fact", "offer_mismatch", "placeholder", "policy")
OFFER_WORDS = {"replacement": "a replacement", "full_refund": "a full refund",
               "partial_refund": "a partial refund", "claim_code": "a claim code",
               "resend": "reshipping the order", "return": "a return"}  # fmt: skip

PLACEHOLDER = re.compile(
    r"\[[^\]\n]{1,60}\]|\{\{[^}\n]*\}\}|\{[A-Za-z_ ]{1,40}\}|<(?:your|customer|buyer|insert|name|"
    r"order|tracking|date|amount|product|store|seller)[^<>\n]{0,40}>|_{3,}|\bX{3,}\b|\bN/A\b|"
    r"%[sd]\b|\bTBD\b|\bINSERT\b",
)


@dataclass(frozen=True)
class Violation:
    """One thing wrong with a text."""

    #: One of :data:`KINDS`.
    kind: str
    #: The field concerned, or ``None``.
    fact: str | None
    #: One line, quoting the offending words.
    detail: str
    #: ``block`` or ``warn``.
    severity: str = BLOCK
    #: The policy rule id, for ``policy`` violations.
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "fact": self.fact, "detail": self.detail,
                "severity": self.severity, "rule": self.rule}  # fmt: skip


@dataclass(frozen=True)
class Report:
    violations: tuple[Violation, ...]

    @property
    def ok(self) -> bool:
        """No blocking violation (warnings alone pass)."""
        return not any(v.severity == BLOCK for v in self.violations)

    @property
    def clean(self) -> bool:
        """No violation at all (what ``--strict`` asks for)."""
        return not self.violations

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "violations": [v.to_dict() for v in self.violations]}


def _policy(finding: Finding) -> Violation:
    detail = f'"{finding.words}": {finding.reason}' if finding.words else finding.reason
    return Violation("policy", None, detail, finding.severity, finding.rule)


def guard(ledger: Ledger, text: str) -> Report:
    """Every violation of ``text`` against ``ledger``: facts, offers, blanks, policy."""
    seen = list(mentions(text))
    violations = [
        Violation("missing_fact", c.field, f'{c.field} "{c.shown}" is missing or changed')
        for c in ledger.commitments
        if not shows(text, seen, c)
    ]
    for mention in seen:
        if mention.kind not in FACT_KINDS or holds(ledger.known, mention.key):
            continue
        if mention.kind == "range" and not mention.key[3]:
            continue  # "7-8" alone is not a claim about time
        violations.append(
            Violation("invented_fact", None, f'"{mention.text}" is not among the facts given')
        )
    if ledger.offers is not None:
        found = offered(text)
        violations += [
            Violation("offer_mismatch", "offers", f"adds {OFFER_WORDS[o]}, which is not offered")
            for o in sorted(found - ledger.offers)
        ]
        violations += [
            Violation("offer_mismatch", "offers", f"drops {OFFER_WORDS[o]}, which is offered")
            for o in sorted(ledger.offers - found)
        ]
    violations += [
        Violation("placeholder", None, f'"{m[0]}" is an unfilled blank')
        for m in PLACEHOLDER.finditer(text)
    ]
    findings = lint(ledger.scenario, ledger.channel, text, seen)
    refused = channel_finding(ledger.scenario, ledger.channel)
    violations += [_policy(f) for f in ([refused] if refused else []) + findings]
    return Report(tuple(dict.fromkeys(violations)))


def read_draft(source: str) -> str:
    """A draft from a file path, or from standard input for ``-``."""
    if source == "-":
        import sys

        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SellermailError(f"draft {source!r}: no such file") from None
    except UnicodeDecodeError:
        raise SellermailError(f"draft {source!r}: is not UTF-8 text") from None
    except OSError as exc:
        raise SellermailError(f"draft {source!r}: cannot be read ({exc.strerror})") from None


def ledger_for(
    scenario: str | Scenario,
    facts: Mapping[str, Any] | None = None,
    *,
    channel: str = "amazon",
    templates_dir: Path | None = None,
) -> Ledger:
    """Render ``scenario`` deterministically from ``facts`` and return its ledger. A channel
    the scenario is refused on still gets a ledger (the guard reports the refusal)."""
    from .render import render

    spec = scenario if isinstance(scenario, Scenario) else catalogue.get(scenario, templates_dir)
    message = render(spec, facts or {}, channel=channel, templates_dir=templates_dir,
                     enforce_channel=False)  # fmt: skip
    return build(spec, channel, message.text, message.facts.values)


def check(
    scenario: str | Scenario,
    facts: Mapping[str, Any] | None,
    text: str,
    *,
    channel: str = "amazon",
    templates_dir: Path | None = None,
) -> Report:
    """Check a draft (by a person or a model) of ``scenario`` with ``facts`` on ``channel``."""
    return guard(ledger_for(scenario, facts, channel=channel, templates_dir=templates_dir), text)
