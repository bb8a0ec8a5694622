"""A word that denies a remedy denies it only as a whole word: "entweder ... oder" (either ...
or) holds "weder" (neither) and offers both remedies. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard import remedies
from sellermail.guard.ready import ready


def _offered(text: str) -> set[str]:
    ready("de")
    return set(remedies.offers_in(text, remedies.phrasing("de")))


@pytest.mark.parametrize(
    "text",
    ["Wir können Ihnen entweder einen Ersatz schicken oder den Kaufpreis erstatten.",
     "Gern senden wir dir entweder ein Ersatzgerät oder erstatten dir den Betrag."],
)  # fmt: skip
def test_either_or_offers_the_replacement(text: str) -> None:
    assert "replacement" in _offered(text)


def test_neither_still_denies_it() -> None:
    assert "replacement" not in _offered(
        "Wir können Ihnen weder einen Ersatz schicken noch etwas erstatten."
    )
