"""A long tracking number written in many groups ("9400 1118 9922 3344 5566 77") is that number,
kept: not a phone number and its groups no numbers nobody gave; other digits in groups are
still read as they were. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

FACTS = {"buyer_name": "Marisol", "order_id": "113-2219034-7781265",
         "tracking_number": "9261290100130435082716", "carrier": "USPS", "transit_days": "3-5",
         "store_name": "Juniper Lane", "marketplace": "Amazon.com"}  # fmt: skip


def _violations(number: str) -> list[str]:
    text = (f"Hi Marisol,\n\nYour order 113-2219034-7781265 is on its way with USPS, tracking "
            f"number {number}. It should arrive in 3-5 days.\n\nBest regards,\nJuniper Lane")  # fmt: skip
    report = sellermail.check("shipping-in-transit", FACTS, text)
    return [f"{v.kind} {v.rule or v.fact}" for v in report.violations]


@pytest.mark.parametrize(
    "number",
    ["9261 2901 0013 0435 0827 16", "9261-2901-0013-0435-0827-16", "9261290100130435082716"],
)
def test_a_long_id_in_groups_is_kept(number: str) -> None:
    assert _violations(number) == []


def test_another_number_in_groups_is_still_changed() -> None:
    found = _violations("9261 2901 0013 0435 0827 99")
    assert "missing_fact tracking_number" in found
