"""An investigation opened as the second of two acts sharing one auxiliary ("we have told the
carrier and opened an investigation", "nous avons prévenu La Poste et ouvert une enquête") is
claimed as done, in every language; one only planned is not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.claims import claims, phrasing


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We have told the courier about the missing box and opened a trace request."),
        ("fr", "Nous avons prévenu La Poste de la perte de la boîte et ouvert une réclamation."),
        ("es", "Hemos avisado a la agencia de la caja perdida y abierto una incidencia."),
        ("it", "Abbiamo avvisato il corriere della scatola smarrita e aperto una pratica."),
        ("de", "Wir haben den Verlust der Kiste bei der Post gemeldet und eine Nachforschung eingeleitet."),
    ],
)  # fmt: skip
def test_a_case_opened_second_is_claimed(language: str, sentence: str) -> None:
    assert "case_opened" in [c.name for c in claims(sentence, None, phrasing(language))], sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "If the box does not turn up, we will tell the courier and open a trace request."),
        ("fr", "Si la boîte n'arrive pas, nous préviendrons La Poste et ouvrirons une réclamation."),
        ("es", "Si la caja no llega, avisaremos a la agencia y abriremos una incidencia."),
    ],
)  # fmt: skip
def test_a_case_only_planned_is_not(language: str, sentence: str) -> None:
    assert "case_opened" not in [c.name for c in claims(sentence, None, phrasing(language))]
