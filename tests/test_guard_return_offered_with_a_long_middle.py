"""A return offered with the way it goes back between the verb and its particle ("senden es ganz
einfach über Ihr Amazon-Konto an uns zurück") or told as a simple instruction ("you can simply
send it back") is offered; a conjunction between verb and particle ends the reach, and how
returns work in general offers none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offers_read import read

OFFERED = [
    ("de", "Oder Sie schicken die Jacke ganz bequem über Ihr Amazon-Konto an uns zurück."),
    ("de", "Alternativ geben Sie den Rucksack einfach wie gewohnt über Ihr Kundenkonto bei Amazon zurück."),
    ("de", "Du kannst die Lampe natürlich auch ganz normal innerhalb der Frist an uns zurücksenden."),
    ("en", "Or you can simply send the jacket back to us through your Amazon account."),
    ("es", "O bien nos la devuelves sin más desde tu cuenta de Amazon."),
]  # fmt: skip
NOT_OFFERED = [
    ("de", "Senden Sie uns bitte ein Foto des Etiketts, dann melden wir uns zurück."),
    ("de", "Schicken Sie uns gern ein Foto und wir kommen dann schnell auf Sie zurück."),
    ("en", "Returns work through your Amazon account; the return window is 30 days."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), OFFERED)
def test_the_return_is_read(language: str, sentence: str) -> None:
    assert "return" in read(language, sentence)[0]


@pytest.mark.parametrize(("language", "sentence"), NOT_OFFERED)
def test_no_return_is_read(language: str, sentence: str) -> None:
    assert "return" not in read(language, sentence)[0]
