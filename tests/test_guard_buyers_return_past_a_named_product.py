"""The buyer's own return, recalled in a clause whose product name holds commas and is set off
by one ("dass Sie die Leinentücher, 2er-Set, zurückschicken möchten"), stays theirs: the comma
closing the name is no clause's end, so the wish at the clause's end still recalls it. A return
the seller offers past such a name is still one. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

FACTS = {"buyer_name": "Petra", "order_id": "302-1234567-7654321",
         "product": "Leinentücher, 2er-Set", "store_name": "Webstube"}  # fmt: skip
RECALLED = [
    "Wir haben gesehen, dass Sie die Leinentücher, 2er-Set, aus Ihrer Bestellung zurückschicken möchten.",
    "Danke für die Info, dass du die Leinentücher, 2er-Set, zurückgeben willst.",
]  # fmt: skip
OFFERED = "Gern können Sie die Leinentücher, 2er-Set, über Ihr Amazon-Konto zurückschicken."


def _offer_blocks(sentence: str) -> list[str]:
    text = f"Hallo Petra,\n\n{sentence} Dürfen wir fragen, woran es lag?\n\nViele Grüße\nWebstube"
    report = sellermail.check("return-reason-inquiry", FACTS, text, channel="amazon", language="de")
    return [v.detail for v in report.violations if v.kind == "offer_mismatch"]


@pytest.mark.parametrize("sentence", RECALLED)
def test_the_buyers_own_return_adds_none(sentence: str) -> None:
    assert not _offer_blocks(sentence)


def test_a_return_offered_past_the_name_is_caught() -> None:
    assert any("adds a return" in b for b in _offer_blocks(OFFERED))
