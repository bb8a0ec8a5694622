"""The buyer asked to come to the seller before going to the marketplace at all ("message us
before opening anything with Amazon", "bevor Sie sich an Amazon wenden"): suppression, in every
language. Opening the parcel first, or the marketplace offered as a way, is not. (Sentences of
our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_SUPPRESSION = "buyer.no-suppression"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Before you file anything with eBay, drop us a line."),
        ("en", "Please contact us before contacting Amazon."),
        ("de", "Melden Sie sich zuerst bei uns, bevor Sie sich an Amazon wenden."),
        ("fr", "Écrivez-nous avant de faire quoi que ce soit auprès d'Amazon."),
        ("es", "Escríbanos antes de abrir nada con Amazon."),
        ("it", "Si rivolga a noi prima di rivolgersi ad Amazon."),
        ("ja", "Amazonで何か手続きをされる前に、当店にご相談ください。"),
    ],
)
def test_the_marketplace_put_after_the_seller_is_suppression(language: str, sentence: str) -> None:
    assert _SUPPRESSION in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Before opening anything, please check the packaging for damage."),
        ("en", "You can open a claim with Amazon at any time."),
        ("de", "Bevor Sie das Paket öffnen, prüfen Sie bitte die Verpackung."),
        ("fr", "Avant d'ouvrir le colis, vérifiez l'emballage."),
        ("ja", "商品を開封される前に、外箱をご確認ください。"),
    ],
)
def test_opening_the_parcel_first_is_no_suppression(language: str, sentence: str) -> None:
    assert _SUPPRESSION not in rules_blocking(language, sentence)
