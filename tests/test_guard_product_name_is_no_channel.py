"""Words of the seller's own facts are no channel: a product named "custodia impermeabile per
telefono" (a phone case) mentioned in a reply is not contact by phone. The same words used to
move the buyer to a call are still blocked. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

_FACTS = {
    "buyer_name": "Paolo",
    "tracking_number": "RR902364718IT",
    "carrier": "Poste Italiane",
    "delivery_days": "5-8",
    "store_name": "Grip",
}
_TAIL = "\nTracciamento RR902364718IT con Poste Italiane, di solito 5–8 giorni.\nGrip"


def _channel_blocks(product: str, sentence: str) -> list[str]:
    report = sellermail.check("replacement-shipped", {**_FACTS, "product": product},
                              sentence + _TAIL, language="it")  # fmt: skip
    return [v.detail for v in report.violations if "contact or payment channels" in v.detail]


@pytest.mark.parametrize(
    ("product", "sentence"),
    [
        ("custodia impermeabile per telefono", "Le abbiamo spedito di nuovo la custodia impermeabile per telefono."),
        ("supporto per telefono da bici", "Il supporto per telefono da bici sostitutivo è partito stamattina."),
    ],
)  # fmt: skip
def test_the_products_own_name_is_no_channel(product: str, sentence: str) -> None:
    assert _channel_blocks(product, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Per qualsiasi dubbio ci contatti per telefono.",
        "Se preferisce, ne parliamo per telefono.",
    ],
)
def test_a_call_offered_is_still_blocked(sentence: str) -> None:
    assert _channel_blocks("custodia impermeabile per telefono", sentence) != []
