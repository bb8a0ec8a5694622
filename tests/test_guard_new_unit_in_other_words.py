"""A replacement said in other words is read as one: "un'unità nuova" (the article elided),
"新品をお送りし、…" (the continuative form), "交換品は弊社倉庫より発送いたします" (the place it
ships from between); "a complimentary phone case" included is a perk the message adds.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

OFFERS_A_NEW_UNIT = [
    ("it", "Le inviamo un'unità nuova entro domani."),
    ("ja", "新品をお送りし、到着後に古い商品を処分していただければ結構です。"),
    ("ja", "交換品は弊社倉庫より発送いたします。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), OFFERS_A_NEW_UNIT)
def test_a_new_unit_keeps_the_replacement_offered(language: str, sentence: str) -> None:
    assert not offer_blocks(language, sentence, ["replacement"])


@pytest.mark.parametrize(("language", "sentence"), OFFERS_A_NEW_UNIT)
def test_a_new_unit_is_no_refund_offered(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["full_refund"])
    assert any("adds a replacement" in b for b in blocks), blocks


def test_a_complimentary_item_included_is_a_perk() -> None:
    blocks = offer_blocks(
        "en", "We will ship a new one and include a complimentary phone case.", ["replacement"]
    )
    assert any("adds a perk" in b for b in blocks), blocks
