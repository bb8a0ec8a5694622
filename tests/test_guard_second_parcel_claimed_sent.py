"""A new size or a second parcel said to be already sent, the object first or many words between
the auxiliary and the parcel ("Die gewünschte Größe XL haben wir vorsorglich schon heute mit
einem zweiten Paket an Sie auf den Weg gebracht"), claims a resend no fact gives; offered for
later it claims nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added


def _invented(sentence: str) -> bool:
    report = with_added("exchange-after-shipment", "de", sentence)
    return any("which no fact supports" in v.detail for v in report.violations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die gewünschte Größe M haben wir bereits gestern mit einem separaten Paket an Sie verschickt.",
        "Wir haben die richtige Farbe heute zusätzlich in einem zweiten Paket an Sie geschickt.",
    ],
)
def test_a_second_parcel_sent_is_claimed(sentence: str) -> None:
    assert _invented(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Sobald wir die Handschuhe zurückerhalten haben, schicken wir Ihnen die gewünschte Größe in einem separaten Paket.",
        "Gern verschicken wir die Größe XL mit einem zweiten Paket, wenn Sie uns Bescheid geben.",
    ],
)
def test_a_second_parcel_offered_is_no_claim(sentence: str) -> None:
    assert not _invented(sentence), sentence
