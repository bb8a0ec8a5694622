"""The item the seller changes for the buyer, named by a pronoun ("se lo cambiamos", "glielo
cambiamo", "nous vous le changeons", "wechseln wir Ihnen ... aus", "switch it for another"),
is an exchange: a replacement offered; a "no" just before it denies it, and an address or a
date changed is no exchange. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked
from sellermail.guard import remedies
from sellermail.guard.ready import ready


def _offered(text: str, language: str) -> set[str]:
    ready(language)
    return set(remedies.offers_in(text, remedies.phrasing(language)))


@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "En cuanto nos llegue el jarrón, se lo cambiamos."),
     ("es", "Si la talla no es la buena, te la cambiamos sin problema."),
     ("es", "Si el color no le convence, lo cambiamos encantados."),
     ("es", "Podemos cambiárselas cuando quiera."),
     ("es", "Con gusto le cambiamos la unidad defectuosa."),
     ("it", "Appena ci arriva la lampada, gliela cambiamo."),
     ("it", "Se il colore non la convince, lo cambiamo volentieri."),
     ("it", "Le cambiamo subito l'articolo."),
     ("fr", "Dès que le coussin nous revient, nous vous le changeons."),
     ("fr", "Nous pouvons la changer contre une autre pointure."),
     ("de", "Sobald die Lampe bei uns ist, wechseln wir Ihnen das Gerät aus."),
     ("en", "When it reaches us, we will switch it for another.")],
)  # fmt: skip
def test_the_item_changed_by_us_is_a_replacement(language: str, text: str) -> None:
    assert "replacement" in _offered(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "Lo sentimos mucho, pero no se la cambiamos."),
     ("es", "Le cambiamos la dirección de entrega hoy mismo."),
     ("it", "Le cambiamo l'indirizzo di consegna oggi stesso."),
     ("fr", "Nous vous changeons la date de livraison."),
     ("de", "Wechseln Sie bitte zuerst die Batterien aus."),
     ("en", "We can change it for a new address if you like.")],
)  # fmt: skip
def test_a_denied_change_or_an_address_changed_is_no_replacement(language: str, text: str) -> None:
    assert "replacement" not in _offered(text, language)


def test_a_message_offering_the_exchange_by_a_pronoun_keeps_it() -> None:
    facts = {"order_id": "171-2233445-6677889", "offers": ["replacement"],
             "store_name": "Casa Norte"}  # fmt: skip
    draft = ("Buenos días:\n\nSu pedido 171-2233445-6677889 ya salió de nuestro almacén. "
             "Cuando lo reciba, escríbanos y se lo cambiamos.\n\nUn saludo,\nCasa Norte")  # fmt: skip
    report = checked("exchange-after-shipment", "es", draft, facts)
    assert not [v.detail for v in report.violations if v.kind == "offer_mismatch"]


def test_a_plain_no_before_a_remedy_denies_it() -> None:
    assert "resend" not in _offered("Lamentablemente no reenviamos pedidos abiertos.", "es")
    assert "refund" in _offered("No dude en pedir un reembolso si lo prefiere.", "es")
