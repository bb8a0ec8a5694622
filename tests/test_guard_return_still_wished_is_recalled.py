"""A return the buyer still wishes to make, the remedy the verb of their wish ("if you'd still
prefer to return the item", "si vous souhaitez toujours le retourner", "falls Sie ihn weiterhin
zurücksenden möchten"), recalls their own request: no return added; a refund still preferred is
the seller's to give, and offered. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard import remedies


def _offered(language: str, sentence: str) -> set[str]:
    return remedies.offered(sentence, remedies.phrasing(language))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "If you'd still prefer to return the item instead, that's absolutely fine."),
        ("en", "If you still want to return it, your return request stays open."),
        ("fr", "Si vous souhaitez toujours le retourner, c'est tout à fait possible."),
        ("de", "Falls Sie ihn weiterhin zurücksenden möchten, ist das natürlich in Ordnung."),
        ("it", "Se vuoi ancora restituirlo, nessun problema."),
    ],
)
def test_a_return_still_wished_is_no_offer(language: str, sentence: str) -> None:
    assert "return" not in _offered(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "If you'd prefer to return it instead, we'll take it back."),
        ("en", "If you'd still prefer a full refund, just let us know."),
        ("fr", "Si vous souhaitez le retourner, c'est possible."),
    ],
)
def test_a_remedy_not_still_wished_is_offered(language: str, sentence: str) -> None:
    assert _offered(language, sentence)
