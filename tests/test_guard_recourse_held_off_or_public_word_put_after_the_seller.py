"""Asking the buyer to wait with a return or claim, to need none, or to come to the seller
before saying anything in public ("Warten Sie mit der Rücksendung doch kurz", "rather than
posting about it") discourages a recourse; waiting for our label, or a return said not to be
needed with a refund, discourages none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

SUPPRESSION = "buyer.no-suppression"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "If something is wrong, write to us instead of complaining online."),
     ("en", "Please talk to us before saying anything online about it."),
     ("en", "Come to us first, rather than writing about it publicly."),
     ("de", "Mit der Rücksendung warten Sie bitte noch, bis wir uns gemeldet haben."),
     ("de", "Warten Sie mit der Reklamation bei eBay bitte noch ein paar Tage."),
     ("de", "Einen Antrag bei Amazon oder eine Beschwerde müssen Sie dafür nicht einzureichen.")],
)  # fmt: skip
def test_a_recourse_held_off(language: str, sentence: str) -> None:
    assert SUPPRESSION in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Before you go about it, check that the blade is locked."),
     ("en", "Please read the guide before using it."),
     ("de", "Warten Sie bitte auf unsere Antwort, dann melden wir uns mit dem Rücksendeetikett."),
     ("de", "Warten Sie mit der Rücksendung bitte, bis das Rücksendeetikett bei Ihnen ist."),
     ("de", "Eine Rücksendung brauchen Sie nicht zu starten, Sie dürfen den Artikel behalten.")],
)  # fmt: skip
def test_waiting_for_our_label_is_fine(language: str, sentence: str) -> None:
    assert SUPPRESSION not in rules_blocking(language, sentence)
