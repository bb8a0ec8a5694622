"""A new shipment named by a noun of sending ("un nuovo invio", "una nueva expedición", "un
nouveau colis", "a new shipment to the correct address",
発送し直します) is the order shipped again, not a new unit of the product; a new delivery is
no new unit either ("a new delivery to the right address"), while a new unit named by its own
noun ("un nuovo frullatore") still is. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard import remedies
from sellermail.guard.ready import ready


def _offered(text: str, language: str) -> set[str]:
    ready(language)
    return set(remedies.offers_in(text, remedies.phrasing(language)))


@pytest.mark.parametrize(
    ("language", "text"),
    [("it", "Se preferisce, organizziamo un nuovo invio al suo nuovo indirizzo."),
     ("it", "Le proponiamo un secondo invio senza costi."),
     ("es", "Podemos preparar una nueva expedición del pedido esta misma semana."),
     ("es", "Le ofrecemos un segundo despacho sin coste."),
     ("fr", "Nous pouvons vous faire parvenir un nouveau colis dès lundi."),
     ("en", "Option one: a new shipment to the address you confirm."),
     ("ja", "正しいご住所へ発送し直します。")],
)  # fmt: skip
def test_a_new_sending_is_a_resend(language: str, text: str) -> None:
    assert _offered(text, language) == {"resend"}


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "We can arrange a new delivery to the address you gave us."),
     ("it", "Il corriere proverà una nuova consegna domani."),
     ("it", "Ci indichi un nuovo recapito telefonico."),
     ("es", "Esperamos una nueva remesa del fabricante a final de mes.")],
)  # fmt: skip
def test_a_new_delivery_or_stock_is_no_new_unit(language: str, text: str) -> None:
    assert "replacement" not in _offered(text, language)


def test_a_restock_or_a_resend_already_made_is_no_offer() -> None:
    assert "resend" not in _offered("We expect a new shipment of stock next week.", "en")
    assert "resend" not in _offered("先週、発送し直しました。", "ja")


@pytest.mark.parametrize(
    ("language", "text"),
    [("it", "Le inviamo un nuovo tostapane."),
     ("es", "Le mandamos una nueva tetera."),
     ("en", "We will ship you a new toaster.")],
)  # fmt: skip
def test_a_new_unit_by_its_noun_is_still_a_replacement(language: str, text: str) -> None:
    assert "replacement" in _offered(text, language)
