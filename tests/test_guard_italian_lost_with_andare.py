"""Italian says a parcel was lost with "andare" and any of its participles: "è andato smarrito"
claims the loss like "è andato perso" and "è smarrito"; a supposition ("se fosse andato
smarrito") claims nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

FACTS = {"buyer_name": "Silvia Fontana", "order_id": "408-5529173-1108437",
         "tracking_number": "RB928374617SG", "offers": ["resend", "full_refund"],
         "store_name": "GreenYoga Italia", "marketplace": "Amazon.it"}  # fmt: skip


def _claims(sentence: str) -> list[str]:
    base = sellermail.render("shipment-no-update", FACTS, language="it").text
    report = sellermail.check("shipment-no-update", FACTS, f"{base}\n\n{sentence}", language="it")
    return [v.detail for v in report.violations if "claims" in v.detail]


@pytest.mark.parametrize(
    "sentence",
    ["Il corriere ci ha confermato che il pacco è andato smarrito durante il trasporto.",
     "Purtroppo la spedizione è andata smarrita."],
)  # fmt: skip
def test_lost_with_andare_is_a_claim(sentence: str) -> None:
    assert any("lost" in c for c in _claims(sentence))


def test_a_supposition_claims_nothing() -> None:
    assert not _claims("Se il pacco fosse andato smarrito, Le rimborseremo tutto.")
