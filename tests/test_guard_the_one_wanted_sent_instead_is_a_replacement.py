"""The item the buyer wanted, sent in place of the one received, is a replacement ("te
enviamos el que querías en su lugar", "le spediamo quello che desiderava"); the return before
it in its sentence is its step, and "in its place" ending the sentence adds no offer.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "es",
            "Nos lo devuelves sin abrir y, al recibirlo, te mandamos el que pediste en su lugar.",
        ),
        (
            "it",
            "Ce lo rispedisca e, appena arriva, le spediamo quello che desiderava al suo posto.",
        ),
    ],
)
def test_the_one_wanted_sent_instead_offers_only_a_replacement(
    language: str, sentence: str
) -> None:
    assert offer_blocks(language, sentence, ["replacement"]) == []


def test_the_one_wanted_sent_instead_is_no_refund() -> None:
    sentence = "Al recibir el original, te enviamos el que querías en su lugar."
    assert any("replacement" in d for d in offer_blocks("es", sentence, ["full_refund"]))
