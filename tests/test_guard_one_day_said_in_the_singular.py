"""A count of one in a fact's unit is reported in the singular ("handling_days "1 day" is
missing"), as the seller reads it and as the model is shown it; two or more stay plural."""

from __future__ import annotations

import pytest

import sellermail

_FACTS = {"order_id": "04-11827-63350", "delivery_business_days": "1-3", "store_name": "Lichtgut"}


@pytest.mark.parametrize(("days", "shown"), [(1, '"1 day"'), (3, '"3 days"')])
def test_a_missing_handling_time_is_named_in_its_number(days: int, shown: str) -> None:
    facts = {**_FACTS, "handling_days": days}
    report = sellermail.check(
        "tracking-number-reply", facts, "Your order 04-11827-63350 ships soon; delivery takes "
        "1-3 business days. Lichtgut", channel="ebay")  # fmt: skip
    assert [v.detail for v in report.violations if v.detail.startswith("handling_days")] == [
        f"handling_days {shown} is missing or changed"
    ]
