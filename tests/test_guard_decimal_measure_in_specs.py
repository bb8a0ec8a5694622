"""A spec line's measure with decimals ("Cable de 3,5 m", "2.5 mm thick") is a fact of the
order: a draft that rounds or changes it ("3 m", "2 mm") changes the line, in every language;
the same value in the other decimal notation ("3.5 m" for "3,5 m") or with a trailing zero
keeps it. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked


def _facts(product: str, spec: str) -> dict[str, object]:
    return {"order_id": "408-5512093-7781204", "product": product, "quantity": "3",
            "specs": [spec]}  # fmt: skip


def _specs_missing(language: str, product: str, spec: str, line: str) -> bool:
    body = f"Hola,\n\n408-5512093-7781204: 3 x {product}. {line}.\n\nSaludos\n"
    report = checked("order-quantity-confirmation", language, body, _facts(product, spec))
    return any(v.kind == "missing_fact" and v.fact == "specs" for v in report.violations)


@pytest.mark.parametrize(
    ("language", "product", "spec", "line", "missing"),
    [("es", "Alargador USB", "Cable de 1,5 m", "Cable de 1 m", True),
     ("es", "Alargador USB", "Cable de 1,5 m", "Cable de 1.5 m", False),
     ("en", "Cutting mat", "Thickness 2.5 mm", "thickness 2 mm", True),
     ("en", "Cutting mat", "Thickness 2.5 mm", "a thickness of 2.5 mm", False),
     ("de", "Verlängerungskabel", "Kabel 2,4 m", "Kabel 4,2 m", True),
     ("fr", "Tapis de découpe", "Épaisseur 3,2 mm", "épaisseur de 3,2 mm", False),
     ("it", "Prolunga HDMI", "Cavo da 1,2 m", "cavo da 1 m", True),
     ("ja", "延長ケーブル", "長さ 1.5 m", "長さ 1 m", True),
     ("it", "Tubo da giardino", "Tubo da 2,5 m", "tubo da 2 m", True),
     ("de", "Ladekabel", "Kabel 1,8 m", "Kabel von 1.8 m", False),
     ("fr", "Rallonge", "Rallonge de 1,5 m", "rallonge de 1,8 m", True),
     ("es", "Cinta LED", "Tira de 2,5 m", "tira de 2,50 m", False)],
)  # fmt: skip
def test_a_decimal_measure_in_a_spec_line(
    language: str, product: str, spec: str, line: str, missing: bool
) -> None:
    assert _specs_missing(language, product, spec, line) is missing
