"""A replacement is the order shipped again: a message about a replacement may say it was
re-sent ("neu verschickt", "re-shipped") without adding a resend; a message offering only a
refund may not. (Sentences of our own.)"""

from __future__ import annotations

import sellermail

FACTS = {"buyer_name": "Jens Petersen", "order_id": "14-11372-58204",
         "tracking_number": "H1002470091836257301", "carrier": "Hermes", "delivery_days": "2-3",
         "product": "Bambus-Badematte 50 x 80 cm", "store_name": "Badezauber",
         "marketplace": "eBay.de"}  # fmt: skip
TEXT = ("Hallo Herr Petersen,\n\nwir haben die Bambus-Badematte 50 x 80 cm zu Ihrer Bestellung "
        "14-11372-58204 heute neu verschickt, mit Hermes (Sendungsnummer "
        "H1002470091836257301). Die Lieferung dauert 2-3 Tage.\n\nViele Grüße\nBadezauber")  # fmt: skip


def test_a_replacement_sent_anew_adds_no_resend() -> None:
    report = sellermail.check("replacement-shipped", FACTS, TEXT, channel="ebay", language="de")
    assert not [v for v in report.violations if v.kind == "offer_mismatch"]


def test_a_resend_beside_a_refund_is_still_added() -> None:
    facts = {"buyer_name": "Lisa Franke", "order_id": "305-8823160-1175492",
             "product": "Damen-Laufshorts", "offers": ["full_refund"],
             "store_name": "Pulsline", "marketplace": "Amazon.de"}  # fmt: skip
    text = ("Hallo Frau Franke,\n\nwir erstatten Ihnen den vollen Kaufpreis für die "
            "Damen-Laufshorts (Bestellung 305-8823160-1175492). Außerdem versenden wir "
            "die Bestellung erneut.\n\nViele Grüße\nPulsline")  # fmt: skip
    report = sellermail.check("return-request-reply", facts, text, language="de")
    assert any("adds shipping the order again" in v.detail for v in report.violations)
