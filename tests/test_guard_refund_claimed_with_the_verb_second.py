"""A refund claimed as made with German's verb second ("Heute haben wir Ihnen die
Teilerstattung ... angewiesen") and an order number among the words before the participle is a
claim, as "Wir haben ..." is. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.claims import claims, phrasing


@pytest.mark.parametrize(
    "sentence",
    [
        "Heute haben wir Ihnen die Teilerstattung für die Bestellung 028-1234567-7654321 bereits angewiesen.",
        "Damit Sie nicht warten müssen, haben wir dir die Rückerstattung schon vorsorglich veranlasst.",
        "Wir haben Ihnen die Erstattung für Ihren Auftrag 028-1234567-7654321 gestern überwiesen.",
    ],
)  # fmt: skip
def test_a_refund_made_is_claimed_whatever_the_order(sentence: str) -> None:
    assert [c.name for c in claims(sentence, None, phrasing("de"))][:1] == ["refunded"], sentence


def test_a_refund_not_yet_made_is_no_claim() -> None:
    sentence = "Bisher haben wir Ihnen die Teilerstattung noch nicht angewiesen."
    assert "refunded" not in [c.name for c in claims(sentence, None, phrasing("de"))]
