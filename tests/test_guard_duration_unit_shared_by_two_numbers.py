"""Two durations after the same word share the unit the first gives ("answered within eight
hours, and problems resolved within twenty-four."): the second keeps its fact; a second number
of another kind, or one changed, is not that fact. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail
from sellermail.compose.catalogue import builtin

SCENARIO = builtin().find("appeal-odr")
_FACTS = {**SCENARIO.example, "response_hours": 8, "resolution_hours": 24}


def _missing(sentence: str) -> list[str]:
    text = sellermail.render(SCENARIO, _FACTS).text
    kept = "\n".join(line for line in text.splitlines() if "within" not in line)
    report = sellermail.check(SCENARIO, _FACTS, f"{kept}\n\n{sentence}")
    return [v.fact for v in report.violations if v.kind == "missing_fact"]


@pytest.mark.parametrize(
    "sentence",
    ["Buyer messages are now answered within eight hours, and problems resolved within twenty-four.",
     "We reply within 8 hours and settle every issue within 24."],
)  # fmt: skip
def test_the_second_number_shares_the_unit(sentence: str) -> None:
    assert "resolution_hours" not in _missing(sentence)


def test_a_changed_second_number_is_not_the_fact() -> None:
    sentence = "We reply within 8 hours and settle every issue within 48."
    assert "resolution_hours" in _missing(sentence)
