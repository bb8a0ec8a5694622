"""The guard's table-driven corpus: hand-written rewrites, good and bad, of every scenario.

Each case in ``corpus/guard_cases.yaml`` is a full draft of one scenario's message with the
violations the spec (``scenarios.md`` and issue 3) says it has. ``expect: []`` is a valid
rewrite: the guard must pass it. Otherwise every expected violation must be reported (same
kind, and the same field or policy rule when the case names one), and no blocking violation
of a kind the case does not expect may be reported.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

import sellermail
from sellermail.compose import catalogue
from sellermail.guard.verdict import VIOLATION_KINDS as KINDS

CORPUS = Path(__file__).with_name("corpus") / "guard_cases.yaml"
CASES: list[dict[str, Any]] = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
CASE_KEYS = {"id", "scenario", "channel", "facts", "text", "expect"}
EXPECT_KEYS = {"kind", "fact", "rule"}


def _facts(case: dict[str, Any]) -> dict[str, Any]:
    if case.get("facts") is not None:
        return case["facts"]
    return dict(catalogue.get(case["scenario"]).example)


def _describe(report: sellermail.Report) -> str:
    if not report.violations:
        return "  (none)"
    return "\n".join(
        f"  - {v.severity} {v.kind}"
        + (f" [{v.fact}]" if v.fact else "")
        + (f" <{v.rule}>" if v.rule else "")
        + f": {v.detail}"
        for v in report.violations
    )


def _matches(expected: dict[str, Any], violation: sellermail.Violation) -> bool:
    if violation.kind != expected["kind"]:
        return False
    if "fact" in expected and violation.fact != expected["fact"]:
        return False
    return "rule" not in expected or violation.rule == expected["rule"]


def test_the_corpus_is_well_formed_and_covers_every_scenario() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    scenarios = {s.id for s in catalogue.scenarios()}
    valid: Counter[str] = Counter()
    defective: Counter[str] = Counter()
    for case in CASES:
        assert set(case) <= CASE_KEYS, case["id"]
        assert {"id", "scenario", "text", "expect"} <= set(case), case["id"]
        assert case["scenario"] in scenarios, case["id"]
        assert isinstance(case["expect"], list), case["id"]
        for item in case["expect"]:
            assert set(item) <= EXPECT_KEYS and item["kind"] in KINDS, case["id"]
            assert ("rule" in item) == (item["kind"] == "policy"), case["id"]
            if item["kind"] in ("missing_fact", "offer_mismatch"):
                assert "fact" in item, case["id"]
            if item["kind"] == "offer_mismatch":
                assert item["fact"] == "offers", case["id"]
        (defective if case["expect"] else valid)[case["scenario"]] += 1
    assert len(CASES) >= 180
    for scenario in scenarios:
        assert valid[scenario] >= 2, scenario
        assert defective[scenario] >= 3, scenario
        assert valid[scenario] + defective[scenario] >= 6, scenario


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_guard_case(case: dict[str, Any]) -> None:
    report = sellermail.check(case["scenario"], _facts(case), case["text"],
                              channel=case.get("channel", "amazon"),
                              language=case.get("language", "en"))  # fmt: skip
    expected: list[dict[str, Any]] = case["expect"]
    found = _describe(report)
    if not expected:
        assert report.ok, f"a valid rewrite was rejected:\n{found}"
        return
    missed = [item for item in expected if not any(_matches(item, v) for v in report.violations)]
    assert not missed, f"not reported: {missed}\nreported:\n{found}"
    kinds = {item["kind"] for item in expected}
    extra = [v for v in report.violations if v.severity == "block" and v.kind not in kinds]
    assert not extra, f"unexpected blocking violations:\n{found}"
