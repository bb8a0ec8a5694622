"""The buyer's preference restated in the conditional recalls what they want, offering
nothing: "I understand you'd rather have your money back", "vous préféreriez être remboursé",
"entendemos que preferiría que le devolviéramos el dinero", "capiamo che preferirebbe un
rimborso"; the buyer's choice offered ("if you'd rather have a refund, we refund you") is still
an offer. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

RESTATED = [
    ("en", "I understand you'd rather have your money back, but for a defect like this we send a new unit."),
    ("fr", "Vous préféreriez être remboursé, mais pour un défaut de ce type nous envoyons un appareil neuf."),
    ("es", "Entendemos que preferiría que le devolviéramos el dinero, pero para un defecto así "
     "enviamos una unidad nueva."),
    ("it", "Capiamo che preferirebbe un rimborso, ma per un difetto come questo inviamo un'unità nuova."),
    ("de", "Sie möchten lieber Ihr Geld zurück – bei einem Defekt wie diesem schicken wir jedoch ein neues Gerät."),
    ("ja", "ご返金をご希望とのことですが、今回は交換品をお送りいたします。"),
]  # fmt: skip
OFFERED = [
    ("en", "If you would prefer a refund instead, we will refund you in full."),
    ("fr", "Si vous préférez, nous pouvons aussi vous rembourser intégralement."),
    ("it", "Se preferisce, possiamo farle un rimborso completo."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), RESTATED)
def test_the_buyers_preference_adds_no_refund(language: str, sentence: str) -> None:
    assert not offer_blocks(language, sentence, ["replacement"])


@pytest.mark.parametrize(("language", "sentence"), OFFERED)
def test_a_refund_offered_on_the_buyers_choice_is_caught(language: str, sentence: str) -> None:
    blocks = offer_blocks(language, sentence, ["replacement"])
    assert any("adds a full refund" in b for b in blocks), blocks
