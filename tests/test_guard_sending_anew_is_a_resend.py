"""Japanese sends an order again with あらためて as with 改めて, the object or 無料で before or
after it (商品をあらためて無料でお送りします): a resend, like 再発送. (Sentences of our own.)"""

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
    ["商品をあらためて無料でお送りいたします。", "あらためて商品を発送いたします。",
     "お荷物を改めて無償にてお送りします。"],
)  # fmt: skip
def test_sending_anew_is_a_resend(sentence: str) -> None:
    assert not _offer_blocks(sentence)


def test_without_it_the_resend_is_dropped() -> None:
    assert any("drops shipping the order again" in b for b in _offer_blocks("確認いたしました。"))
