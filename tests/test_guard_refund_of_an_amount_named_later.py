"""A refund of an amount named a few words on is a partial refund: "refund the shipping cost
of $4.99", "nous vous remboursons aussi 5 €" (an adverb between), "erstatten Ihnen zusätzlich
5 €"; the full price named so stays a full refund. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

ADDED = [
    ("en", "We will send you a replacement, and we will also refund the shipping cost of $4.99."),
    ("en", "On top of the replacement we will refund you the delivery charge of £3.50."),
    ("fr", "Nous vous envoyons un remplacement et nous vous remboursons aussi 5 € de frais de port."),
    ("de", "Wir schicken Ihnen einen Ersatz und erstatten Ihnen zusätzlich 5 € für die "
     "Unannehmlichkeiten."),
    ("es", "Le enviamos un reemplazo y además le reembolsamos 5 € por las molestias."),
    ("it", "Le inviamo una sostituzione e le rimborsiamo anche 5 € per il disagio."),
    ("ja", "交換品をお送りし、さらにお詫びとして500円を返金いたします。"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), ADDED)
def test_a_refund_of_an_amount_adds_a_partial_refund(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["replacement"])
    assert any("adds a partial refund" in b for b in blocks), blocks


def test_the_full_price_refunded_is_a_full_refund() -> None:
    assert not offer_blocks("en", "We will refund the full price of $49.99.", ["full_refund"])
