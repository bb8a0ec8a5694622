"""A new unit named in a statement of how things usually are ("a new kettle is often strange at
first") offers no replacement; a new unit sent still does. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Don't worry: a new kettle is often a little puzzling at first."),
        ("en", "A new blender isn't always easy to set up."),
        ("de", "Keine Sorge, ein neuer Wasserkocher ist anfangs oft etwas ungewohnt."),
        ("de", "Mit einem neuen Mixer braucht man manchmal ein paar Tage."),
        ("fr", "Pas d'inquiétude : un nouvel article n'est pas toujours simple à régler."),
        ("fr", "Un nouveau produit demande souvent un peu de pratique."),
        ("es", "No se preocupe: un producto nuevo suele costar un poco al principio."),
        ("it", "Non si preoccupi: un nuovo articolo all'inizio è spesso poco intuitivo."),
    ],
)  # fmt: skip
def test_a_new_unit_in_a_general_statement_is_no_replacement(language: str, sentence: str) -> None:
    assert "replacement" not in offered(sentence, phrasing(language)), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We will send you a new kettle this week."),
        ("de", "Wir schicken Ihnen gern einen neuen Wasserkocher zu."),
        ("fr", "Nous vous envoyons un nouvel article dès demain."),
        ("es", "Le enviamos un producto nuevo, siempre que nos lo confirme."),
        ("it", "Le spediamo un nuovo articolo, sempre che ci confermi l'indirizzo."),
    ],
)  # fmt: skip
def test_a_new_unit_sent_is_still_a_replacement(language: str, sentence: str) -> None:
    assert "replacement" in offered(sentence, phrasing(language)), sentence
