"""The word "free" said of the buyer's liberty ("feel free to leave a review", "you're free to
write one") is no gift: a neutral review invitation written that way is not an incentive.
Something free given beside a review asked for still is. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_RULE = "review.no-incentive"


@pytest.mark.parametrize(
    "sentence",
    [
        "Feel free to leave an honest review whenever you like.",
        "Please feel free to share your feedback on the order page.",
        "You're free to write a review, or not, as you prefer.",
        "Whether you leave a rating is up to you; you are free to skip it.",
    ],
)
def test_the_buyers_liberty_is_no_incentive(sentence: str) -> None:
    assert _RULE not in rules_raised("en", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If you leave a review, we will send you a free phone case.",
        "Feel free to leave a review, and we'll ship your next order free.",
        "Write us a review and get a free gift with your next order.",
    ],
)
def test_something_free_beside_a_review_is_still_an_incentive(sentence: str) -> None:
    assert _RULE in rules_raised("en", sentence)
