"""A French word of a fact agrees with the noun a sentence sets it with, in its feminine forms
too: "naturel" as "naturelle", "violet" as "violettes", "blanc" as "blanches" (a doubled
consonant or a changed ending, not only an added "e"). Another colour is still another spec.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked


def _specs_missing(spec: str, sentence: str) -> bool:
    facts = {"order_id": "402-3318207-6654019", "product": "chaise pliante en acacia",
             "quantity": "4", "specs": [spec]}  # fmt: skip
    draft = f"Bonjour,\n\nCommande 402-3318207-6654019 : quatre chaises pliantes en acacia, {sentence}\n"
    report = checked("order-quantity-confirmation", "fr", draft, facts)
    return any(v.kind == "missing_fact" and v.fact == "specs" for v in report.violations)


@pytest.mark.parametrize(
    ("spec", "sentence", "missing"),
    [
        ("4 x naturel", "toutes les 4 en finition naturelle.", False),
        ("4 x blanc", "les 4 blanches.", False),
        ("4 x violet", "4 violettes.", False),
        ("4 x naturel", "toutes les 4 en finition blanche.", True),
    ],
)
def test_a_feminine_form_keeps_the_word(spec: str, sentence: str, missing: bool) -> None:
    assert _specs_missing(spec, sentence) is missing
