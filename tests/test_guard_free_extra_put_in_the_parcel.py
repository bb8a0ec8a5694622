"""A free extra put in the parcel, whatever the verb ("we'll pop a complimentary cable tidy in
the parcel", "we'll pack a free cloth"), is a perk the facts must offer. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offers_read import read

ADDED = [
    "We'll pop a complimentary cable tidy in the parcel by way of apology.",
    "With the new parcel we'll include a complimentary phone stand.",
]


@pytest.mark.parametrize("sentence", ADDED)
def test_the_extra_is_a_perk(sentence: str) -> None:
    assert "perk" in read("en", sentence)[0]


def test_free_shipping_alone_is_no_perk() -> None:
    assert "perk" not in read("en", "The replacement ships free, as always.")[0]
