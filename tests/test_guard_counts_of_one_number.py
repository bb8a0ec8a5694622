"""Counts of different things that are the same number (2 orders with negative feedback, 2
chargebacks) are kept only when a draft writes the number for each: one "2" names one of
them. (Sentences of our own.)"""

from __future__ import annotations

import sellermail

_FACTS = {"store_name": "Birch Lane", "seller_id": "A2BC3DE4FG5HI6", "claims_count": 3,
          "negative_feedback_count": 2, "chargeback_count": 2,
          "root_cause": "Our courier lost a week of parcels and we did not tell the buyers",
          "corrective_actions": ["We have refunded every buyer whose parcel was lost"],
          "preventive_measures": ["We now check every parcel's tracking each morning"]}  # fmt: skip

_BODY = (
    "Dear Seller Performance,\n\nBirch Lane (A2BC3DE4FG5HI6) appeals the deactivation for an "
    "Order Defect Rate above the 1% target. {causes}\n\nRoot cause: our courier lost a week of "
    "parcels and we did not tell the buyers.\n\nCorrective action: we have refunded every buyer "
    "whose parcel was lost.\n\nPrevention: we now check every parcel's tracking each morning. "
    "We answer buyer messages within 12 hours and resolve problems within 24 hours.\n\n"
    "Birch Lane Team\n"
)


def _missing(causes: str) -> list[str | None]:
    report = sellermail.check("appeal-odr", _FACTS, _BODY.format(causes=causes))
    return [v.fact for v in report.violations if v.kind == "missing_fact"]


def test_each_count_written_is_kept() -> None:
    causes = "It came from 3 A-to-z claims, 2 negative feedbacks and 2 chargebacks."
    assert _missing(causes) == []


def test_one_number_for_two_counts_leaves_one_out() -> None:
    causes = "It came from 3 A-to-z claims and 2 orders with negative feedback."
    assert _missing(causes) == ["chargeback_count"]
