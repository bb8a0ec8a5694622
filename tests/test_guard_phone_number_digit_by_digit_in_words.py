"""A phone number spelled digit by digit in the language's number words, its groups set apart
by dashes of any length and its digits as said on the phone ("null eins fünf sieben – drei acht
zwo vier…", "tre quattro sette due…"), is a phone number; a few numbers in words, or a count
and a size, are none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_RULE = "buyer.no-phone-number"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Ruf uns gern an: null eins sieben zwo – vier vier drei acht eins sechs."),
        ("it", "Chiamaci pure al tre quattro sette, due due tre, quattro cinque sei sette."),
        ("es", "Llámenos al seis dos cero, cuatro cinco seis, siete ocho nueve."),
        ("en", "Give us a ring on zero seven nine four six three two eight one five."),
    ],
)
def test_digits_said_one_by_one_are_a_phone_number(language: str, sentence: str) -> None:
    assert _RULE in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Wir schicken dir zwei oder drei Fotos und melden uns in ein bis zwei Tagen."),
        ("it", "Ne abbiamo spediti tre, due in taglia 42 e uno in taglia 44."),
        ("en", "Steps one, two and three take about five minutes."),
    ],
)
def test_a_few_numbers_in_words_are_no_phone_number(language: str, sentence: str) -> None:
    assert _RULE not in rules_raised(language, sentence)
