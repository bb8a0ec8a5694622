"""A range said as "between one and N" with the word for one ("entre uno y tres días", "entre
un et trois jours", "tra uno e tre giorni", "zwischen einem und drei Tagen") is the range from
1, like "from one to N"; the same word before "and" without a number after is no range.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.mentions import mentions


def _ranges(language: str, sentence: str) -> list[tuple[int, int, str]]:
    return [m.key[1:] for m in mentions(sentence, language=language) if m.kind == "range"]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [("es", "Normalmente tarda entre uno y tres días.", (1, 3, "days")),
     ("es", "Suele llegar entre una y dos semanas.", (1, 2, "weeks")),
     ("fr", "La livraison prend entre un et trois jours.", (1, 3, "days")),
     ("fr", "Comptez entre une et deux semaines.", (1, 2, "weeks")),
     ("it", "Ci vogliono tra uno e tre giorni.", (1, 3, "days")),
     ("it", "La consegna richiede fra una e due settimane.", (1, 2, "weeks")),
     ("de", "Die Lieferung dauert zwischen einem und drei Tagen.", (1, 3, "days")),
     ("es", "El paquete llegará entre uno y cuatro días hábiles.", (1, 4, "business days")),
     ("fr", "Il faut compter entre un et quatre jours.", (1, 4, "days")),
     ("it", "Il corriere impiega fra uno e cinque giorni.", (1, 5, "days"))],
)  # fmt: skip
def test_a_range_between_one_and_n_in_words(
    language: str, sentence: str, expected: tuple[int, int, str]
) -> None:
    assert _ranges(language, sentence) == [expected]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("de", "Ein und derselbe Artikel wurde zweimal verschickt."),
     ("it", "Uno e l'altro pacco sono partiti ieri."),
     ("es", "Le enviamos uno y después el otro.")],
)  # fmt: skip
def test_the_word_before_and_alone_is_no_range(language: str, sentence: str) -> None:
    assert _ranges(language, sentence) == []
