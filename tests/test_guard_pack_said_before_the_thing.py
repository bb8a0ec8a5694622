"""A product sold in a pack, its pack in brackets after its name ("taza de cerámica (pack de
2)"), is written by a sentence with the pack first ("el pack de 2 tazas de cerámica"): every
word kept, the count the same; another count, or another thing, is still a change.
(Names and sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked


def _product_missing(language: str, product: str, sentence: str) -> bool:
    facts = {"order_id": "305-1122334-5566778", "product": product, "quantity": 1}
    text = f"305-1122334-5566778\n\n{sentence}\n"
    report = checked("order-quantity-confirmation", language, text, facts)
    return any(v.kind == "missing_fact" and v.fact == "product" for v in report.violations)


@pytest.mark.parametrize(
    ("language", "product", "sentence"),
    [
        ("es", "taza de cerámica esmaltada (pack de 2)", "Le enviamos el pack de 2 tazas de cerámica esmaltadas."),
        ("es", "vaso de cristal tallado (set de 6)", "¿Ha llegado roto el set de 6 vasos de cristal tallado?"),
        ("fr", "bougie parfumée vanille (lot de 3)", "Votre lot de 3 bougies parfumées vanille est parti."),
        ("it", "calzino sportivo in cotone (confezione da 5)", "La confezione da 5 calzini sportivi in cotone è partita."),
        ("en", "silicone baking mat (set of 2)", "Your set of 2 silicone baking mats has shipped."),
        ("de", "Teelichthalter Glas (4er-Set)", "Das 4er-Set Teelichthalter Glas ist unterwegs."),
    ],
)  # fmt: skip
def test_the_pack_said_first_keeps_the_name(language: str, product: str, sentence: str) -> None:
    assert not _product_missing(language, product, sentence)


@pytest.mark.parametrize(
    ("language", "product", "sentence"),
    [
        ("es", "taza de cerámica esmaltada (pack de 2)", "Le enviamos el pack de 4 tazas de cerámica esmaltadas."),
        ("fr", "bougie parfumée vanille (lot de 3)", "Votre lot de 3 bougies parfumées cannelle est parti."),
        ("en", "silicone baking mat (set of 2)", "Your set of 3 silicone baking mats has shipped."),
    ],
)  # fmt: skip
def test_another_count_or_thing_is_still_a_change(
    language: str, product: str, sentence: str
) -> None:
    assert _product_missing(language, product, sentence)
