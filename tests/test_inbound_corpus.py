"""The inbound corpus (tests/corpus/inbound/): each message's kind, scenario, language and facts
as its author expected them (expected.yaml). Accuracy over the whole corpus, with a confusion
table, is printed by benchmarks/triage.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from sellermail.triage import triage_file

CORPUS = Path(__file__).parent / "corpus" / "inbound"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load(
    (CORPUS / "expected.yaml").read_text(encoding="utf-8")
)


def test_every_message_of_the_corpus_has_its_expectation() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.suffix in (".eml", ".txt")}
    assert files == set(EXPECTED)
    assert len(files) >= 120


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_message(name: str) -> None:
    want = EXPECTED[name]
    result = triage_file(CORPUS / name)
    got = {"kind": result.kind, "scenario": result.scenario, "language": result.language,
           "facts": result.facts}  # fmt: skip
    expected = {"kind": want["kind"], "scenario": want.get("scenario"),
                "language": want["language"], "facts": want.get("facts") or {}}  # fmt: skip
    assert got == expected
