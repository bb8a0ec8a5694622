"""Compensation promised in general words ("a little something extra", "un geste commercial",
"eine kleine Entschädigung", "un detalle", "un gesto di cortesia", "心ばかりのお礼") is a remedy
the facts must offer; the same words framing a remedy named ("as a goodwill gesture, we send
the replacement today") or given with its amount add nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

PERK = "adds a perk"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "To thank you for your patience, we'd like to add a little something extra."),
     ("de", "Für die Unannehmlichkeiten möchten wir Ihnen eine kleine Entschädigung zukommen lassen."),
     ("fr", "Pour nous excuser, nous prévoyons un geste commercial de notre côté."),
     ("es", "Para compensar la espera, tendremos un detalle con usted."),
     ("it", "Per scusarci del ritardo, le riserveremo un gesto di cortesia."),
     ("ja", "ご迷惑をおかけしたお詫びに、心ばかりのお礼をご用意いたします。")],
)  # fmt: skip
def test_compensation_in_general_words_adds_a_remedy(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["replacement"])
    assert any(PERK in b for b in blocks), blocks


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "As a goodwill gesture, we will send the replacement today."),
     ("fr", "À titre de geste commercial, nous expédions l'échange dès aujourd'hui."),
     ("de", "Vielen Dank für Ihr Entgegenkommen und Ihre Geduld.")],
)  # fmt: skip
def test_the_words_framing_an_offered_remedy_add_none(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["replacement"])
    assert not any(PERK in b for b in blocks), blocks
