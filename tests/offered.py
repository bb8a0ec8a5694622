"""The offer tests' one way of judging a sentence: the exchange-after-shipment message in a
language, written from facts offering the given remedies, the sentence added as its last
line, and what the check says of its offers."""

from __future__ import annotations

from drafted import with_added

FACTS = {"buyer_name": "David", "order_id": "113-5678901-2345678",
         "product": "linen duvet cover", "store_name": "Maple Home"}  # fmt: skip


def offer_blocks(language: str, sentence: str, offers: list[str]) -> list[str]:
    """The offer mismatches of the message offering ``offers`` with ``sentence`` added."""
    report = with_added("exchange-after-shipment", language, sentence, {**FACTS, "offers": offers})
    return [v.detail for v in report.violations if v.kind == "offer_mismatch"]
