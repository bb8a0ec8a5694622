"""A number a fact holds in words (the buyer's reason: "the strap broke after three weeks")
is the seller's to repeat: no invented fact; one no fact holds still is. (Sentences of our own.)"""

from __future__ import annotations

import sellermail

FACTS = {"buyer_name": "Ruth", "order_id": "114-5517093-2048861", "product": "canvas tote",
         "buyer_reason": "the strap broke after three weeks",
         "offers": ["replacement", "full_refund"], "store_name": "Harbor Goods"}  # fmt: skip
DRAFT = ("Dear Ruth,\n\nWe're sorry the strap of your canvas tote (order 114-5517093-2048861) "
         "broke after {weeks}. You can choose a free replacement or a full refund.\n\n"
         "Harbor Goods")  # fmt: skip


def _invented(weeks: str) -> list[str]:
    report = sellermail.check("review-followup-offer", FACTS, DRAFT.format(weeks=weeks))
    return [v.detail for v in report.violations if v.kind == "invented_fact"]


def test_a_number_the_buyers_reason_holds_is_no_invention() -> None:
    assert not _invented("three weeks")
    assert not _invented("3 weeks")


def test_a_number_no_fact_holds_is_still_invented() -> None:
    assert _invented("five weeks")
