"""A Plan of Action that says the violation came to nothing ("none of these buyers accepted the
gift card", "no reviews were posted as a result") states an outcome the seller never gave; a
plan that no buyer be affected again, or an outcome the facts give, invents nothing.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail


def _minimised(sentence: str, facts: dict[str, object] | None = None) -> bool:
    spec = sellermail.get_scenario("appeal-policy-violation")
    given = dict(facts or spec.example)
    text = sellermail.render(spec, given).text
    report = sellermail.check(spec, given, f"{text}\n\n{sentence}")
    return any("outcome no fact gives" in v.detail for v in report.violations)


@pytest.mark.parametrize(
    "sentence",
    [
        "None of the affected buyers accepted the offer.",
        "No reviews were posted as a result of these messages.",
        "No customer complained about the messages.",
        "Not one buyer took up the discount.",
    ],
)
def test_an_outcome_no_fact_gives_is_caught(sentence: str) -> None:
    assert _minimised(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We will make sure that no buyer is offered an incentive again.",
        "No message is sent before our manager approves it.",
        "We found no other messages with the offer.",
    ],
)
def test_a_plan_or_a_finding_is_no_outcome(sentence: str) -> None:
    assert not _minimised(sentence)


def test_an_outcome_the_facts_give_is_kept() -> None:
    spec = sellermail.get_scenario("appeal-policy-violation")
    facts = dict(spec.example)
    facts["root_cause"] = f"{facts['root_cause']}; no reviews were posted as a result"
    assert not _minimised("No reviews were posted as a result.", facts)
