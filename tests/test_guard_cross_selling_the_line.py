"""Promotion by other products of the same line or by the brand's page, in every language
("die Sektgläser aus derselben Serie", "de la même collection", "同じシリーズ"): blocked in a
message about an order. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Übrigens gibt es passende Teller aus derselben Serie."),
        ("de", "Ein Blick auf unsere Markenseite lohnt sich."),
        ("fr", "Les bols de la même collection sont aussi disponibles."),
        ("es", "También tenemos platos de la misma colección."),
        ("it", "Ci sono anche i piatti della stessa collezione."),
        ("ja", "同じシリーズのお皿もございます。"),
    ],
)
def test_other_products_of_the_line_are_promotion(language: str, sentence: str) -> None:
    report = with_added("shipping-in-transit", language, sentence, IN_TRANSIT)
    assert any(v.rule == "buyer.no-promotion" for v in report.violations), report.violations
