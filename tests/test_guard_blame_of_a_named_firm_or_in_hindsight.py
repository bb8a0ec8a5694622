"""A Plan of Action blames someone else also when it names the other by its firm's legal name
("Xiamen Brightstar Co., Ltd. changed the packaging without informing us"), when it says what
would not have happened had the other acted ("Had our supplier given us notice, the complaint
would never have happened") and when the other acted instead of reading or checking; a plan
that owns the same facts is not warned. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import warned_by


@pytest.mark.parametrize(
    "sentence",
    ["In May, Ningbo Sunrise Trading Co., Ltd. changed the box design without telling us.",
     "Had the carrier scanned the parcel, this claim would never have been filed.",
     "If our supplier had told us about the new label, the complaint would not have happened.",
     "The buyer opened a claim instead of contacting us first."],
)  # fmt: skip
def test_blame_of_a_named_firm_or_in_hindsight_is_warned(sentence: str) -> None:
    assert "appeal.no-blame-others" in warned_by("appeal-odr", sentence)


@pytest.mark.parametrize(
    "sentence",
    ["We buy this model from Ningbo Sunrise Trading Co., Ltd. and now compare every box with the listing.",
     "Had we checked the listing against the new box, this complaint would never have been filed.",
     "We now answer every buyer within eight hours instead of waiting for the next business day."],
)  # fmt: skip
def test_a_plan_owning_the_same_facts_is_not_warned(sentence: str) -> None:
    assert "appeal.no-blame-others" not in warned_by("appeal-odr", sentence)
