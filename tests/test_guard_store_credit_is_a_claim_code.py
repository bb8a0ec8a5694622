"""A credit to spend in the shop is what a claim code redeems, in every language: "account
credit", "un avoir", "ein Guthaben", "un vale", "un buono del valore", "ストアクレジット". Offered
where the offers hold none, it adds a remedy; the verb "avoir" adds nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

CODE = "adds a claim code"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Should you prefer, we can put account credit of the same value on your order."),
        ("fr", "Nous pouvons également vous faire un avoir de la valeur de la commande."),
        ("fr", "Une autre solution : un crédit d'achat utilisable sur toute la boutique."),
        ("de", "Gern stellen wir Ihnen stattdessen auch ein Shop-Guthaben aus."),
        ("es", "También podemos ofrecerle un vale por el importe del pedido."),
        ("es", "Otra opción es dejarle crédito en la tienda por el mismo valor."),
        ("it", "Possiamo anche inviarle un buono del valore del suo acquisto."),
        ("it", "Un'altra possibilità è un credito da utilizzare sul nostro sito."),
        ("ja", "または、ご購入額と同額のクーポンを発行いたします。"),
        ("ja", "ストアクレジットでのご対応も可能です。"),
    ],
)
def test_a_credit_to_spend_in_the_shop_adds_a_claim_code(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["replacement"])
    assert any(CODE in b for b in blocks), blocks


@pytest.mark.parametrize(
    "sentence",
    ["Merci de nous avoir écrit si vite.", "Nous sommes désolés de vous avoir fait attendre."],
)
def test_the_verb_avoir_adds_no_claim_code(sentence: str) -> None:
    assert not any(CODE in b for b in offer_blocks("fr", sentence, ["replacement"]))
