"""What a wish in the conditional would like to hear ("nos encantaría saber que todo ha
llegado bien", "we'd love to hear that everything has arrived") is no claim that it happened;
the same words stated stay a claim. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added


def _claims(language: str, sentence: str) -> list[str]:
    report = with_added("shipping-in-transit", language, sentence, IN_TRANSIT)
    return [v.detail for v in report.violations if "which no fact supports" in v.detail]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Cuando le llegue, nos encantaría saber que todo ha llegado en perfecto estado."),
        ("en", "We'd love to hear that everything has arrived in perfect condition."),
        ("fr", "Nous serions ravis d'apprendre que tout est bien arrivé."),
        ("de", "Wir würden uns freuen zu hören, dass alles heil angekommen ist."),
    ],
)
def test_a_wish_to_hear_is_no_claim(language: str, sentence: str) -> None:
    assert not _claims(language, sentence), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "El paquete ya ha llegado, nos alegra saberlo."),
        ("en", "Your parcel has arrived, we're glad to say."),
    ],
)
def test_the_same_words_stated_stay_a_claim(language: str, sentence: str) -> None:
    assert _claims(language, sentence), sentence
