"""A delivery claim in the passive or a compound tense keeps its meaning with words between the
auxiliary and the participle: the subject with an aside ("ist Ihre Ersatz-Pfanne (LY…) inzwischen
bei Ihnen zugestellt worden"), adverbs ("elle vous a d'ailleurs été livrée"). An exchange asked
for after shipping is about a parcel on its way: a delivery claimed there is the facts' to
support. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added
from sellermail.guard.claims import NAMES

_CHECK = {"product": "Teekanne", "tracking_number": "LX123456785CN", "store_name": "Kiefer & Co"}
_EXCHANGE = {"buyer_name": "Lea", "order_id": "403-1234567-7654321", "product": "lampe",
             "store_name": "Maison Claire", "offers": ["replacement"]}  # fmt: skip


def _invented(scenario: str, language: str, sentence: str, facts: dict[str, object]) -> bool:
    report = with_added(scenario, language, sentence, facts)
    return any(
        v.kind == "invented_fact" and NAMES["delivered"] in v.detail
        for v in report.violations
        if v.severity == "block"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Laut DHL ist Ihre Ersatz-Teekanne (Paket LX123456785CN) mittlerweile bei Ihnen"
        " zugestellt worden.",
        "Wie wir sehen, ist das Paket mit der neuen Kanne gestern Mittag bei Ihnen abgegeben und"
        " zugestellt worden.",
        "Ihre Bestellung wurde laut Tracking heute Vormittag an Sie ausgeliefert.",
    ],
)
def test_a_german_delivery_with_words_between_is_invented(sentence: str) -> None:
    assert _invented("review-followup-check", "de", sentence, _CHECK)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ihre Teekanne wird voraussichtlich morgen bei Ihnen zugestellt werden.",
        "Ihr Paket ist laut DHL leider noch nicht bei Ihnen zugestellt worden.",
    ],
)
def test_a_german_delivery_to_come_or_denied_is_no_claim(sentence: str) -> None:
    assert not _invented("review-followup-check", "de", sentence, _CHECK)


@pytest.mark.parametrize(
    "sentence",
    [
        "D'après le suivi, elle vous a d'ailleurs été livrée hier soir.",
        "Le colis vous a visiblement été remis ce matin par le livreur.",
    ],
)
def test_a_french_delivery_to_the_buyer_after_shipping_is_invented(sentence: str) -> None:
    assert _invented("exchange-after-shipment", "fr", sentence, _EXCHANGE)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le colis ne vous a pas encore été livré.",
        "Dès que la lampe vous aura été livrée, renvoyez-la-nous depuis « Vos commandes ».",
    ],
)
def test_a_french_delivery_to_come_is_no_claim(sentence: str) -> None:
    assert not _invented("exchange-after-shipment", "fr", sentence, _EXCHANGE)
