"""A remedy said to be impossible is not offered: "we aren't able to exchange it", "it's too late
to swap", and a German refusal at the clause's end past the order's number ("einen Umtausch
Ihrer Bestellung 302-... können wir leider nicht mehr durchführen"); the same remedy said
possible is still offered. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing

IMPOSSIBLE = [
    ("en", "The parcel has already left, so we aren't able to exchange it now."),
    ("en", "It's too late to swap the order now that it's with the courier."),
    ("de", "Einen Umtausch Ihrer Bestellung 302-1234567-1234567 können wir leider nicht mehr durchführen."),
]  # fmt: skip
POSSIBLE = [
    ("en", "Once it arrives, we are able to exchange it for the larger size."),
    ("de", "Einen Umtausch können wir gern durchführen, sobald das Paket bei uns ist."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), IMPOSSIBLE)
def test_an_impossible_exchange_offers_none(language: str, sentence: str) -> None:
    assert "replacement" not in offered(sentence, phrasing(language))


@pytest.mark.parametrize(("language", "sentence"), POSSIBLE)
def test_a_possible_exchange_is_offered(language: str, sentence: str) -> None:
    assert "replacement" in offered(sentence, phrasing(language))
