"""The guard's accuracy on a corpus of drafts written apart from its rules: how many good
drafts it rejects (false rejects) and how many defective ones it lets through (misses).

Usage: python benchmarks/guard_accuracy.py [CASES.yaml ...]
(default: tests/corpus/guard-independent/cases.yaml). Each case: scenario, channel, facts,
verdict (good | bad), classes (what is wrong with a bad draft), text.

A good draft is rejected when the guard blocks it. A bad draft is caught when the guard blocks
it, or, for the classes whose rules only warn (Plans of Action and letters), when it warns.
Targets (issue 12): no missed defect; at most 5% of good drafts rejected (goal 2%).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

import sellermail

DEFAULT = (
    Path(__file__).resolve().parents[1] / "tests" / "corpus" / "guard-independent" / "cases.yaml"
)
#: Classes whose rules warn rather than block (a warning catches them).
WARNED = {"blame_others", "emotional_pleading", "promises_only", "defamation_or_threat"}


def judge(case: dict[str, Any]) -> tuple[bool, bool, list[str]]:
    """(blocked, warned, one line per violation) for one case."""
    report = sellermail.check(case["scenario"], case.get("facts") or {}, case["text"],
                              channel=case.get("channel", "amazon"),
                              language=case.get("language", "en"))  # fmt: skip
    lines = [
        f"{v.severity} {v.kind} {v.rule or v.fact or ''}: {v.detail}" for v in report.violations
    ]
    return not report.ok, bool(report.violations), lines


def main(paths: list[Path]) -> int:
    cases: list[dict[str, Any]] = []
    for path in paths:
        cases += yaml.safe_load(path.read_text(encoding="utf-8"))
    good = [c for c in cases if c["verdict"] == "good"]
    bad = [c for c in cases if c["verdict"] == "bad"]
    rejected, missed, errors = [], [], []
    by_class: Counter[str] = Counter()
    caught_class: Counter[str] = Counter()
    for case in cases:
        try:
            blocked, warned, lines = judge(case)
        except sellermail.SellermailError as exc:
            errors.append((case["id"], str(exc)))
            continue
        if case["verdict"] == "good" and blocked:
            rejected.append((case["id"], lines))
        if case["verdict"] == "bad":
            classes = case.get("classes") or []
            only_warned = bool(classes) and set(classes) <= WARNED
            caught = blocked or (only_warned and warned)
            for name in classes:
                by_class[name] += 1
                caught_class[name] += caught
            if not caught:
                missed.append((case["id"], classes))
    print(f"cases: {len(cases)} ({len(good)} good, {len(bad)} bad); unusable: {len(errors)}")
    rate = len(rejected) / len(good) if good else 0.0
    print(f"good drafts rejected: {len(rejected)}/{len(good)} = {rate:.1%} (target <= 5%, goal 2%)")
    print(f"defective drafts missed: {len(missed)}/{len(bad)} (target 0)")
    for name in sorted(by_class):
        print(f"  {name:32s} caught {caught_class[name]}/{by_class[name]}")
    for case_id, lines in rejected:
        print(f"REJECTED {case_id}:", *lines, sep="\n    ")
    for case_id, classes in missed:
        print(f"MISSED {case_id}: {', '.join(classes)}")
    for case_id, problem in errors:
        print(f"UNUSABLE {case_id}: {problem}")
    return 0


if __name__ == "__main__":
    sys.exit(main([Path(p) for p in sys.argv[1:]] or [DEFAULT]))
