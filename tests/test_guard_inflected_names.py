"""A product's name and a counted item as a sentence inflects them: "Wasserkocher" in the
dative plural, "tazza" in the plural, "3 x grigio" said of feminine things ("3 grigie") or in
words ("drei in Salbeigrün") are kept; another product or another count is still caught.
(Names and sentences of our own.)"""

from __future__ import annotations

from typing import Any

import pytest

from drafted import checked


def _missing(facts: dict[str, Any], text: str, language: str) -> list[str]:
    facts = facts | {"order_id": "305-1122334-5566778"}
    report = checked("order-quantity-confirmation", language, text, facts)
    return [v.detail for v in report.violations if v.kind == "missing_fact"]


@pytest.mark.parametrize(
    ("language", "product", "sentence"),
    [
        ("de", "Edelstahl-Wasserkocher WK-20", "Zu Ihren Edelstahl-Wasserkochern WK-20 (4 Stück) eine kurze Frage."),
        ("fr", "lampe de chevet tressée", "Vous recevrez 4 lampes de chevet tressées."),
        ("es", "cesta de mimbre trenzada", "Recibirá 4 cestas de mimbre trenzadas."),
        ("it", "tazza da tè smaltata", "Riceverà 4 tazze da tè smaltate."),
    ],
)  # fmt: skip
def test_a_product_named_in_its_plural_or_case_is_kept(
    language: str, product: str, sentence: str
) -> None:
    facts = {"product": product, "quantity": 4}
    text = f"Bestellung 305-1122334-5566778\n\n{sentence}\n"
    assert not [m for m in _missing(facts, text, language) if "product" in m]


@pytest.mark.parametrize(
    ("language", "product", "sentence"),
    [
        ("de", "Edelstahl-Wasserkocher WK-20", "Zu Ihren Glas-Wasserkochern WK-20 eine Frage."),
        ("fr", "lampe de chevet tressée", "Vous recevrez 4 lampes de bureau tressées."),
        ("it", "tazza da tè smaltata", "Riceverà 4 tazze da caffè smaltate."),
    ],
)  # fmt: skip
def test_another_product_is_still_missing(language: str, product: str, sentence: str) -> None:
    facts = {"product": product, "quantity": 4}
    assert [m for m in _missing(facts, sentence, language) if "product" in m]


@pytest.mark.parametrize(
    ("language", "spec", "sentence"),
    [
        ("de", "2 x Moosgrün", "Sie erhalten zwei in Moosgrün."),
        ("es", "2 x rojo", "Recibirá dos en rojo."),
        ("it", "2 x grigio", "Riceverà 2 grigie."),
        ("fr", "2 x gris", "Vous recevrez deux en gris."),
    ],
)
def test_a_counted_item_said_in_words_or_agreeing_is_kept(
    language: str, spec: str, sentence: str
) -> None:
    facts = {"product": "x", "quantity": 2, "specs": [spec]}
    assert not [m for m in _missing(facts, sentence, language) if "specs" in m]


@pytest.mark.parametrize(
    ("language", "spec", "sentence"),
    [("de", "2 x Moosgrün", "Sie erhalten drei in Moosgrün."), ("it", "2 x grigio", "Riceverà 2 gialle.")],
)  # fmt: skip
def test_another_count_or_colour_is_still_missing(language: str, spec: str, sentence: str) -> None:
    facts = {"product": "x", "quantity": 2, "specs": [spec]}
    assert [m for m in _missing(facts, sentence, language) if "specs" in m]
