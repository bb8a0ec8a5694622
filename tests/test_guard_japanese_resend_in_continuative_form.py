"""Japanese joins a resend to the next offer with the verb's continuative form and a comma
(商品を改めて発送し、あわせて…を返金いたします): the order sent again is offered, as with
発送いたします. A sending only tried (発送しようと) offers none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

FACTS = {"buyer_name": "森 花子", "order_id": "250-1234567-7654321", "partial_refund": "500",
         "offers": ["resend", "partial_refund"], "marketplace": "Amazon.co.jp",
         "store_name": "木漏れ日堂"}  # fmt: skip


def _offer_blocks(sentence: str) -> list[str]:
    text = (f"森 花子 様\n\nご注文（250-1234567-7654321）について、{sentence}"
            "あわせて500円をご返金いたします。\n\n木漏れ日堂")  # fmt: skip
    report = sellermail.check("wrong-address", FACTS, text, language="ja")
    return [v.detail for v in report.violations if v.kind == "offer_mismatch"]


@pytest.mark.parametrize(
    "sentence",
    ["正しいご住所へ商品をもう一度お送りし、", "お荷物を再度発送いたし、",
     "ご注文商品を新たに出荷し、", "改めて商品を無料でお送りし、",
     "あらためてお荷物を発送させていただき、", "もう一度無償にて商品を発送し、"],
)  # fmt: skip
def test_a_resend_joined_by_a_comma_is_offered(sentence: str) -> None:
    assert not _offer_blocks(sentence)


def test_a_sending_only_tried_offers_no_resend() -> None:
    blocks = _offer_blocks("商品をもう一度発送しようと試みましたが、")
    assert any("drops shipping the order again" in b for b in blocks)
