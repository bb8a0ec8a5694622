"""German names the item the buyer received in one word as well as two: a return of "die
Originalware" or "das Originalgerät" is the original going back in an exchange, not a return
offered on its own; "die Originalverpackung" names no item. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard import remedies
from sellermail.guard.ready import ready


def _offered(text: str) -> set[str]:
    ready("de")
    return set(remedies.offers_in(text, remedies.phrasing("de")))


@pytest.mark.parametrize(
    "text",
    ["Die Originalware melden Sie nach Erhalt einfach zur Rücksendung an.",
     "Das Originalgerät schicken Sie uns danach zurück."],
)  # fmt: skip
def test_an_original_compound_goes_back_in_the_exchange(text: str) -> None:
    assert _offered(text) == {remedies.ORIGINAL}


def test_the_original_box_is_no_item() -> None:
    assert "return" in _offered("Die Originalverpackung schicken Sie uns zurück.")
