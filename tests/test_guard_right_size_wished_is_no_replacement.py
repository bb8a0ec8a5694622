"""The right size named as what the buyer wants or what matters ("avere la misura giusta",
"the right size matters") offers nothing; the right size sent or received is a replacement
("le mandiamo la taglia giusta", "we'll send you the right size"). (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

REPLACEMENT = "adds a replacement"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "With shoes, getting the right size matters more than anything."),
     ("de", "Gerade bei Helmen ist die richtige Größe besonders wichtig."),
     ("fr", "Trouver la bonne taille n'est pas toujours simple en ligne."),
     ("es", "Elegir la talla correcta es clave en un casco."),
     ("it", "Sappiamo quanto conti la taglia giusta quando si pedala."),
     ("it", "Per un guanto è fondamentale avere il numero giusto.")],
)  # fmt: skip
def test_the_right_size_wished_adds_no_replacement(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["full_refund"])
    assert not any(REPLACEMENT in b for b in blocks), blocks


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "We'll ship you the correct size this afternoon."),
     ("it", "Le mandiamo volentieri la taglia giusta senza costi."),
     ("it", "Riceverà la misura corretta entro pochi giorni.")],
)  # fmt: skip
def test_the_right_size_sent_is_a_replacement(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["full_refund"])
    assert any(REPLACEMENT in b for b in blocks), blocks
