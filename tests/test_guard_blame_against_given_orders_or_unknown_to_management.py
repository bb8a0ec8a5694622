"""A Plan of Action blames a member of staff when it says they acted against the orders they
were given, however named ("against the instructions he had received", "despite explicit
training", "even though she had been told not to"), or kept the act from those who run the
business, in any construction ("without management's knowledge", "unbeknownst to management",
"our managers were never informed"). All warn; the seller's own breach of the marketplace's
policy, its training and its approvals as measures warn of nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import appended_rules


def _warnings(sentence: str) -> list[str]:
    return appended_rules("appeal-image-infringement", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A junior editor copied the pictures against the instructions he had received.",
        "Despite explicit training, the new assistant used photos from another shop.",
        "The images were taken from a supplier's site even though she had been told not to.",
        "Ignoring the clear directions she had been given, the temp grabbed images online.",
        "The photos were uploaded without the manager's approval.",
        "This happened without management's knowledge.",
        "Unbeknownst to management, the freelancer reused the photos.",
        "Our managers were never informed that the photos had been changed.",
    ],
)
def test_orders_breached_or_act_kept_from_management_is_warned(sentence: str) -> None:
    assert "appeal.no-blame-others" in _warnings(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We uploaded images contrary to Amazon's policy, and we take full responsibility.",
        "All listing staff have been trained to record the source of every image.",
        "Management now approves every new image before it goes live.",
    ],
)
def test_owning_the_breach_warns_of_nothing(sentence: str) -> None:
    assert "appeal.no-blame-others" not in _warnings(sentence)
