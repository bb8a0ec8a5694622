"""Promotion in a reply about an order: a new product of ours suggested as worth a look or for
a next order, a range just put in the shop, or something said to go perfectly with what the
buyer ordered. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

PROMOTION = "buyer.no-promotion"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Our new bamboo planters are worth a try for your next purchase."),
     ("en", "It's worth a look around our store while you wait."),
     ("en", "Our spring range has just arrived in the store."),
     ("en", "The matching lids go perfectly with the jars you ordered."),
     ("de", "Unsere neuen Pflanzkübel sind bestimmt einen Blick wert."),
     ("de", "Die Untersetzer passen perfekt zu Ihrer Bestellung."),
     ("fr", "Nos nouveaux pots valent le détour pour votre prochaine commande."),
     ("fr", "Nous venons d'ajouter des housses assorties à la boutique."),
     ("es", "Nuestras nuevas macetas merecen la pena, de verdad."),
     ("es", "Acabamos de añadir unas fundas al catálogo."),
     ("it", "I nostri nuovi vasi meritano un'occhiata."),
     ("it", "Abbiamo appena aggiunto dei sottovasi al negozio.")],
)  # fmt: skip
def test_a_new_product_or_a_match_suggested(language: str, sentence: str) -> None:
    assert PROMOTION in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Your parcel has just arrived at the local depot."),
     ("en", "Our new warehouse ships every weekday."),
     ("de", "Unser neuer Versanddienstleister liefert werktags."),
     ("fr", "Tout va très bien avec votre commande."),
     ("es", "Todo va muy bien con su pedido."),
     ("it", "Abbiamo appena spedito il pacco.")],
)  # fmt: skip
def test_news_about_the_order_is_no_promotion(language: str, sentence: str) -> None:
    assert PROMOTION not in rules_blocking(language, sentence)
