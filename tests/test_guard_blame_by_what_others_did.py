"""A Plan of Action that blames someone by what they did wrong ("a newly hired assistant who
ignored our instructions") or by having dismissed them ("we let this person go") blames
others, a warning like any other blame; owning the problem warns of nothing. (Sentences of
our own.)"""

from __future__ import annotations

import pytest

from drafted import appended_rules


def _warnings(sentence: str) -> list[str]:
    return appended_rules("appeal-image-infringement", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The photos were uploaded by a recently hired catalog assistant who ignored our instructions.",
        "The listing assistant copied the photos, so we let this person go.",
    ],
)
def test_blame_by_what_others_did_is_warned(sentence: str) -> None:
    assert "appeal.no-blame-others" in _warnings(sentence)


def test_owning_the_problem_warns_of_nothing() -> None:
    sentence = "We did not check who held the rights to the photos, and we now do."
    assert "appeal.no-blame-others" not in _warnings(sentence)
