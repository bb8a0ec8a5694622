"""An extra item put in the parcel when the parcel is named first, new or not ("nel nuovo pacco
aggiungiamo anche …, come piccolo gesto", "dans le nouveau colis, nous ajoutons …"), framed as a
gift or an apology: a perk. The missing part put in the same parcel is none. (Sentences of our
own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Nel pacco nuovo inseriamo anche un portachiavi, come piccolo regalo."),
        ("fr", "Dans le nouveau colis, nous ajoutons aussi un lot de dessous de verre pour nous excuser."),
        ("es", "En el nuevo paquete añadimos también un juego de posavasos como pequeño detalle para disculparnos."),
    ],
)  # fmt: skip
def test_an_extra_item_in_the_new_parcel_named_first_is_a_perk(
    language: str, sentence: str
) -> None:
    assert "perk" in offered(sentence, phrasing(language))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Nel nuovo pacco inseriamo anche il manuale che mancava."),
        ("fr", "Dans le nouveau colis, nous ajoutons la notice manquante."),
        ("es", "En el nuevo paquete incluimos el manual que faltaba."),
    ],
)
def test_the_missing_part_in_the_new_parcel_is_no_perk(language: str, sentence: str) -> None:
    assert "perk" not in offered(sentence, phrasing(language))
