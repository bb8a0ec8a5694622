"""Remedies added in words that name no remedy: another variant of the product sent, named by
its measure ("send you the 16-inch one", "le mandamos la de 40 cm"), is a replacement; the
charge for shipping the order refunded on its own ("we'll also refund the original shipping")
is a partial refund, not the full one. The return's shipping and a price refunded with its
shipping stay what they were. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing

VARIANT = [
    ("en", "We can also send you the 16-inch one free of charge."),
    ("es", "También podemos enviarle gratis la de 40 cm."),
    ("fr", "Nous pouvons aussi vous envoyer celle de 16 pouces."),
    ("it", "Possiamo anche spedirle quella da 2 litri."),
]  # fmt: skip
SHIPPING = [
    ("en", "We'll also refund the original shipping charge."),
    ("en", "We will refund your postage too."),
    ("de", "Die Versandkosten erstatten wir Ihnen zusätzlich."),
    ("es", "También le reembolsamos los gastos de envío."),
    ("fr", "Nous vous remboursons aussi les frais de port."),
    ("it", "Le rimborsiamo anche le spese di spedizione."),
]  # fmt: skip
NOT_PARTIAL = [
    ("en", "Once it's back, we'll issue a full refund including the original shipping."),
    ("en", "We'll refund the shipping and the item price in full."),
    ("de", "Wir erstatten Ihnen den Kaufpreis inklusive Versandkosten."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), VARIANT)
def test_another_variant_sent_is_a_replacement(language: str, sentence: str) -> None:
    assert "replacement" in offered(sentence, phrasing(language))


@pytest.mark.parametrize(("language", "sentence"), SHIPPING)
def test_the_shipping_refunded_alone_is_a_partial_refund(language: str, sentence: str) -> None:
    assert "partial_refund" in offered(sentence, phrasing(language))


@pytest.mark.parametrize(("language", "sentence"), NOT_PARTIAL)
def test_the_shipping_refunded_with_the_price_is_no_partial_refund(
    language: str, sentence: str
) -> None:
    assert "partial_refund" not in offered(sentence, phrasing(language))
