"""Asking the buyer to revise their review when a pronoun names it ("tu comentario ... siempre
puedes editarlo", "il suo commento ... può sempre modificarlo", "votre avis ... vous pouvez le
modifier", "Ihre Bewertung ... können Sie sie jederzeit ändern"), and in Japanese when it is
called an opinion posted ("お寄せいただいたご意見も…見直していただけますと"). A pronoun naming the
item ("puede cambiarla por otra talla") asks no such thing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

TRANSIT = {"tracking_number": "LX123456785CN", "carrier": "DHL", "buyer_name": "Emma"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("es", "Si tu comentario ya no refleja cómo ha terminado todo, recuerda que siempre puedes editarlo."),
     ("es", "Su valoración sigue en la página; cuando quiera, puede actualizarla."),
     ("it", "Se il suo commento non racconta più com'è andata, può sempre modificarlo."),
     ("fr", "Si votre avis ne correspond plus à la situation, vous pouvez le modifier."),
     ("de", "Falls Ihre Bewertung nicht mehr passt, können Sie sie jederzeit ändern."),
     ("ja", "先日お寄せいただいたご意見も、現在の状況に合わせて見直していただけますと幸いです。")],
)  # fmt: skip
def test_a_review_named_by_a_pronoun_is_revised(language: str, sentence: str) -> None:
    assert "review.no-manipulation" in rules_raised(language, sentence, TRANSIT)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("es", "Gracias por su comentario sobre la chaqueta de invierno que recibió la semana pasada; "
            "si lo desea, puede cambiarla por otra talla."),
     ("ja", "お寄せいただいたご意見をもとに、説明書を修正いたしました。")],
)  # fmt: skip
def test_a_pronoun_for_the_item_asks_nothing(language: str, sentence: str) -> None:
    assert "review.no-manipulation" not in rules_raised(language, sentence, TRANSIT)
