"""A delivery claim keeps its meaning with an aside in brackets between its verb and participle
("wurde Ihr Ersatzpaket (UG582019364YP) inzwischen zugestellt"); the replacement's check after
a review presupposes only that it was sent, not that it arrived. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added

_FACTS = {"product": "garden hose", "tracking_number": "LX123456785CN", "store_name": "Kiefer & Co"}


def _invented(sentence: str) -> bool:
    report = with_added("review-followup-check", "de", sentence, _FACTS)
    return any(v.kind == "invented_fact" for v in report.violations if v.severity == "block")


@pytest.mark.parametrize(
    "sentence",
    [
        "Laut Sendungsverfolgung wurde Ihr Paket (LX123456785CN) gestern zugestellt.",
        "Laut DHL wurde die Lieferung (Ersatz) inzwischen ausgeliefert.",
    ],
)
def test_a_delivery_past_an_aside_is_invented(sentence: str) -> None:
    assert _invented(sentence)


def test_a_delivery_awaited_past_an_aside_is_no_claim() -> None:
    assert not _invented("Sobald Ihr Paket (LX123456785CN) zugestellt wurde, melden Sie sich gern.")
