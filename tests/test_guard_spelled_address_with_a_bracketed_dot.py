"""An e-mail address spelled with its dot in brackets is off-platform contact whatever its
ending and whatever words follow it ("ventas (arroba) tienda (punto) es y ..."); "es" after a
dot spelled without brackets, followed by words, stays a word. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

RULE = "buyer.no-off-platform-disguised"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Escríbenos a ventas (arroba) lamparia (punto) es y lo vemos."),
        ("it", "Scrivici a info (chiocciola) lampade (punto) it e ti rispondiamo."),
        ("de", "Schreiben Sie an hilfe (at) leuchten (punkt) de und wir melden uns."),
    ],
)  # fmt: skip
def test_a_bracketed_spelled_address_blocks(language: str, sentence: str) -> None:
    assert RULE in rules_blocking(language, sentence), sentence


def test_a_spelled_dot_before_a_word_alone_is_none() -> None:
    assert RULE not in rules_blocking("es", "Desde este punto es fácil seguir el envío.")
