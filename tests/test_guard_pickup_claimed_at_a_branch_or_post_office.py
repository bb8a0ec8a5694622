"""A parcel said to wait at a carrier's branch or at the local post office claims the last leg
("fue entregado en la sucursal de DHL", "è già arrivato all'ufficio postale"): a status typed
in English that says so ("has reached your local post office") supports it in any language,
one that does not leaves it invented.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import invented_with_status as _invented


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "El paquete fue entregado en la sucursal de DHL, donde puede recogerlo."),
        ("es", "Su paquete ya está en la sucursal de Estafeta más cercana."),
    ],
)  # fmt: skip
def test_the_last_leg_claimed_beyond_the_status_is_invented(language: str, sentence: str) -> None:
    assert _invented(language, sentence, "left the sorting centre in Shenzhen")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Il pacco è già arrivato all'ufficio postale della tua zona."),
        ("de", "Das Paket ist bereits in Ihrer Postfiliale angekommen."),
    ],
)  # fmt: skip
def test_the_status_reaching_the_post_office_supports_it(language: str, sentence: str) -> None:
    assert not _invented(language, sentence, "has reached your local post office")


def test_a_branch_reached_later_is_no_claim() -> None:
    sentence = "Cuando llegue a la sucursal, podrá recogerlo con una identificación."
    assert not _invented("es", sentence, "left the sorting centre in Shenzhen")
