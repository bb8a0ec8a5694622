"""A return request is a recourse a buyer may use like a case or a claim: asking the buyer to
write "rather than opening a return request or a case" steers them away from it; telling them
how to open one does not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

TRANSIT = {"tracking_number": "LX123456785CN", "carrier": "USPS", "buyer_name": "Emily"}


@pytest.mark.parametrize(
    "sentence",
    ["Please message us here first rather than opening a return request or a case with eBay.",
     "Please don't open a return request; just write to us.",
     "Before you file a return request, talk to us."],
)  # fmt: skip
def test_steering_away_from_a_return_request_is_suppression(sentence: str) -> None:
    assert "buyer.no-suppression" in rules_raised("en", sentence, TRANSIT)


def test_explaining_how_to_open_one_is_not() -> None:
    assert "buyer.no-suppression" not in rules_raised(
        "en", "You can open a return request from Your Orders whenever you like.", TRANSIT
    )
