"""A product's name written without whom it is for ("women's trail shoes" -> "your trail
shoes", "giacca a vento da donna" -> "la giacca a vento") is the product; the name with
someone else in their place ("men's trail shoes") is another product. A store's name keeps
every word. (Names and sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail
from drafted import checked

PRODUCTS = {"en": "women's trail shoes", "de": "Trailschuhe Damen",
            "fr": "chaussures de trail femme", "es": "zapatillas de trail para mujer",
            "it": "scarpe da trail da donna"}  # fmt: skip
KEPT = {"en": "Sorry your trail shoes do not fit.", "de": "Schade, dass die Trailschuhe nicht passen.",
        "fr": "Dommage que les chaussures de trail ne tombent pas juste.",
        "es": "Sentimos que las zapatillas de trail no le queden bien.",
        "it": "Ci dispiace che le scarpe da trail non vadano bene."}  # fmt: skip
CHANGED = {"en": "Sorry your men's trail shoes do not fit.",
           "de": "Schade, dass die Trailschuhe Herren nicht passen.",
           "fr": "Dommage que les chaussures de trail homme ne tombent pas juste.",
           "es": "Sentimos que las zapatillas de trail para hombre no le queden bien.",
           "it": "Ci dispiace che le scarpe da trail da uomo non vadano bene."}  # fmt: skip


def _product_missing(language: str, sentence: str, store: str = "Passo") -> bool:
    facts = {"product": PRODUCTS[language], "store_name": store,
             "order_id": "405-1234567-1234567"}  # fmt: skip
    report = checked("return-reason-inquiry", language, f"{sentence}\n\n{store}", facts)
    return any(v.kind == "missing_fact" and v.fact == "product" for v in report.violations)


@pytest.mark.parametrize("language", list(PRODUCTS))
def test_a_product_without_whom_it_is_for_is_kept(language: str) -> None:
    assert not _product_missing(language, KEPT[language])


@pytest.mark.parametrize("language", list(PRODUCTS))
def test_a_product_for_someone_else_is_changed(language: str) -> None:
    assert _product_missing(language, CHANGED[language])


def test_a_store_name_keeps_its_every_word() -> None:
    facts = {"order_id": "405-1234567-1234567", "tracking_number": "LX123456785CN",
             "store_name": "Kids Corner"}  # fmt: skip
    text = sellermail.render("shipping-in-transit", facts).body.replace("Kids Corner", "Corner")
    report = sellermail.check("shipping-in-transit", facts, text)
    assert any(v.fact == "store_name" for v in report.violations)
