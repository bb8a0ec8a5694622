"""Another unit of the product sent, named by its own noun ("te enviamos otro pareo a cambio del
que recibas", "le spediamo un altro pareo"), is a replacement; another parcel or message sent
is none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offers_read import read

REPLACED = [
    ("es", "Te mandamos otra chaqueta a cambio de la que recibiste."),
    ("es", "Le enviamos otro bolso en lugar del que le llegó."),
    ("it", "Le spediamo un altro pareo al posto di quello che riceverà."),
    ("fr", "Nous vous envoyons un autre paréo en échange de celui que vous recevrez."),
]  # fmt: skip
NOT_REPLACED = [
    ("es", "Te enviamos otro correo con el número de seguimiento."),
    ("it", "Le inviamo un altro messaggio appena il pacco parte."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), REPLACED)
def test_a_replacement_is_read(language: str, sentence: str) -> None:
    assert "replacement" in read(language, sentence)[0]


@pytest.mark.parametrize(("language", "sentence"), NOT_REPLACED)
def test_no_replacement_is_read(language: str, sentence: str) -> None:
    assert "replacement" not in read(language, sentence)[0]


def test_another_one_in_its_place_is_a_replacement() -> None:
    assert "replacement" in read("es", "Cuando nos llegue, te enviamos otra en su lugar.")[0]
