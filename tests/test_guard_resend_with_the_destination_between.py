"""Shipping the order again said with the order and where it goes between the verb and "again"
("send your order to the correct address again", "die Bestellung noch einmal an Ihre richtige
Adresse senden", "inviare il pacco al suo indirizzo corretto un'altra volta") is offered; an
apology or a photo asked for "noch einmal" offers none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_FACTS = {"buyer_name": "Anna", "order_id": "306-8817425-1103367", "offers": ["resend"]}


def _offer_details(language: str, sentence: str, offers: list[str]) -> list[str]:
    text = f"Anna,\n\n{sentence}\n\nLumilu"
    report = checked("wrong-address", language, text, {**_FACTS, "offers": offers})
    return [v.detail for v in report.violations if v.kind == "offer_mismatch"]


RESENT = [
    ("en", "We can send your order to the correct address again."),
    ("en", "We'll ship the order once more, free of charge."),
    ("de", "Wir würden Ihnen die Bestellung 306-8817425-1103367 gern noch einmal an Ihre "
           "richtige Adresse senden."),
    ("de", "Wir können Ihnen die Bestellung 306-8817425-1103367 ein zweites Mal zuschicken."),
    ("fr", "Nous vous enverrons de nouveau la commande 306-8817425-1103367."),
    ("es", "Podemos enviarle el pedido a la dirección correcta de nuevo."),
    ("it", "Possiamo inviare il pacco al suo indirizzo corretto un'altra volta."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), RESENT)
def test_the_order_sent_again_is_offered(language: str, sentence: str) -> None:
    details = _offer_details(language, sentence, ["resend"])
    assert not details, details


@pytest.mark.parametrize(
    "sentence",
    [
        "Für die Verwechslung bei Bestellung 306-8817425-1103367 möchten wir uns noch einmal "
        "für die verspätete Lieferung entschuldigen.",
        "Könnten Sie uns zu Bestellung 306-8817425-1103367 noch einmal ein Foto schicken?",
    ],
)
def test_words_said_again_offer_no_resend(sentence: str) -> None:
    details = _offer_details("de", sentence, ["partial_refund"])
    assert not [d for d in details if d.startswith("adds")], details
