"""A month's abbreviation that is also a word after a number ("4 set": four sets, in Italian;
"3 mar" in Spanish) is a month only with its dot or a year after it: "Quantità: 4 set" keeps a
quantity of 4 and invents no date. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.mentions import mentions


def _keys(text: str, language: str) -> set[tuple[object, ...]]:
    return {m.key for m in mentions(text, language=language)}


@pytest.mark.parametrize(
    "text",
    ["Quantità ordinata: 4 set", "ci conferma 4 set completi?", "Le spediamo 4 set di ricambio."],
)
def test_a_count_of_sets_is_a_count(text: str) -> None:
    keys = _keys(text, "it")
    assert ("number", 4) in keys and not any(key[0] == "date" for key in keys)


@pytest.mark.parametrize(
    ("text", "language"),
    [("entro il 4 set. 2026", "it"), ("il 4 set 2026", "it"), ("antes del 4 mar. de 2026", "es")],
)
def test_with_its_dot_or_a_year_it_is_a_month(text: str, language: str) -> None:
    assert any(key[0] == "date" and key[3] == 4 for key in _keys(text, language))
