"""A spec line that counts pieces of a variant ("taglia 95 cm: 2 pezzi") is kept by a draft
that counts the variant in its own way ("2 in taglia 95 cm"): the word for pieces is no
substance of the line; another count of the variant is still a change.
(Lines and sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked


def _specs_missing(language: str, spec: str, line: str) -> bool:
    facts = {"order_id": "408-5512093-7781204", "product": "X-200", "quantity": 4,
             "specs": [spec]}  # fmt: skip
    body = f"Hallo,\n\n408-5512093-7781204: 4 x X-200\n{line}\n\nCiao\n"
    report = checked("order-quantity-confirmation", language, body, facts)
    return any(v.kind == "missing_fact" and v.fact == "specs" for v in report.violations)


@pytest.mark.parametrize(
    ("language", "spec", "line", "missing"),
    [("it", "taglia 42: 2 pezzi", "• 2 in taglia 42", False),
     ("it", "taglia 42: 2 pezzi", "• 3 in taglia 42", True),
     ("de", "Größe M: 3 Stück", "- 3 in Größe M", False),
     ("fr", "taille 38 : 2 pièces", "- 2 en taille 38", False),
     ("es", "talla 40: 2 unidades", "- 2 en talla 40", False),
     ("es", "talla 40: 2 unidades", "- 2 en talla 44", True),
     ("en", "size 10: 2 pcs", "- 2 in size 10", False)],
)  # fmt: skip
def test_pieces_of_a_variant_counted_another_way(
    language: str, spec: str, line: str, missing: bool
) -> None:
    assert _specs_missing(language, spec, line) is missing
