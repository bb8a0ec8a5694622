"""A detail measured in inches or feet ("Size: 60 x 90 inch") is kept by a draft that writes
the unit as its sign after the numbers (`60" x 90"`, `60″ × 90″`); another unit or another
number is still a changed detail. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_FACTS = {"buyer_name": "Ines", "order_id": "111-2223334-4445556", "product": "linen tablecloth",
          "quantity": "2", "specs": ["Size: 60 x 90 inch"], "store_name": "Kiefer & Co"}  # fmt: skip


def _specs_missing(size: str) -> bool:
    draft = (
        "Hi Ines,\n\nPlease confirm order 111-2223334-4445556 before we pack it:\n"
        f"Product: linen tablecloth\nQuantity: 2\nSize: {size}\n\nThanks,\nKiefer & Co\n"
    )
    report = checked("order-quantity-confirmation", "en", draft, _FACTS)
    return any(v.kind == "missing_fact" and v.fact == "specs" for v in report.violations)


@pytest.mark.parametrize("size", ['60" x 90"', "60″ × 90″", "60 x 90 inches", "60 × 90 in"])
def test_the_unit_as_its_sign_keeps_the_detail(size: str) -> None:
    assert not _specs_missing(size)


@pytest.mark.parametrize("size", ["60 x 90 cm", '60" x 80"'])
def test_another_unit_or_number_is_still_changed(size: str) -> None:
    assert _specs_missing(size)
