"""A unit sent "como reposición" or "en reposición" is a replacement, as "de reposición" is.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing


@pytest.mark.parametrize(
    "sentence",
    [
        "Le mandamos como reposición la lámpara en el color correcto.",
        "Le enviamos en reposición otra unidad de la misma referencia.",
    ],
)
def test_a_unit_sent_as_a_replacement(sentence: str) -> None:
    assert "replacement" in offered(sentence, phrasing("es")), sentence


def test_restocking_is_none() -> None:
    assert "replacement" not in offered("La reposición del stock llega el lunes.", phrasing("es"))
