"""Spanish, French and Italian set a preposition before a measure inside a product's name:
"la tetera de hierro fundido de 1,2 l", "une poêle de 28 cm", "la borraccia da 750 ml" keep
the names written without it; another measure does not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.wording import keeps_name, name_fold


@pytest.mark.parametrize(
    ("language", "name", "text"),
    [("es", "tetera de hierro fundido 1,2 l", "¿Le ha llegado la tetera de hierro fundido de 1,2 l?"),
     ("es", "taza de cerámica esmaltada 350 ml", "Seis tazas de cerámica esmaltada de 350 ml"),
     ("fr", "poêle antiadhésive 28 cm", "Votre poêle antiadhésive de 28 cm est partie."),
     ("it", "borraccia termica 750 ml", "La borraccia termica da 750 ml è in arrivo.")],
)  # fmt: skip
def test_a_measure_after_a_preposition_keeps_the_name(language: str, name: str, text: str) -> None:
    assert keeps_name(name_fold(text), name_fold(name), language)


@pytest.mark.parametrize(
    ("language", "name", "text"),
    [("es", "tetera de hierro fundido 1,2 l", "la tetera de hierro fundido de 0,8 l"),
     ("it", "borraccia termica 750 ml", "la borraccia termica da 500 ml")],
)  # fmt: skip
def test_another_measure_changes_the_name(language: str, name: str, text: str) -> None:
    assert not keeps_name(name_fold(text), name_fold(name), language)
