"""Where the facts give only how long delivery takes (no tracking number), nothing says the order
has left: a draft saying it has shipped or left the warehouse claims it, in every language; the
same said of the future, or as what happens once it leaves, claims nothing.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added


def _invented(language: str, sentence: str) -> bool:
    report = with_added("delivery-time-info", language, sentence)
    return any("which no fact supports" in v.detail for v in report.violations)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Su pedido ya salió esta mañana de nuestro almacén."),
        ("en", "Your order left our warehouse this morning."),
        ("de", "Ihre Bestellung wurde heute früh an DHL übergeben."),
        ("fr", "Votre commande est déjà partie de notre entrepôt."),
    ],
)  # fmt: skip
def test_a_departure_no_fact_gives_is_invented(language: str, sentence: str) -> None:
    assert _invented(language, sentence), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Cuando su pedido salga de nuestro almacén, tardará unos días en llegar."),
        ("en", "Once your order has shipped, it usually arrives within that time."),
    ],
)  # fmt: skip
def test_a_departure_to_come_is_no_claim(language: str, sentence: str) -> None:
    assert not _invented(language, sentence), sentence
