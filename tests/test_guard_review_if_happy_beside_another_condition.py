"""Satisfaction is the condition of a review request also when it stands beside another
condition ("if you keep them after all and you're happy with them, we'd love a review");
a review asked of everyone, whatever they think, is not selective. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

TRANSIT = {"tracking_number": "LX123456785CN", "carrier": "USPS", "buyer_name": "Emily"}


@pytest.mark.parametrize(
    "sentence",
    ["And if you end up keeping them after all and you're happy with them, we'd be so grateful "
     "for a review.",
     "Once it has arrived and you are satisfied with it, please leave us a rating."],
)  # fmt: skip
def test_a_second_condition_of_satisfaction_is_selective(sentence: str) -> None:
    assert "review.no-selective-request" in rules_raised("en", sentence, TRANSIT)


def test_a_review_asked_whatever_they_think_is_not_selective() -> None:
    rules = rules_raised(
        "en", "If you keep them and have a moment, we'd welcome an honest review.", TRANSIT
    )
    assert "review.no-selective-request" not in rules
