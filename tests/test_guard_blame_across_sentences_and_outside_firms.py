"""A Plan of Action blames someone else also when a pronoun names the person the sentence
before introduced ("She ignored our clear instructions", "She is no longer with our company")
and when the other is a firm from outside that "did not tell us"; a plan that owns its checks
is not warned. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import warned_by


@pytest.mark.parametrize(
    "sentence",
    ["The listing was built by a newly hired assistant. She ignored our clear instructions.",
     "He is no longer with our company.",
     "The photos came from an outside photography studio, which edited them and did not tell us.",
     "An external design agency retouched the images more heavily than we had asked."],
)  # fmt: skip
def test_blame_by_pronoun_or_on_an_outside_firm_is_warned(sentence: str) -> None:
    assert "appeal.no-blame-others" in warned_by("appeal-odr", sentence)


def test_a_plan_that_owns_its_checks_is_not_warned() -> None:
    sentence = (
        "We did not check the photos before upload; a second team member now checks each one."
    )
    assert "appeal.no-blame-others" not in warned_by("appeal-odr", sentence)
