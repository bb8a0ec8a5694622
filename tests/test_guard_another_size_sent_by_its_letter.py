"""Another size sent, named by its letter or number ("wir schicken Ihnen die Größe M zu",
"nous vous envoyons la taille L", "le enviamos la talla S", "le inviamo la taglia 42"), is an
exchange offered. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

SENT = [
    ("de", "Gern schicken wir Ihnen die Größe L kostenlos zu."),
    ("de", "Auf Wunsch senden wir dir die Größe 40 zu."),
    ("fr", "Nous vous envoyons volontiers la taille L."),
    ("es", "Si lo desea, le enviamos la talla S sin coste."),
    ("it", "Se vuole, le spediamo la taglia 42."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), SENT)
def test_another_size_sent_is_an_exchange(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["full_refund"])
    assert any("adds a replacement" in b for b in blocks), blocks
