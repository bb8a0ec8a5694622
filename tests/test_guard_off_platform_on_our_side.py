"""Words for "on our side" ("por nuestra parte", "por nuestro lado") beside a word of sending or
contacting names no channel: no off-platform contact; "escríbanos por nuestra web" still is.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_OFF = "buyer.no-off-platform"


@pytest.mark.parametrize(
    "sentence",
    [
        "Vigilaremos el envío por nuestra parte y le avisaremos si hay novedades.",
        "Por nuestra parte, revisaremos el envío cada día.",
        "Hablaremos con la empresa de transporte por nuestro lado.",
    ],
)
def test_on_our_side_is_no_channel(sentence: str) -> None:
    assert _OFF not in rules_blocking("es", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Escríbanos por nuestra web y le atenderemos antes.",
        "Contáctenos por WhatsApp para una respuesta más rápida.",
    ],
)
def test_another_channel_is_still_caught(sentence: str) -> None:
    assert _OFF in rules_blocking("es", sentence)
