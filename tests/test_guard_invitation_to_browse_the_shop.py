"""An invitation to drop by or browse the shop ("schauen Sie gern mal vorbei", "feel free to
stop by our store", "passez nous voir") or something new in it ("neue Tassen im Shop") is
promotion in a reply about an order; the buyer's own order, address or tracking there is
service. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

PROMOTION = "buyer.no-promotion"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "We've got new linen napkins in our shop, so feel free to have a browse."),
     ("de", "Übrigens gibt es neue Holztabletts im Shop – kommen Sie doch mal vorbei!"),
     ("fr", "Si l'envie vous prend, faites un tour sur notre boutique."),
     ("es", "Si le apetece, dese una vuelta por nuestra tienda."),
     ("it", "Quando vuole, passi a trovarci: ci sono nuovi cuscini nel nostro negozio."),
     ("ja", "お時間のある時に、ぜひショップにもお立ち寄りください。")],
)  # fmt: skip
def test_an_invitation_to_the_shop_is_promotion(language: str, sentence: str) -> None:
    assert PROMOTION in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Your new tracking number is in the store's order page."),
     ("de", "Ihre neue Adresse im Shop haben wir übernommen."),
     ("de", "Der Zusteller kommt morgen vorbei."),
     ("fr", "Votre nouvelle adresse sur la boutique est bien enregistrée.")],
)  # fmt: skip
def test_the_buyers_own_order_in_the_shop_passes(language: str, sentence: str) -> None:
    assert PROMOTION not in rules_blocking(language, sentence)
