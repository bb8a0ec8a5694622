"""The buyer asked to confirm or check that the address is right (ci confermi che l'indirizzo è
corretto, verifichi che…) is told nothing was changed: no claim that the address has been
updated. The seller's own word that it was (confermiamo che l'indirizzo è stato corretto,
abbiamo già aggiornato l'indirizzo) still is. Italian only: the other languages already read
their requests so. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

FACTS = {"order_id": "303-4471829-1180367", "offers": ["resend"], "buyer_name": "Anna Rossi",
         "store_name": "Lumora", "marketplace": "Amazon.it"}  # fmt: skip


def _claims(sentence: str) -> list[str]:
    text = f"Gentile Anna Rossi,\n\nl'ordine 303-4471829-1180367 le sarà rispedito. {sentence}\n\nLumora"
    report = sellermail.check("wrong-address", FACTS, text, language="it")
    return [v.detail for v in report.violations if v.kind == "invented_fact"]


@pytest.mark.parametrize(
    "sentence",
    ["Ci confermi che l'indirizzo salvato è corretto.",
     "Verifichi per cortesia che l'indirizzo sul suo profilo è corretto.",
     "Ci confermi per favore se l'indirizzo di consegna indicato è corretto, così procediamo.",
     "Controlli gentilmente che l'indirizzo nel suo account è corretto.",
     "Mi confermate che l'indirizzo sul vostro profilo è corretto?"],
)  # fmt: skip
def test_a_request_to_confirm_the_address_is_no_claim(sentence: str) -> None:
    assert not _claims(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Confermiamo che l'indirizzo è stato corretto.", "Abbiamo già aggiornato il suo indirizzo."],
)
def test_the_sellers_own_word_is_still_a_claim(sentence: str) -> None:
    assert _claims(sentence)
