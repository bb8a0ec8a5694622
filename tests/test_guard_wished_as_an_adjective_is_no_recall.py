"""German "gewünscht" after a remedy recalls the buyer's request only as a bare participle
("einen Ersatz, wie gewünscht"); as an adjective before a noun ("einen Ersatz in der
gewünschten Farbe") it describes the unit sent, and the remedy stays offered. (Sentences of our
own.)"""

from __future__ import annotations

import pytest

from drafted import checked

FACTS = {"order_id": "306-1111111-2222222", "product": "Katzenkorb, blau",
         "offers": ["replacement", "full_refund"], "buyer_name": "Frau Berg", "store_name": "Laden"}  # fmt: skip
BASE = "Sehr geehrte Frau Berg,\n\nIhre Bestellung 306-1111111-2222222 (Katzenkorb, blau) ist unterwegs.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Wir senden Ihnen einen Ersatz in der gewünschten Farbe, oder Sie erhalten den vollen Kaufpreis zurück.",
        "Gern schicken wir einen Ersatz in der angefragten Ausführung; alternativ erstatten wir den vollen Kaufpreis.",
    ],
)  # fmt: skip
def test_a_replacement_in_the_wished_colour_is_offered(sentence: str) -> None:
    report = checked(
        "exchange-after-shipment", "de", f"{BASE}{sentence}\n\nViele Grüße\nLaden", FACTS
    )
    assert not [v.detail for v in report.violations if v.kind == "offer_mismatch"]
