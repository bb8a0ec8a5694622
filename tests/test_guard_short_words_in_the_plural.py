"""A word of three letters in a product's name takes its language's plural ending like any
other ("six bacs à fleurs" for the "bac à fleurs", "dos redes de pesca" for the "red de
pesca", "zwei Sets" for the "Set"); another word is still another name. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.wording import keeps_name, name_fold


@pytest.mark.parametrize(("text", "name", "language", "kept"), [
    ("vous avez commandé six bacs à fleurs en bois", "bac à fleurs en bois", "fr", True),
    ("quatre pots de miel de lavande", "pot de miel de lavande", "fr", True),
    ("deux sacs à fleurs en bois", "bac à fleurs en bois", "fr", False),
    ("dos redes de pesca de nailon", "red de pesca de nailon", "es", True),
    ("tres soles de tela", "sol de tela", "es", True),
    ("zwei Sets Gläser", "Set Gläser", "de", True),
    ("zwei Sets Gläser", "Sut Gläser", "de", False),
])  # fmt: skip
def test_short_words_in_the_plural(text: str, name: str, language: str, kept: bool) -> None:
    assert keeps_name(name_fold(text), name_fold(name), language) is kept
