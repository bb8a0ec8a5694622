"""The tests' one way of judging a sentence in a message: a scenario rendered from its facts in
a language (on that language's own marketplace), the sentence added as its last line, and the
report of checking it; or a draft of one's own checked the same way."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

import sellermail
from sellermail.compose.notation import home_marketplace

#: The in-transit message's facts: an Amazon order and a parcel on its way.
IN_TRANSIT = {"order_id": "405-1234567-1234567", "tracking_number": "LX123456785CN"}


def with_added(
    scenario: str,
    language: str,
    added: str = "",
    facts: Mapping[str, Any] | None = None,
    channel: str = "amazon",
) -> sellermail.Report:
    """The report on ``scenario``'s message in ``language`` with ``added`` as its last line;
    written from ``facts`` (default: the scenario's example) on the language's marketplace."""
    spec = sellermail.get_scenario(scenario)
    given = _on_home(spec, language, facts)
    text = sellermail.render(spec, given, channel=channel, language=language).body
    draft = f"{text}\n{added}" if added else text
    return sellermail.check(spec, given, draft, channel=channel, language=language)


def checked(
    scenario: str,
    language: str,
    draft: str,
    facts: Mapping[str, Any] | None = None,
    channel: str = "amazon",
) -> sellermail.Report:
    """The report on ``draft``, a message of ``scenario`` written in ``language`` from ``facts``
    (default: the scenario's example) on the language's marketplace."""
    spec = sellermail.get_scenario(scenario)
    given = _on_home(spec, language, facts)
    return sellermail.check(spec, given, draft, channel=channel, language=language)


def _on_home(
    spec: sellermail.Scenario, language: str, facts: Mapping[str, Any] | None
) -> dict[str, Any]:
    """``facts`` (default: ``spec``'s example) on ``language``'s own marketplace."""
    given = dict(spec.example if facts is None else facts)
    given["marketplace"] = home_marketplace(language) or "Amazon.com"
    return given


def blocking(report: sellermail.Report) -> list[str]:
    """What blocks ``report``'s draft, each as its detail."""
    return [v.detail for v in report.violations if v.severity == "block"]


@cache
def guard_texts() -> tuple[str, ...]:
    """The text of every draft in tests/corpus/guard*/cases.yaml (read once per test run)."""
    texts: list[str] = []
    for path in sorted((Path(__file__).parent / "corpus").glob("guard*/cases.yaml")):
        texts += [case["text"] for case in yaml.safe_load(path.read_text("utf-8")) or []]
    return tuple(texts)


#: A parcel on its way in Japan: the message the Japanese blank tests add a sentence to.
TRANSIT_JA = {"tracking_number": "LX123456785CN", "carrier": "ヤマト運輸", "buyer_name": "西村 優"}


def japanese_blanks(sentence: str) -> list[str]:
    """The placeholders found in a Japanese parcel-on-its-way message with ``sentence`` added."""
    report = with_added("shipping-in-transit", "ja", sentence, TRANSIT_JA)
    return [v.detail for v in report.violations if v.kind == "placeholder"]


#: A parcel on its way: the buyer message the conduct tests add a sentence of their own to.
TRANSIT = {"tracking_number": "LX123456785CN", "carrier": "USPS", "buyer_name": "Emily"}


def rules_raised(
    language: str, sentence: str, facts: dict[str, object] = TRANSIT
) -> set[str | None]:
    """Every rule a parcel-on-its-way message (of ``facts``) in ``language`` with ``sentence``
    added breaks, blocking or warning."""
    report = with_added("shipping-in-transit", language, sentence, facts)
    return {v.rule for v in report.violations}


def rules_blocking(language: str, sentence: str) -> set[str | None]:
    """The rules that block a parcel-on-its-way message in ``language`` with ``sentence``
    added."""
    report = with_added("shipping-in-transit", language, sentence, TRANSIT)
    return {v.rule for v in report.violations if v.severity == "block"}


def appended_rules(scenario: str, sentence: str) -> list[str]:
    """Every policy rule (warnings included) raised by ``scenario``'s English rendering from its
    example facts with ``sentence`` added as a paragraph of its own (an appeal, a letter)."""
    spec = sellermail.get_scenario(scenario)
    text = sellermail.render(spec, spec.example).text
    report = sellermail.check(spec, spec.example, f"{text}\n\n{sentence}")
    return [v.rule or "" for v in report.violations if v.kind == "policy"]


def warned_by(scenario: str, sentence: str) -> set[str | None]:
    """The rules that warn about ``scenario``'s English rendering from its example facts, sent
    by e-mail, with ``sentence`` added as a paragraph of its own (an appeal, a letter)."""
    spec = sellermail.get_scenario(scenario)
    facts = dict(spec.example)
    text = sellermail.render(spec, facts, channel="email").text
    report = sellermail.check(spec, facts, f"{text}\n\n{sentence}", channel="email")
    return {v.rule for v in report.violations if v.severity == "warn"}


def invented_with_status(language: str, sentence: str, status: str) -> bool:
    """Whether a parcel-on-its-way message in ``language`` whose facts give ``status``, with
    ``sentence`` added, is reported inventing a fact (a claim the status does not support)."""
    facts = {**sellermail.get_scenario("shipping-in-transit").example, "status": status}
    report = with_added("shipping-in-transit", language, sentence, facts)
    return any(v.kind == "invented_fact" for v in report.violations)
