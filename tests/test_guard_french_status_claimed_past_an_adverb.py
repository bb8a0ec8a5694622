"""French sets adverbs between the auxiliary and été ("a d'ailleurs déjà été enregistré", "a déjà
été déposé"): a refund or a parcel at a pickup point claimed so is still claimed; said of the
future it claims nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import invented_with_status, with_added

#: A status that leaves the parcel short of the pickup point.
_SORTED = "left the sorting centre in Shenzhen"


def _invented(scenario: str, sentence: str) -> bool:
    report = with_added(scenario, "fr", sentence)
    return any("which no fact supports" in v.detail for v in report.violations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le remboursement intégral a d'ailleurs déjà été enregistré de notre côté.",
        "Votre remboursement a également été lancé ce matin.",
    ],
)
def test_a_refund_past_an_adverb_is_claimed(sentence: str) -> None:
    assert _invented("exchange-after-shipment", sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "D'après le suivi, le colis a déjà été déposé dans le point relais le plus proche.",
        "Votre colis a bien été déposé au point relais de votre quartier.",
    ],
)
def test_a_pickup_point_past_an_adverb_is_claimed(sentence: str) -> None:
    assert invented_with_status("fr", sentence, _SORTED), sentence


def test_a_refund_to_come_is_no_claim() -> None:
    sentence = "Le remboursement sera enregistré dès réception du colis."
    assert not _invented("exchange-after-shipment", sentence)


def test_a_pickup_point_to_come_is_no_claim() -> None:
    sentence = "Si vous êtes absent, le colis sera déposé dans le point relais."
    assert not invented_with_status("fr", sentence, _SORTED)
