"""Another unit named by a pronoun ("le enviamos otra igual", "gliene mandiamo un altro
uguale", "nous vous en envoyons un autre", "wir schicken Ihnen eine andere zu", "se lo
reponemos") is a replacement; another address, time or try is none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard import remedies
from sellermail.guard.ready import ready


def _offered(text: str, language: str) -> set[str]:
    ready(language)
    return set(remedies.offers_in(text, remedies.phrasing(language)))


@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "Si llegó rota, le mandamos otra idéntica."),
     ("es", "Cuando nos avise, se la reponemos."),
     ("it", "Se è arrivata rotta, gliene spediamo un'altra."),
     ("it", "Ne spediamo subito uno nuovo."),
     ("fr", "Si elle est cassée, nous vous en expédions une autre."),
     ("de", "Ist sie zerbrochen, senden wir Ihnen sofort eine neue zu.")],
)  # fmt: skip
def test_another_one_by_a_pronoun_is_a_replacement(language: str, text: str) -> None:
    assert "replacement" in _offered(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "Indíquenos una nueva dirección, por favor."),
     ("es", "Lo intentaremos otra vez mañana."),
     ("de", "Wir schicken Ihnen eine andere Adresse für Rücksendungen."),
     ("fr", "Nous vous en dirons plus demain.")],
)  # fmt: skip
def test_another_address_or_try_is_no_replacement(language: str, text: str) -> None:
    assert "replacement" not in _offered(text, language)
