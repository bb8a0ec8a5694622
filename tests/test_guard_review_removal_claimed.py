"""A message that says a buyer's review or feedback has been removed or changed claims what no
fact supports (an invented fact), however the removal is phrased; asking nothing of the kind,
or saying it has not happened, claims nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail
from drafted import appended_rules, blocking


def _blocks(scenario: str, sentence: str) -> list[str]:
    spec = sellermail.get_scenario(scenario)
    text = sellermail.render(spec, spec.example).text
    return blocking(sellermail.check(spec, spec.example, f"{text}\n\n{sentence}"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Both buyers have since withdrawn their negative feedback.",
        "The one-star review was deleted by the customer last week.",
        "Three of the customers have already updated their ratings after our call.",
        "All of the negative feedback has now been removed.",
    ],
)
def test_review_said_removed_is_blocked(sentence: str) -> None:
    assert any("review or feedback" in d for d in _blocks("appeal-odr", sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "None of the buyers has removed their feedback, and we have not asked them to.",
        "We have removed the defective batch from our inventory.",
    ],
)
def test_no_removal_claimed(sentence: str) -> None:
    assert not any("review or feedback" in d for d in _blocks("appeal-odr", sentence))
    assert "appeal.no-blame-others" not in appended_rules("appeal-odr", sentence)
