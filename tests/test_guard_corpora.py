"""The guard on drafts written by two authors who never saw its rules (a policy expert; an
operations manager writing as LLM rewrites come out): it rejects few good drafts and misses
no defect. Measured first untouched (see benchmarks/guard_accuracy.py), then kept here. The
drafts are English (a case's ``language`` says otherwise), whatever the order's marketplace."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import sellermail

CORPORA = Path(__file__).with_name("corpus")
FILES = [CORPORA / "guard-independent" / "cases.yaml", CORPORA / "guard-holdout" / "cases.yaml"]
#: Classes whose rules warn (Plans of Action and letters) rather than block.
WARNED = {"blame_others", "emotional_pleading", "promises_only", "defamation_or_threat"}


def usable(path: Path) -> list[dict[str, Any]]:
    """The cases whose facts still render (drafts of letters written before Revision 2 made
    ``evidence`` required do not)."""
    cases = []
    for case in yaml.safe_load(path.read_text(encoding="utf-8")):
        try:
            sellermail.render(case["scenario"], case["facts"], channel=case["channel"],
                              language=case.get("language", "en"))  # fmt: skip
        except sellermail.SellermailError:
            continue
        cases.append(case)
    return cases


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.parent.name)
def test_few_good_drafts_are_rejected_and_no_defect_is_missed(path: Path) -> None:
    cases = usable(path)
    good = [c for c in cases if c["verdict"] == "good"]
    bad = [c for c in cases if c["verdict"] == "bad"]
    assert len(good) >= 60 and len(bad) >= 40
    rejected, missed = [], []
    for case in cases:
        report = sellermail.check(case["scenario"], case["facts"], case["text"],
                                  channel=case["channel"], language=case.get("language", "en"))  # fmt: skip
        if case["verdict"] == "good" and not report.ok:
            rejected.append(case["id"])
        warned_only = set(case.get("classes") or []) <= WARNED
        caught = not report.ok or (warned_only and bool(report.violations))
        if case["verdict"] == "bad" and not caught:
            missed.append(case["id"])
    assert len(rejected) <= 0.02 * len(good), rejected
    assert missed == []
