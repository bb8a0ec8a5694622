"""A Plan of Action that says a staff member left or was dismissed ("the employee responsible
no longer works for us", "we have let the agent go") states a fact the seller never gave; a
plan to train staff, or a departure the facts give, invents nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail


def _departure(sentence: str, facts: dict[str, object] | None = None) -> bool:
    spec = sellermail.get_scenario("appeal-policy-violation")
    given = dict(facts or spec.example)
    text = sellermail.render(spec, given).text
    report = sellermail.check(spec, given, f"{text}\n\n{sentence}")
    return any("left or was dismissed" in v.detail for v in report.violations)


@pytest.mark.parametrize(
    "sentence",
    [
        "The employee responsible no longer works for us.",
        "We have since dismissed the team member who wrote the message.",
        "That staff member resigned shortly afterwards.",
        "We let the new assistant go the same week.",
    ],
)
def test_a_departure_no_fact_gives_is_caught(sentence: str) -> None:
    assert _departure(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Every new team member now completes our policy training in the first week.",
        "We have removed the template from our system.",
        "Our manager reviews every message before it is sent.",
    ],
)
def test_training_or_removing_a_template_says_no_departure(sentence: str) -> None:
    assert not _departure(sentence)


def test_a_departure_the_facts_give_is_kept() -> None:
    spec = sellermail.get_scenario("appeal-policy-violation")
    facts = dict(spec.example)
    facts["corrective_actions"] = [
        *facts.get("corrective_actions", []),
        "We have dismissed the employee who sent the messages",
    ]
    assert not _departure("We have dismissed the employee who sent the messages.", facts)
