"""A Plan of Action blames the buyer also by a guess at their neglect ("the buyer does not appear
to have read the bullet points") or by saying they went past the seller ("went straight to a
claim instead of giving us a chance to reply"); a plan that owns the slow reply is not warned.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import warned_by


@pytest.mark.parametrize(
    "sentence",
    [
        "The customer does not seem to have read the size chart.",
        "The buyer appears not to have checked the description before ordering.",
        "The buyer opened a claim instead of giving us time to answer.",
        "The customer went straight to Amazon rather than allowing us to fix it.",
        "The buyer doesn't appear to have looked at the photos closely.",
        "The customer went straight to an A-to-z claim without giving us a chance to respond.",
        "The shopper filed a complaint rather than giving us the opportunity to help.",
    ],
)
def test_blame_by_guessed_neglect_or_bypassing_is_warned(sentence: str) -> None:
    assert "appeal.no-blame-others" in warned_by("appeal-odr", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We did not answer the buyer's message for three days, which is our failure.",
        "We now read every buyer message within 12 hours instead of once a week.",
        "Our team went straight to work on a new photo checklist.",
        "We went straight to the warehouse and checked every unit in stock.",
    ],
)
def test_owning_the_slow_reply_is_not_warned(sentence: str) -> None:
    assert "appeal.no-blame-others" not in warned_by("appeal-odr", sentence)
