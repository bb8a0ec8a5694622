"""How well triage reads what a buyer asks for, refuses, and whether they gave a reason
(triage/said.py with inbound/said.yaml), on messages written apart from those lists.

Usage: python benchmarks/said.py [CASES.yaml]   (default: tests/corpus/said-holdout/cases.yaml)
Each case: language, asks (remedies asked for), refuses, reason (true/false), text.
First measured untouched on 2026-12-06 (48 messages in 7 languages): asked precision 86% and
recall 72%, refused precision 100% and recall 67%, reason right 21/48, 12/48 entirely right.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from sellermail.triage.said import said

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "said-holdout" / "cases.yaml"


def rate(hit: int, total: int) -> str:
    return f"{hit / total:.0%}" if total else "n/a"


def main(path: Path) -> int:
    cases: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    counts = dict.fromkeys(("atp", "afp", "afn", "rtp", "rfp", "rfn", "reason", "right"), 0)
    for case in cases:
        found = said(case["text"])
        asks, refuses = set(case["asks"]), set(case["refuses"])
        wants, refused = set(found.wants), set(found.refuses)
        counts["atp"] += len(asks & wants)
        counts["afp"] += len(wants - asks)
        counts["afn"] += len(asks - wants)
        counts["rtp"] += len(refuses & refused)
        counts["rfp"] += len(refused - refuses)
        counts["rfn"] += len(refuses - refused)
        reason_right = (found.reason is not None) == case["reason"]
        counts["reason"] += reason_right
        right = wants == asks and refused == refuses and reason_right
        counts["right"] += right
        if not right:
            print(f"MISS {case['id']}: asks {sorted(asks)} got {sorted(wants)}; refuses "
                  f"{sorted(refuses)} got {sorted(refused)}; reason {case['reason']} got "
                  f"{found.reason!r}")  # fmt: skip
    c = counts
    print(f"messages: {len(cases)}")
    print(
        f"asked:   precision {rate(c['atp'], c['atp'] + c['afp'])}, recall {rate(c['atp'], c['atp'] + c['afn'])}"
    )
    print(
        f"refused: precision {rate(c['rtp'], c['rtp'] + c['rfp'])}, recall {rate(c['rtp'], c['rtp'] + c['rfn'])}"
    )
    print(f"reason right: {c['reason']}/{len(cases)}; entirely right: {c['right']}/{len(cases)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
