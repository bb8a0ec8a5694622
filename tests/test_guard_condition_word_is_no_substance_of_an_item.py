"""A measure's condition word is no part of what it says: "if a brand changes its logo" keeps
"when a brand changes its logo", and a measure that keeps only the "when" of its fact ("when
anything changes, we look at it") keeps nothing of it. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

_FACTS = {
    "store_name": "Pine Row Goods",
    "seller_id": "A3QW7ERT2YU9IO",
    "asins": ["B0DK2LM7QP"],
    "supplier": "Harbor Kitchen Wholesale Ltd.",
    "invoices": ["Invoice HKW-5521, March 3, 2025: 90 units of B0DK2LM7QP"],
    "root_cause": "The brand moved its logo from the lid to the base, our listing photos still "
    "showed the old lid, and a buyer thought the kettle was fake",
    "corrective_actions": [
        "We refunded the buyer and explained the logo change",
        "We asked the brand to update the listing photos",
    ],
    "preventive_measures": [
        "When a brand changes its logo, we ask it to update the listing photos before we restock"
    ],
}

_BODY = (
    "Dear Seller Performance,\n\nPine Row Goods (A3QW7ERT2YU9IO) appeals the authenticity "
    "complaint on ASIN B0DK2LM7QP. We buy it from Harbor Kitchen Wholesale Ltd.; attached is "
    "Invoice HKW-5521, March 3, 2025, 90 units of B0DK2LM7QP.\n\nRoot cause: the brand moved its "
    "logo from the lid to the base, our listing photos still showed the old lid, and a buyer "
    "thought the kettle was fake.\n\nCorrective actions:\n- We refunded the buyer and explained "
    "the logo change\n- We asked the brand to update the listing photos\n\nPreventive measure:\n"
    "- {measure}\n\nSincerely,\nPine Row Goods\n"
)


def _measure_missing(measure: str) -> bool:
    report = sellermail.check("appeal-authenticity", _FACTS, _BODY.format(measure=measure))
    return any(
        v.kind == "missing_fact" and v.fact == "preventive_measures" for v in report.violations
    )


@pytest.mark.parametrize(
    "measure",
    ["If a brand changes its logo, we ask it to update the listing photos before we restock",
     "Whenever a brand changes its logo, we have it update the listing photos before we restock",
     "Should a brand change its logo, we ask it to update the photos of the listing before we "
     "restock"],
)  # fmt: skip
def test_the_measure_under_another_condition_word_is_kept(measure: str) -> None:
    assert not _measure_missing(measure)


@pytest.mark.parametrize(
    "measure",
    ["We check our listings once a year",
     "When anything changes, we will look at it",
     "When invoices arrive, we file them"],
)  # fmt: skip
def test_a_measure_keeping_only_its_condition_word_is_missing(measure: str) -> None:
    assert _measure_missing(measure)
