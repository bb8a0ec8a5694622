"""A review asked to be supplemented or edited, however far its verb, or its removal made the
condition of what we do ("Ihre Bewertung bei Gelegenheit noch um einen Satz ergänzen", "appena
avrà tolto la recensione", "your earlier post ... it only takes a moment to edit it") is review
manipulation; what we did after reading a review is not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

MANIPULATION = {"review.no-manipulation", "review.no-manipulation-implied"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Your original comment is still up; it's quick to update it from Your Orders."),
     ("en", "If your first post no longer fits, it takes only a minute to change it."),
     ("de", "Vielleicht mögen Sie Ihre Rezension irgendwann noch mit ein paar Worten aktualisieren."),
     ("de", "Sobald Sie die Bewertung entfernt haben, schicken wir den Ersatz."),
     ("it", "Appena avrà tolto la sua recensione, le spediremo il ricambio.")],
)  # fmt: skip
def test_a_review_asked_to_be_revised(language: str, sentence: str) -> None:
    assert rules_blocking(language, sentence) & MANIPULATION


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "It only takes a moment to update your shipping address in your account."),
     ("en", "Your earlier message was clear; it only takes a minute to change the size on our side."),
     ("de", "Ihre Bewertung hat uns geholfen, die Anleitung zu ergänzen."),
     ("de", "Sobald Sie die Bewertung abgegeben haben, ist sie sichtbar."),
     ("it", "Abbiamo tolto la voce dalla lista; la sua recensione resta visibile.")],
)  # fmt: skip
def test_what_we_did_after_a_review_is_fine(language: str, sentence: str) -> None:
    assert not rules_blocking(language, sentence) & MANIPULATION
