"""A recourse said to drag things out or to slow everything, in the present or taken up by a
pronoun ("ça ralentit tout", "eso lo retrasa todo", "zieht die Sache nur in die Länge",
"rallenta tutto", "drags things out"): suppression. A delivery or a strike doing so is not.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_RULE = "buyer.no-suppression"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Ein Streitfall zieht die Sache meist nur in die Länge."),
        ("de", "Eine Reklamation bei Amazon würde alles nur hinziehen."),
        ("fr", "Ouvrir un litige sur Amazon, cela retarde tout."),
        ("fr", "Une réclamation A-à-z, ça fait traîner le dossier."),
        ("es", "Una reclamación en Amazon, eso lo retrasa todo."),
        ("es", "Abrir una disputa solo alarga el proceso."),
        ("it", "Una contestazione su eBay rallenta tutto."),
        ("it", "Aprire una controversia allunga solo i tempi."),
        ("en", "Opening a dispute only drags the whole thing on."),
    ],
)
def test_a_recourse_said_to_drag_things_out_is_suppression(language: str, sentence: str) -> None:
    assert _RULE in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Die Zustellung zieht sich leider in die Länge."),
        ("fr", "La grève ralentit tout en ce moment."),
        ("es", "La aduana retrasa todo en diciembre."),
        ("it", "Il corriere rallenta tutto in questo periodo."),
        ("en", "The strike drags things out a little."),
        ("ja", "配送が長引いております。"),
    ],
)
def test_a_delivery_dragging_on_is_no_suppression(language: str, sentence: str) -> None:
    assert _RULE not in rules_blocking(language, sentence)
