"""In an exchange, sending back the item the buyer received is part of the replacement, however
the draft names it: "the original", or the product's own noun ("send the lamp back", "nous
renvoyer la lampe"). Where a return is no offer of its own, naming the product does not add
one; where a return is offered, naming the product keeps it. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail
from drafted import checked

PRODUCTS = {"en": "brass reading lamp", "de": "Leselampe aus Messing",
            "fr": "lampe de lecture en laiton", "es": "lámpara de lectura de latón",
            "it": "lampada da lettura in ottone"}  # fmt: skip
EXCHANGE = {
    "en": "Order 305-1122334-5566778: your brass reading lamp has already shipped. Once it "
    "arrives, we can send you a free replacement or give you a full refund. To send the lamp "
    "back, start a return from Your Orders.",
    "de": "Bestellung 305-1122334-5566778: Ihre Leselampe aus Messing ist bereits unterwegs. "
    "Nach Erhalt schicken wir Ihnen gern einen kostenlosen Ersatz oder erstatten Ihnen den "
    "vollen Kaufpreis. Die Leselampe senden Sie uns über „Meine Bestellungen“ zurück.",
    "fr": "Commande 305-1122334-5566778 : votre lampe de lecture en laiton est déjà partie. À "
    "réception, nous vous proposons un remplacement gratuit ou un remboursement intégral. Pour "
    "nous renvoyer la lampe, lancez le retour depuis « Vos commandes ».",
    "es": "Pedido 305-1122334-5566778: su lámpara de lectura de latón ya está en camino. Al "
    "recibirla, le ofrecemos un cambio gratuito o un reembolso completo. Para devolvernos la "
    "lámpara, inicie la devolución desde «Mis pedidos».",
    "it": "Ordine 305-1122334-5566778: la sua lampada da lettura in ottone è già partita. "
    "Alla consegna, le offriamo una sostituzione gratuita o un rimborso completo. Per "
    "restituirci la lampada, avvii il reso da «I miei ordini».",
}


def _offer_blocks(report: sellermail.Report) -> list[str]:
    return [v.detail for v in report.violations if v.kind == "offer_mismatch"]


@pytest.mark.parametrize("language", list(EXCHANGE))
def test_the_product_sent_back_in_an_exchange_adds_no_return(language: str) -> None:
    facts = {"order_id": "305-1122334-5566778", "product": PRODUCTS[language],
             "offers": ["replacement", "full_refund"]}  # fmt: skip
    text = f"{EXCHANGE[language]}\n\nLumen"
    assert not _offer_blocks(checked("exchange-after-shipment", language, text, facts))


def test_a_return_offered_is_kept_by_naming_the_product() -> None:
    facts = {"product": "brass reading lamp", "partial_refund": "8",
             "offers": ["partial_refund", "return"]}  # fmt: skip
    text = ("Hi, sorry the brass reading lamp is not what you hoped for. Keep it and we refund "
            "you $8.00, or send the lamp back to us and we refund it in full.\n\nLumen")  # fmt: skip
    blocks = _offer_blocks(sellermail.check("return-size-mismatch", facts, text, language="en"))
    assert not any("return" in b for b in blocks), blocks


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "You can also simply send the lamp back with a prepaid label."),
        ("fr", "Vous pouvez aussi nous renvoyer la lampe avec une étiquette prépayée."),
        ("it", "In alternativa può restituirci la lampada con un'etichetta prepagata."),
    ],
)
def test_the_product_sent_back_as_one_more_option_adds_a_return(
    language: str, sentence: str
) -> None:
    facts = {"order_id": "305-1122334-5566778", "product": PRODUCTS[language],
             "offers": ["replacement", "full_refund"]}  # fmt: skip
    first = EXCHANGE[language].rsplit(".", 2)[0]  # the exchange without its last sentence
    draft = f"{first}. {sentence}\n\nLumen"
    blocks = _offer_blocks(checked("exchange-after-shipment", language, draft, facts))
    assert any("adds a return" in b for b in blocks), blocks
