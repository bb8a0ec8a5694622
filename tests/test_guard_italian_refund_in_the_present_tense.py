"""Italian gives the money back in the present tense too (le restituiamo quanto ha pagato, le
rendiamo i soldi): a refund, added where the facts offer none. Giving back the parcel (lo
restituisca) is none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

FACTS = {"buyer_name": "Roberto", "order_id": "14-11283-40597", "tracking_number": "UG736201945YP",
         "offers": ["resend"], "store_name": "negozio-it", "marketplace": "eBay.it"}  # fmt: skip


def _offer_blocks(sentence: str) -> list[str]:
    text = (f"Salve Roberto,\n\nil tracciamento UG736201945YP dell'ordine 14-11283-40597 è fermo. "
            f"Possiamo rispedirle subito il pacco. {sentence}\n\nSaluti,\nnegozio-it")  # fmt: skip
    report = sellermail.check("shipment-no-update", FACTS, text, channel="ebay", language="it")
    return [v.detail for v in report.violations if v.kind == "offer_mismatch"]


@pytest.mark.parametrize(
    "sentence",
    ["Se preferisce, le restituiamo quanto ha pagato.", "Oppure le rendiamo i soldi.",
     "In alternativa le ridiamo quanto ha speso."],
)  # fmt: skip
def test_money_given_back_in_the_present_tense_is_a_refund(sentence: str) -> None:
    assert any("adds" in b for b in _offer_blocks(sentence))


def test_without_it_nothing_is_added() -> None:
    assert not _offer_blocks("Ci faccia sapere.")
