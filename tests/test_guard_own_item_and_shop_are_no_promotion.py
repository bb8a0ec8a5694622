"""A transactional message's own item and shop words: the new item sent as a replacement
("einen neuen Artikel", "un nuovo prodotto") and the shop the order was placed in ("Ihre
Bestellung in unserem Shop", the status found there) promote nothing, and make no e-mail
marketing. New products of ours, more of them found in our shop, or our whole range, still do. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking, with_added

_PROMOTION = "buyer.no-promotion"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Wir schicken Ihnen einen neuen Artikel als Ersatz."),
        ("de", "Sobald Ihr neuer Artikel da ist, können Sie den alten zurückschicken."),
        ("it", "Le spediremo un nuovo prodotto entro due giorni."),
        ("de", "Den Sendungsstatus finden Sie jederzeit in unserem Shop unter Mein Konto."),
    ],
)
def test_the_replacement_item_is_no_promotion(language: str, sentence: str) -> None:
    assert _PROMOTION not in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Entdecken Sie unsere neuen Artikel für den Herbst!"),
        ("de", "Schauen Sie sich unser gesamtes Sortiment an."),
        ("de", "Werfen Sie einen Blick in unseren Markenshop."),
        ("de", "Passend dazu finden Sie in unserem Shop auch die neuen Deckel."),
        ("it", "Scopra le nuove collezioni nel nostro negozio."),
    ],
)
def test_new_products_or_the_range_are_promotion(language: str, sentence: str) -> None:
    assert _PROMOTION in rules_blocking(language, sentence)


def test_the_shop_of_the_order_makes_no_marketing_email() -> None:
    report = with_added(
        "shipping-in-transit", "de", "Vielen Dank für Ihre Bestellung in unserem Shop.",
        channel="email",
    )  # fmt: skip
    assert "email.marketing-opt-out" not in {v.rule for v in report.violations}


def test_our_whole_shop_makes_a_marketing_email() -> None:
    report = with_added(
        "shipping-in-transit", "de", "Stöbern Sie gern in unserem gesamten Shop.",
        channel="email",
    )  # fmt: skip
    assert "email.marketing-opt-out" in {v.rule for v in report.violations}
