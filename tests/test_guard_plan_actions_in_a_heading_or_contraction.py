"""A Plan of Action lists the actions taken also under a heading in a contraction or a plain
past ("What we've done:", "What we did:", "Steps we took:"); one that lists none is still
warned. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail
from sellermail.compose.catalogue import builtin

SCENARIO = builtin().find("appeal-odr")
_ROOT = "What went wrong: we did not answer buyer messages for two weeks.\n\n"
_PREVENTION = "\n\nGoing forward: a named team member now answers messages every day."


def _warned(actions: str) -> bool:
    text = f"Hello,\n\n{_ROOT}{actions}{_PREVENTION}\n\nThank you"
    report = sellermail.check(SCENARIO, SCENARIO.example, text)
    return any(v.rule == "appeal.plan-actions" for v in report.violations)


@pytest.mark.parametrize(
    "heading",
    ["What we've done:", "What we did:", "Steps we took:"],
)
def test_actions_under_such_a_heading_are_listed(heading: str) -> None:
    assert not _warned(f"{heading}\n- Contacted both buyers and resolved their orders.")


def test_a_plan_without_actions_is_warned() -> None:
    assert _warned("We are sorry for the trouble this caused.")
