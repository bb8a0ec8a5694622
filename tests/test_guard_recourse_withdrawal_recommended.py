"""Withdrawing a return, claim or case put to the buyer as the quicker, easier or advised way
("it's simpler for you to withdraw the claim", "we'd recommend cancelling the return") steers
them away from it, like asking outright. A message that only says how a return works does not.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "It will be simpler for you to withdraw the claim and write to us here."),
        ("en", "We'd recommend cancelling your return request while we look into this."),
        ("en", "You might try retracting the case first, it saves a lot of time."),
        ("ja", "返品リクエストを一度取り下げていただいたほうがスムーズです。"),
    ],
)
def test_withdrawal_recommended_is_suppression(language: str, sentence: str) -> None:
    assert "buyer.no-suppression" in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "If you would like to send it back, the return label is in your orders."),
        ("en", "Once we receive the return, we refund you within two days."),
        ("ja", "返品をご希望の場合は、注文履歴から手続きいただけます。"),
    ],
)
def test_how_a_return_works_is_no_suppression(language: str, sentence: str) -> None:
    assert "buyer.no-suppression" not in rules_raised(language, sentence)
