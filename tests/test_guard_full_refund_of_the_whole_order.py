"""A full refund may be named by what it gives back: the whole order or purchase (rimborsarle
l'intero ordine, l'ordine per intero; den kompletten Kaufbetrag; la commande dans son
intégralité; el pedido completo). Offered among three options, it is no dropped full refund; a
part of the order or its shipping given back is none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

FACTS = {"buyer_name": "Paola", "order_id": "405-1234567-7654321", "partial_refund": "EUR 7,00",
         "store_name": "Casa Demo", "marketplace": "Amazon.it"}  # fmt: skip

LEAD = {
    "it": ("Gentile Paola,\n\nl'ordine 405-1234567-7654321 è andato a un indirizzo sbagliato per "
           "un nostro errore. Possiamo rispedirle l'ordine e riconoscerle un rimborso parziale di "
           "7,00 €. "),
    "de": ("Hallo Paola,\n\nIhre Bestellung 405-1234567-7654321 ging durch unseren Fehler an eine "
           "falsche Adresse. Wir senden sie erneut an Sie und erstatten Ihnen zusätzlich 7,00 €. "),
    "fr": ("Bonjour Paola,\n\nvotre commande 405-1234567-7654321 est partie à une mauvaise adresse "
           "par notre faute. Nous pouvons la renvoyer et vous rembourser 7,00 € en "
           "dédommagement. "),
    "es": ("Hola Paola:\n\nsu pedido 405-1234567-7654321 se envió a una dirección equivocada por "
           "un error nuestro. Podemos reenviarlo y reembolsarle 7,00 € por las molestias. "),
}  # fmt: skip


def _blocks(language: str, sentence: str, offers: list[str]) -> list[str]:
    text = f"{LEAD[language]}{sentence}\n\nSaluti,\nCasa Demo"
    facts = {**FACTS, "offers": offers}
    report = sellermail.check("wrong-address", facts, text, channel="amazon", language=language)
    return [v.detail for v in report.violations if v.kind == "offer_mismatch"]


WHOLE = [
    ("it", "In alternativa possiamo rimborsarle tutto l'ordine."),
    ("it", "Oppure le rimborsiamo l'acquisto per intero."),
    ("it", "Se preferisce, le rimborsiamo l'intero costo dell'ordine."),
    ("de", "Alternativ erstatten wir Ihnen den ganzen Bestellbetrag."),
    ("de", "Oder wir erstatten Ihnen die komplette Summe."),
    ("de", "Wahlweise erstatten wir Ihnen die gesamte Bestellung."),
    ("fr", "Ou bien nous vous remboursons la commande dans son intégralité."),
    ("fr", "Sinon, nous vous remboursons la commande entière."),
    ("es", "O bien le reembolsamos el pedido completo."),
    ("es", "Si lo prefiere, le reembolsamos todo el pedido."),
    ("it", "Oppure possiamo rimborsarle l'intero acquisto."),
    ("de", "Oder Sie bekommen von uns die volle Bestellsumme erstattet."),
    ("fr", "Sinon, nous vous remboursons votre commande dans sa totalité."),
    ("es", "O, si lo prefiere, le reembolsamos la compra completa."),
]

PART = [
    ("it", "Oppure le rimborsiamo le spese di spedizione dell'ordine."),
    ("de", "Oder wir erstatten Ihnen die Versandkosten der Bestellung."),
    ("fr", "Sinon, nous vous remboursons les frais de port de la commande."),
    ("es", "O bien le reembolsamos el envío del pedido."),
]


@pytest.mark.parametrize(("language", "sentence"), WHOLE)
def test_the_whole_order_given_back_is_the_offered_full_refund(
    language: str, sentence: str
) -> None:
    offers = ["resend", "partial_refund", "full_refund"]
    assert not any("full refund" in b for b in _blocks(language, sentence, offers))


@pytest.mark.parametrize(("language", "sentence"), WHOLE)
def test_the_whole_order_given_back_unoffered_is_an_added_full_refund(
    language: str, sentence: str
) -> None:
    assert any(
        "adds a full refund" in b for b in _blocks(language, sentence, ["resend", "partial_refund"])
    )


@pytest.mark.parametrize(("language", "sentence"), PART)
def test_part_of_the_order_given_back_is_no_full_refund(language: str, sentence: str) -> None:
    assert not any(
        "full refund" in b for b in _blocks(language, sentence, ["resend", "partial_refund"])
    )
