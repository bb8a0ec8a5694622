"""A list introduced by a check or a hope ("we wanted to make sure that:", "nous voulions
vérifier que :") holds no claims: each item reads on from its introducing line; a list
introduced by a plain statement still states them. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.claims import claims, phrasing

CHECKED = [
    ("en", "We just wanted to make sure that:\n- your parcel has arrived;\n- everything works."),
    (
        "fr",
        "Nous souhaitions simplement vérifier que :\n• votre colis est bien arrivé ;\n• tout fonctionne.",
    ),
    ("it", "Volevamo solo assicurarci che:\n- il pacco sia arrivato;\n- tutto funzioni."),
    ("es", "Solo queríamos asegurarnos de que:\n- su paquete ha llegado bien;\n- todo funciona."),
]


@pytest.mark.parametrize(("language", "text"), CHECKED)
def test_an_item_of_a_checked_list_claims_nothing(language: str, text: str) -> None:
    assert not [c for c in claims(text, None, phrasing(language)) if c.name == "delivered"], text


def test_an_item_of_a_plain_list_still_claims() -> None:
    text = "Here is where things stand:\n- your parcel has arrived;\n- the refund is on its way."
    assert [c for c in claims(text, None, phrasing("en")) if c.name == "delivered"], text
