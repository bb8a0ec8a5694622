"""A list item's count of one said with the word for one before what it counts ("1 x blanca":
"una de color blanco"; "1 x 37, 2 x 38": "une paire en 37 et deux paires en 38"), in every
language; the counts swapped between the things are still missing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

_FACTS = {
    "buyer_name": "Lea",
    "order_id": "402-1234567-7654321",
    "product": "Tasse",
    "quantity": 3,
    "store_name": "Hausrat",
    "marketplace": "Amazon.de",
}


def _specs_missing(language: str, specs: list[str], text: str) -> bool:
    report = sellermail.check(
        "order-quantity-confirmation", _FACTS | {"specs": specs}, text, channel="amazon",
        language=language,
    )  # fmt: skip
    return any(v.kind == "missing_fact" and v.fact == "specs" for v in report.violations)


@pytest.mark.parametrize(
    ("language", "specs", "text"),
    [("es", ["2 x negra", "1 x blanca"], "Son dos de color negro y una de color blanco."),
     ("fr", ["Pointure : 1 x 37, 2 x 38"], "Pointures : une paire en 37 et deux paires en 38."),
     ("en", ["Size: 1 x 9, 2 x 10"], "Sizes: one pair in 9 and two pairs in 10."),
     ("es", ["Talla: 1 x 40, 2 x 41"], "Tallas: un par en la 40 y dos pares en la 41."),
     ("it", ["1 x rossa", "2 x blu"], "Una rossa e due blu."),
     ("de", ["1 x Anthrazit", "2 x Weiß"], "Eine in Anthrazit und zwei in Weiß."),
     ("it", ["Taglia: 1 x 42, 2 x 44"], "Un paio nella 42 e due paia nella 44.")],
)  # fmt: skip
def test_a_count_of_one_in_words_keeps_the_item(language: str, specs: list[str], text: str) -> None:
    assert not _specs_missing(language, specs, text)


@pytest.mark.parametrize(
    ("language", "specs", "text"),
    [("fr", ["Pointure : 1 x 37, 2 x 38"], "Pointures : deux paires en 37 et une paire en 38."),
     ("es", ["2 x negra", "1 x blanca"], "Son dos de color blanco y una de color negro."),
     ("fr", ["Pointure : 1 x 37, 2 x 38"], "Pointures : une paire en 38 et deux paires en 37.")],
)  # fmt: skip
def test_counts_swapped_are_missing(language: str, specs: list[str], text: str) -> None:
    assert _specs_missing(language, specs, text)
