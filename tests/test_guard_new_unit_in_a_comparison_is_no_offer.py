"""A new unit a comparison is made with is described, not offered: "nothing more annoying than
a new gadget that won't switch on", "rien de plus frustrant qu'un appareil neuf", "nichts ist
ärgerlicher als ein neues Gerät"; a new unit sent is still offered. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing

COMPARED = [
    ("en", "Nothing is more annoying than a new gadget that won't switch on."),
    ("fr", "Rien de plus frustrant qu'un appareil neuf qui ne démarre pas."),
    ("es", "No hay nada más molesto que un aparato nuevo que no enciende."),
    ("it", "Non c'è niente di più fastidioso di un apparecchio nuovo che non si accende."),
    ("de", "Nichts ist ärgerlicher als ein neues Gerät, das nicht startet."),
]  # fmt: skip
SENT = [
    ("en", "We'll send you a new kettle straight away."),
    ("fr", "Nous vous envoyons un appareil neuf dès aujourd'hui."),
    ("de", "Wir schicken Ihnen sofort ein neues Gerät."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), COMPARED)
def test_a_new_unit_compared_with_is_no_replacement(language: str, sentence: str) -> None:
    assert "replacement" not in offered(sentence, phrasing(language))


@pytest.mark.parametrize(("language", "sentence"), SENT)
def test_a_new_unit_sent_is_a_replacement(language: str, sentence: str) -> None:
    assert "replacement" in offered(sentence, phrasing(language))
