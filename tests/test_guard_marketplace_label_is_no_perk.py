"""The prepaid label the marketplace gives with a return it starts is no perk the seller adds
("return it with the prepaid label Amazon gives you"); a label the seller sends still is.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks


@pytest.mark.parametrize(
    "sentence",
    ["Please return it with the prepaid label Amazon gives you; once it arrives we will refund "
     "you in full.",
     "Print the free return label from Amazon, and we will refund you in full once it is back."],
)  # fmt: skip
def test_the_marketplace_label_adds_no_perk(sentence: str) -> None:
    assert not offer_blocks("en", sentence, ["return", "full_refund"])


def test_a_label_the_seller_sends_is_still_a_perk() -> None:
    blocks = offer_blocks(
        "en", "Please return it; we will email you a prepaid label.", ["return", "full_refund"]
    )
    assert any("adds a perk" in b for b in blocks), blocks
