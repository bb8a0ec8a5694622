"""Another version of the product sent instead of the one received ("the bigger model",
"statt des kleinen Topfs die 2-Liter-Version") is a replacement, in every language. (Sentences
of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "If you like, we can send you the bigger model instead."),
        ("de", "Gern schicken wir dir statt des kleinen Topfs auch die 2-Liter-Version zu."),
        ("de", "Wir können Ihnen auch das größere Modell zusenden."),
        ("fr", "Nous pouvons aussi vous envoyer le modèle plus grand."),
        ("es", "También podemos enviarle la versión más grande."),
        ("it", "Possiamo anche spedirle il modello più grande."),
    ],
)  # fmt: skip
def test_another_version_sent_is_a_replacement(language: str, sentence: str) -> None:
    assert "replacement" in offered(sentence, phrasing(language)), sentence


def test_a_version_named_alone_is_none() -> None:
    assert "replacement" not in offered("Die 2-Liter-Version ist sehr beliebt.", phrasing("de"))
