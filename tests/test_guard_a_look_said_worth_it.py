"""A look at our products said to be worth it ("ein Blick lohnt sich", "es lohnt sich
reinzuschauen") promotes them; a look at the tracking is service. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

PROMOTION = "buyer.no-promotion"


@pytest.mark.parametrize(
    "sentence",
    ["Neu bei uns sind passende Kabelbinder – ein Blick lohnt sich.",
     "Es lohnt sich reinzuschauen, wir haben jetzt auch Halterungen für Laptops."],
)  # fmt: skip
def test_a_look_said_worth_it(sentence: str) -> None:
    assert PROMOTION in rules_blocking("de", sentence)


def test_a_look_at_the_tracking_is_fine() -> None:
    assert PROMOTION not in rules_blocking(
        "de", "Ein Blick in die Sendungsverfolgung zeigt den Stand."
    )
