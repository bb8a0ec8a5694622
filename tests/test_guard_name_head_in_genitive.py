"""A product's name kept with its head noun inflected: the German genitive of a noun in -en
("Ihres Trinkbrunnens" for "Trinkbrunnen"), the French plural in -aux ("animaux" for
"animal"), the Spanish plural of a noun in -z ("lápices" for "lápiz"); another noun is still
not the name. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.wording import keeps_name


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("de", "die dichtung ihres wasserkissens blau 40 cm", "wasserkissen blau 40 cm"),
        ("de", "der deckel des kochtopfs 24 cm", "kochtopf 24 cm"),
        ("fr", "vos gamelles en inox pour animaux sont", "gamelle en inox pour animal"),
        ("es", "los lápices de cera 24 colores llegan", "lápiz de cera 24 colores"),
    ],
)
def test_the_inflected_head_keeps_the_name(language: str, text: str, name: str) -> None:
    assert keeps_name(text, name, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("de", "die dichtung ihres wasserkanisters blau 40 cm", "wasserkissen blau 40 cm"),
        ("fr", "vos gamelles en inox pour animations", "gamelle en inox pour animal"),
    ],
)
def test_another_noun_is_not_the_name(language: str, text: str, name: str) -> None:
    assert not keeps_name(text, name, language)
