"""A web address spelled out in words is a link also when a path follows its ending, its slash
spelled too ("shop punkt de slash setup", "tienda punto es barra ayuda"); a sentence that only
uses the word for a point is none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_RULE = "buyer.no-off-platform-disguised"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Das Video finden Sie unter kieferco punkt de slash setup."),
        ("de", "Mehr dazu unter kieferco punkt de schrägstrich hilfe."),
        ("es", "Tiene el vídeo en kieferco punto es barra ayuda."),
    ],
)
def test_a_spelled_address_with_a_path_is_a_link(language: str, sentence: str) -> None:
    assert _RULE in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Ein wichtiger Punkt des Videos ist die Einrichtung des Sensors."),
        ("es", "Un punto de la guía explica cómo montar la barra."),
    ],
)
def test_a_point_in_words_is_no_link(language: str, sentence: str) -> None:
    assert _RULE not in rules_raised(language, sentence)
