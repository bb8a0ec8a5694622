"""A handling time (days after purchase the order ships) restated in business days, or said
as one day "at the latest", keeps the fact and invents nothing: the marketplaces count
handling time in business days. Another number of days is still a change, and a delivery's
days are not business days. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

_SPEC = sellermail.get_scenario("tracking-number-reply")


def _blocks(language: str, text: str, handling: int = 1) -> list[str]:
    facts = {"order_id": "112-7305918-4462139", "handling_days": handling,
             "delivery_business_days": "3-7", "store_name": "Maple Home"}  # fmt: skip
    report = sellermail.check(_SPEC, facts, f"{text} Maple Home", channel="ebay", language=language)
    return [f"{v.kind} {v.fact}" for v in report.violations if v.kind != "missing_fact"
            or v.fact in ("handling_days", "delivery_business_days")]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "handling"),
    [("en", "Order 112-7305918-4462139 ships within 1 business day; delivery takes 3-7 business days.", 1),
     ("en", "Order 112-7305918-4462139 ships at most one day after purchase; delivery takes 3-7 business days.", 1),
     ("de", "Bestellung 112-7305918-4462139 verschicken wir spätestens einen Tag nach dem Kauf, die Zustellung dauert 3–7 Werktage.", 1),
     ("it", "Ordine 112-7305918-4462139: spediamo entro 2 giorni lavorativi, consegna in 3-7 giorni lavorativi.", 2),
     ("fr", "Commande 112-7305918-4462139 : expédiée sous 2 jours ouvrés, livrée en 3 à 7 jours ouvrés.", 2),
     ("es", "Pedido 112-7305918-4462139: lo enviamos en 2 días hábiles y llega en 3 a 7 días hábiles.", 2),
     ("ja", "ご注文 112-7305918-4462139 は2営業日以内に発送し、3～7営業日でお届けします。", 2),
     ("es", "Pedido 112-7305918-4462139: lo enviamos a más tardar un día después de la compra; llega en 3 a 7 días hábiles.", 1)],
)  # fmt: skip
def test_handling_time_in_business_days_is_kept(language: str, text: str, handling: int) -> None:
    assert _blocks(language, text, handling) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "Order 112-7305918-4462139 ships within 3 business days; delivery takes 3-7 business days."),
     ("de", "Bestellung 112-7305918-4462139 verschicken wir innerhalb von 4 Werktagen, die Zustellung dauert 3–7 Werktage."),
     ("fr", "Commande 112-7305918-4462139 : expédiée sous 5 jours ouvrés, livrée en 3 à 7 jours ouvrés.")],
)  # fmt: skip
def test_another_handling_time_is_a_change(language: str, text: str) -> None:
    assert "missing_fact handling_days" in _blocks(language, text, 2)
