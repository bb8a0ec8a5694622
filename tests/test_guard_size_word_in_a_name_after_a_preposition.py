"""A product's name that writes its size with the size's word ("Regenjacke Größe M", "veste
taille M") is kept when a sentence sets a preposition before that word ("die Regenjacke in
Größe M", "la veste en taille M", "la chaqueta de talla M", "la giacca in taglia M"); another
size is still caught. (Names and sentences of our own.)"""

from __future__ import annotations

from typing import Any

import pytest

from drafted import checked


def _product_missing(product: str, sentence: str, language: str) -> bool:
    facts: dict[str, Any] = {"product": product, "quantity": 2, "order_id": "305-1122334-5566778"}
    text = f"Bestellung 305-1122334-5566778\n\n{sentence}\n"
    report = checked("order-quantity-confirmation", language, text, facts)
    return any(v.kind == "missing_fact" and "product" in v.detail for v in report.violations)


KEPT = [
    ("de", "Regenjacke Größe M", "Sie erhalten 2 Regenjacken in Größe M."),
    ("de", 'Laufschuh "Sprint" Größe 42', 'Sie erhalten 2 Laufschuhe "Sprint" in der Größe 42.'),
    ("fr", "veste imperméable taille M", "Vous recevrez 2 vestes imperméables en taille M."),
    ("es", "chaqueta impermeable talla M", "Recibirá 2 chaquetas impermeables de talla M."),
    ("it", "giacca impermeabile taglia M", "Riceverà 2 giacche impermeabili in taglia M."),
]  # fmt: skip
OTHER_SIZE = [
    ("de", "Regenjacke Größe M", "Sie erhalten 2 Regenjacken in Größe L."),
    ("fr", "veste imperméable taille M", "Vous recevrez 2 vestes imperméables en taille S."),
    ("it", "giacca impermeabile taglia M", "Riceverà 2 giacche impermeabili in taglia XL."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "product", "sentence"), KEPT)
def test_a_size_named_after_a_preposition_keeps_the_name(
    language: str, product: str, sentence: str
) -> None:
    assert not _product_missing(product, sentence, language)


@pytest.mark.parametrize(("language", "product", "sentence"), OTHER_SIZE)
def test_another_size_is_still_caught(language: str, product: str, sentence: str) -> None:
    assert _product_missing(product, sentence, language)
