"""An extra item put in the parcel and called free after it ("we'll tuck a bookmark into the
parcel, free of charge") is a perk; "as a small thank-you" framing what follows (an invitation)
is none by itself, while a voucher by any compound noun (Wertgutschein) is a claim code.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import TRANSIT, with_added
from offers_read import read
from sellermail.guard.remedies import offered, phrasing


@pytest.mark.parametrize(
    "sentence",
    [
        "As an apology, we'll also tuck one of our tea samplers into the parcel, free of charge.",
        "I'll pop a little notebook into the box as a small gift.",
    ],
)
def test_an_extra_item_put_in_the_parcel_for_free_is_a_perk(sentence: str) -> None:
    assert "perk" in offered(sentence, phrasing("en")), sentence


def test_an_extra_item_added_in_the_perfect_is_a_perk_told_as_done_and_still_blocked() -> None:
    sentence = "We have added a spare filter to your order at no extra cost."
    offered_now, made = read("en", sentence)
    assert "perk" not in offered_now and "perk" in made
    report = with_added("shipping-in-transit", "en", sentence, TRANSIT)
    assert any(v.kind == "offer_mismatch" and "perk" in v.detail for v in report.violations)


def test_an_item_put_in_the_parcel_without_a_gift_is_none() -> None:
    assert "perk" not in offered("We'll put the manual into the parcel for you.", phrasing("en"))


def test_thanks_framing_an_invitation_is_no_perk() -> None:
    sentence = "Als kleines Dankeschön möchten wir Sie in unseren Kundenclub einladen."
    assert "perk" not in offered(sentence, phrasing("de"))


@pytest.mark.parametrize(
    ("sentence", "remedy"),
    [
        ("Als kleines Geschenk legen wir Ihnen eine Kerze bei.", "perk"),
        ("Als Dankeschön legen wir dem Paket einen Wertgutschein bei.", "claim_code"),
        ("Sie erhalten zusätzlich einen Einkaufsgutschein über 5 €.", "claim_code"),
    ],
)  # fmt: skip
def test_a_gift_or_voucher_after_thanks_is_still_one(sentence: str, remedy: str) -> None:
    assert remedy in offered(sentence, phrasing("de")), sentence
