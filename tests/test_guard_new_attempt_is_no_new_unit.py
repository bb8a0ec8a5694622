"""A new attempt, try or appointment is no new unit of the product: "faire un nouvel essai",
"un nuevo intento", "einen neuen Versuch", "give it a fresh try" offer no replacement; "un
nouvel appareil" still does. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard import remedies
from sellermail.guard.ready import ready


def _offered(text: str, language: str) -> set[str]:
    ready(language)
    return set(remedies.offers_in(text, remedies.phrasing(language)))


@pytest.mark.parametrize(
    ("language", "text"),
    [("fr", "Lisez le guide avant de faire un nouvel essai."),
     ("fr", "Après une nouvelle tentative, écrivez-nous."),
     ("es", "Si tras un nuevo intento sigue sin funcionar, escríbanos."),
     ("de", "Wenn es beim neuen Versuch nicht klappt, machen Sie einen neuen Versuch mit dem Akku."),
     ("en", "Please give it a fresh try after charging it overnight.")],
)  # fmt: skip
def test_a_new_attempt_offers_no_replacement(language: str, text: str) -> None:
    assert "replacement" not in _offered(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [("fr", "Nous pouvons vous envoyer un nouvel appareil."),
     ("es", "Le enviamos una nueva cafetera."),
     ("de", "Wir schicken Ihnen einen neuen Mixer."),
     ("en", "We can send you a new kettle.")],
)  # fmt: skip
def test_a_new_unit_is_still_a_replacement(language: str, text: str) -> None:
    assert "replacement" in _offered(text, language)
