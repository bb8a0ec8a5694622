"""A Plan of Action that says another neglected something (the buyer "relied on the photos
alone", "filed without waiting for our reply") or acted against the seller's rules or behind
management's back blames others, a warning; the seller owning the same neglect warns of
nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import appended_rules


def _warnings(sentence: str) -> list[str]:
    return appended_rules("appeal-image-infringement", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The customer seems to have relied only on the main image when ordering.",
        "The buyer opened the claim without first contacting our support team.",
        "Our supplier never checked the certificates it sent with the goods.",
        "A junior employee, in violation of our documented procedures, used the images.",
        "The assistant published the listing without informing our managers.",
        "The photos were added contrary to our clear internal guidelines.",
    ],
)
def test_neglect_or_breach_by_another_is_warned(sentence: str) -> None:
    assert "appeal.no-blame-others" in _warnings(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We did not check the supplier's images before we used them, and we accept this.",
        "We relied on photos we had not verified, which was our mistake.",
        "We published the listing without checking who held the rights to the photos.",
        "The buyer's message went unanswered because we had no second agent.",
    ],
)
def test_owned_neglect_warns_of_nothing(sentence: str) -> None:
    assert "appeal.no-blame-others" not in _warnings(sentence)
