"""A size in a product's name ("rain cover (XL)") is kept when a draft names it as a size
("rain cover, size XL", "talla XL", "Größe XL", "taille XL", "taglia XL", "サイズXL"); another
size is still a changed name. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_PRODUCTS = {
    "en": "grill cover (XL)",
    "es": "funda para barbacoa (XL)",
    "de": "Grillabdeckung (XL)",
    "fr": "housse de barbecue (XL)",
    "it": "copertura per barbecue (XL)",
    "ja": "グリルカバー（XL）",
}
_KEPT = {
    "en": "Your grill cover, size XL, left our warehouse today.",
    "es": "Su funda para barbacoa, talla XL, salió hoy del almacén.",
    "de": "Ihre Grillabdeckung in Größe XL hat heute unser Lager verlassen.",
    "fr": "Votre housse de barbecue, taille XL, a quitté notre entrepôt aujourd'hui.",
    "it": "La sua copertura per barbecue, taglia XL, è partita oggi.",
    "ja": "グリルカバー（サイズXL）は本日出荷されました。",
}


def _missing(language: str, sentence: str) -> bool:
    facts = {"order_id": "405-1234567-1234567", "product": _PRODUCTS[language],
             "offers": ["replacement", "full_refund"], "store_name": "Kiefer & Co"}  # fmt: skip
    report = checked("exchange-after-shipment", language, f"Hallo,\n\n{sentence}\n\nKiefer & Co",
                     facts)  # fmt: skip
    return any(v.kind == "missing_fact" and v.fact == "product" for v in report.violations)


@pytest.mark.parametrize("language", sorted(_KEPT))
def test_a_size_named_as_a_size_is_kept(language: str) -> None:
    assert not _missing(language, _KEPT[language])


@pytest.mark.parametrize("language", sorted(_KEPT))
def test_another_size_is_still_a_change(language: str) -> None:
    assert _missing(language, _KEPT[language].replace("XL", "XXL"))
