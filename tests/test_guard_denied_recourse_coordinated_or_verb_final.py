"""Steering a buyer away from a recourse, however the sentence is built: the recourse in a
second conjunct after the denial ("ni d'ouvrir une réclamation", "ni abrir una reclamación",
"né aprire un reclamo") or, in German, before a verb that closes the clause ("Einen
A-bis-z-Garantieantrag müssen Sie dafür nicht stellen"). Telling the buyer how to open one
is no suppression. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

TRANSIT = {"tracking_number": "LX123456785CN", "carrier": "DHL", "buyer_name": "Emma"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("fr", "Inutile de passer par la procédure d'Amazon ni d'ouvrir une réclamation."),
     ("es", "No hace falta escribir a Amazon ni abrir una reclamación: hablemos aquí."),
     ("it", "Non serve scrivere ad Amazon né aprire un reclamo: risolviamo qui."),
     ("de", "Einen A-bis-z-Garantieantrag müssen Sie dafür nicht stellen."),
     ("de", "Eine Bewertung brauchen Sie jetzt bitte nicht zu schreiben.")],
)  # fmt: skip
def test_a_denied_recourse_is_suppression(language: str, sentence: str) -> None:
    assert "buyer.no-suppression" in rules_raised(language, sentence, TRANSIT)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("fr", "Vous pouvez ouvrir une réclamation depuis votre compte à tout moment."),
     ("de", "Einen Garantieantrag können Sie jederzeit in Ihrem Konto stellen.")],
)  # fmt: skip
def test_how_to_open_one_is_no_suppression(language: str, sentence: str) -> None:
    assert "buyer.no-suppression" not in rules_raised(language, sentence, TRANSIT)
