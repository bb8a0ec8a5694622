"""An order claimed as shipped, handed to the carrier or on its way where it is still to ship
(the tracking-number reply, the quantity check), in every language; said as what will happen
once it ships, it claims nothing. Where a parcel is on its way, saying so is no claim judged.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added


def _claims(report: object) -> list[str]:
    return [v.detail for v in report.violations if "which no fact supports" in v.detail]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Good news: we dispatched your order this morning."),
        ("en", "Your parcel was handed over to the courier an hour ago."),
        ("de", "Ihr Paket wurde gestern Abend an Hermes übergeben."),
        ("de", "Wir haben Ihre Bestellung heute früh verschickt."),
        ("fr", "Votre commande a été confiée à la Poste hier soir."),
        ("fr", "Votre paquet est déjà parti de notre entrepôt."),
        ("es", "Su paquete ya ha salido de nuestro almacén."),
        ("es", "Ya hemos despachado su pedido esta tarde."),
        ("it", "Il collo è stato affidato al corriere ieri sera."),
        ("it", "Abbiamo già spedito l'ordine stamattina."),
        ("ja", "ご注文の品は昨日出荷いたしました。"),
        ("ja", "ヤマト運輸にお引き渡しいたしました。"),
    ],
)  # fmt: skip
def test_shipped_is_claimed_where_the_order_is_still_to_ship(language: str, sentence: str) -> None:
    assert _claims(with_added("tracking-number-reply", language, sentence)), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "As soon as your parcel has been dispatched, you'll get an e-mail."),
        ("en", "Orders are shipped within two days of purchase."),
        ("de", "Sobald Ihr Paket übergeben wurde, erhalten Sie eine E-Mail."),
        ("de", "Bestellungen werden in der Regel am nächsten Tag verschickt."),
        ("fr", "Dès que votre paquet aura été expédié, vous recevrez un e-mail."),
        ("es", "Cuando su paquete haya salido, recibirá un correo."),
        ("it", "Gli ordini sono spediti di solito entro due giorni."),
        ("it", "Non appena il collo sarà stato affidato al corriere, le scriveremo."),
        ("ja", "出荷いたしましたら、改めてご連絡いたします。"),
    ],
)  # fmt: skip
def test_shipping_to_come_claims_nothing(language: str, sentence: str) -> None:
    assert not _claims(with_added("tracking-number-reply", language, sentence)), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Your parcel has already been dispatched."),
        ("it", "Il collo è stato affidato al corriere ieri sera."),
        ("de", "Ihr Paket ist bereits unterwegs."),
    ],
)  # fmt: skip
def test_a_parcel_on_its_way_may_be_said_shipped(language: str, sentence: str) -> None:
    assert not _claims(with_added("shipping-in-transit", language, sentence)), sentence


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "ja"])
def test_a_replacement_shipped_may_say_it_was_sent(language: str) -> None:
    said = {
        "en": "We have sent you a replacement, it is on its way.",
        "de": "Ihre Ersatzlieferung ist bereits auf dem Weg zu Ihnen.",
        "fr": "Nous vous avons déjà envoyé un article de remplacement.",
        "es": "Ya hemos enviado el reemplazo.",
        "it": "Abbiamo già spedito la sostituzione.",
        "ja": "交換品を発送いたしました。",
    }[language]
    assert not _claims(with_added("replacement-shipped", language, said)), said


def test_handed_to_the_carrier_is_no_delivery_in_spanish() -> None:
    said = "Su paquete fue entregado a la empresa de transporte ayer por la tarde."
    assert not _claims(with_added("shipping-in-transit", "es", said)), said
    assert _claims(with_added("tracking-number-reply", "es", said)), said


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Your order 112-7305918-4462139 left our warehouse an hour ago."),
        ("en", "Your order 112-7305918-4462139 has left our warehouse."),
        ("de", "Ihre Bestellung 112-7305918-4462139 hat unser Lager gestern verlassen."),
        ("fr", "Votre commande 112-7305918-4462139 a quitté notre atelier hier."),
        ("it", "L'ordine 112-7305918-4462139 è uscito dal magazzino ieri."),
        ("es", "El pedido 112-7305918-4462139 ya ha salido esta mañana."),
    ],
)  # fmt: skip
def test_the_order_named_by_its_number_left_the_warehouse(language: str, sentence: str) -> None:
    assert _claims(with_added("tracking-number-reply", language, sentence)), sentence


def test_a_refund_sent_with_its_amount_is_claimed() -> None:
    said = "We've already sent you a €12.50 partial refund."
    report = with_added("wrong-address", "en", said)
    assert any("refund has already been made" in d for d in _claims(report)), said
