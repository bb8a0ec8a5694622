"""The size next to the one received, sent ("die nächstgrößere Größe", "la taille suivante",
"la talla siguiente", ワンサイズ上のものをお送りします), is a replacement like "a larger size".
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Gerne senden wir Ihnen die nächstkleinere Größe zu."),
        ("de", "Wir schicken Ihnen den Handschuh eine Nummer größer."),
        ("fr", "Nous pouvons vous expédier la pointure juste au-dessus."),
        ("it", "Le spediamo volentieri la misura successiva."),
        ("es", "Le enviamos sin coste una talla más grande."),
        ("ja", "ひとつ上のサイズをお送りいたします。"),
    ],
)
def test_the_next_size_sent_is_a_replacement(language: str, sentence: str) -> None:
    assert "replacement" in offered(sentence, phrasing(language)), sentence


def test_the_size_of_the_order_named_is_none() -> None:
    sentence = "Die Größe S fällt laut Tabelle etwas kleiner aus."
    assert "replacement" not in offered(sentence, phrasing("de")), sentence
