"""A replacement said to be sent already, in any phrasing ("we've already sent out the
replacement", "the replacement has already been dispatched", 交換品の発送手配を済ませております),
is a claim the facts of an exchange do not make; the replacement promised for later is none.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added

_FACTS = {
    "order_id": "405-1234567-1234567",
    "product": "garden hose",
    "offers": ["replacement", "full_refund"],
    "store_name": "Kiefer & Co",
}


def _invented(language: str, sentence: str) -> bool:
    report = with_added("exchange-after-shipment", language, sentence, _FACTS)
    return any(v.kind == "invented_fact" for v in report.violations if v.severity == "block")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Good news: we've already sent out the replacement set."),
        ("en", "Your replacement has already been dispatched."),
        ("en", "The replacement unit was shipped this morning."),
        ("ja", "交換用の商品は本日すでに発送の手配を済ませております。"),
        ("ja", "新しい商品の発送はすでに終えております。"),
    ],
)  # fmt: skip
def test_a_replacement_said_sent_is_invented(language: str, sentence: str) -> None:
    assert _invented(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We will send out the replacement as soon as the original is back."),
        ("en", "Once we have sent out the replacement, you will get a tracking number."),
        ("ja", "返品を確認でき次第、交換用の商品を発送いたします。"),
    ],
)  # fmt: skip
def test_a_replacement_promised_is_no_claim(language: str, sentence: str) -> None:
    assert not _invented(language, sentence)
