"""The product working as it should, as the condition of a review ("if the new kettle is
working the way it should, a review would help us"), asks a satisfied buyer alone; its
negation does not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised


@pytest.mark.parametrize(
    "sentence",
    [
        "If the new kettle is working the way it should, a review would help us a lot.",
        "Once it's working properly, we'd love to read your review.",
        "If everything is working as expected, please consider leaving feedback.",
    ],
)
def test_working_as_it_should_as_the_condition_of_a_review(sentence: str) -> None:
    assert "review.no-selective-request" in rules_raised("en", sentence)


def test_not_working_is_no_such_condition() -> None:
    sentence = "If it is not working properly, tell us here before you write a review."
    assert "review.no-selective-request" not in rules_raised("en", sentence)


def test_not_working_contracted_is_no_such_condition() -> None:
    sentence = "If it isn't working properly, tell us here before you write a review."
    assert "review.no-selective-request" not in rules_raised("en", sentence)
