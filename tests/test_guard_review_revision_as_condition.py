"""A buyer message that makes going over the buyer's review again the condition of what follows
("once you've had a chance to look over your review in light of this, ... we'll process it")
asks for the review to be revised; going over the order or the instructions asks nothing of the
kind. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_RULE = "review.no-manipulation-implied"


@pytest.mark.parametrize(
    "sentence",
    [
        "After you have looked through your review again, reply with the size you want.",
        "When you've gone over your rating in light of our offer, we'll send the new one.",
    ],
)
def test_review_revision_as_condition_is_blocked(sentence: str) -> None:
    assert _RULE in rules_blocking("en", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Once you've had a chance to look over the instructions, let us know if it still sticks.",
        "When you have read through the manual, your feedback on it is welcome at any time.",
    ],
)
def test_going_over_other_things_is_not_blocked(sentence: str) -> None:
    assert _RULE not in rules_blocking("en", sentence)
