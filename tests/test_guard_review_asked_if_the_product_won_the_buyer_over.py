"""A review asked only if the product has won the buyer over, convinced or impressed them, in
any tense ("if the cables have won you over", "should the lamp impress you"), is selective; the
same words in the negative ("if it hasn't convinced you") or as a mere hope ask for no review.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

SELECTIVE = {"review.no-selective-request", "review.no-positive-request"}


@pytest.mark.parametrize(
    "sentence",
    ["And if the new cables have won you over, a few words on the product page would mean a lot.",
     "If the kettle has convinced you, we'd be grateful for a review.",
     "Should the lamp win you over, a short review would help other buyers.",
     "If the backpack has impressed you, please consider leaving a rating.",
     "Once the blender has won you over, we'd love to hear your thoughts on Amazon.",
     "If the speaker impressed you, a few lines on the listing page would help us.",
     "If our replacement charger managed to win you over, a quick review would make our day.",
     "If the new headphones convinced you after all, please share your experience in a review.",
     "Should the mug have won you over by now, we'd welcome your feedback on the product page."],
)  # fmt: skip
def test_a_review_asked_if_the_product_won_the_buyer_over_is_selective(sentence: str) -> None:
    assert rules_blocking("en", sentence) & SELECTIVE


@pytest.mark.parametrize(
    "sentence",
    ["If the cables have not won you over, just reply and we'll make it right.",
     "If the kettle hasn't convinced you, tell us and we will send a refund.",
     "We hope the lamp wins you over; if anything is wrong, just reply here.",
     "If the speaker didn't impress you, let us know what went wrong."],
)  # fmt: skip
def test_a_product_that_did_not_win_the_buyer_over_asks_for_no_review(sentence: str) -> None:
    assert not rules_blocking("en", sentence) & SELECTIVE
