"""A resend told in the perfect ("te hemos enviado de nuevo", "we have sent your order out
again", "le abbiamo rispedito") is named as made, a claim the facts must support, no new offer;
a decision to send one ("we've decided to send it again") still offers it. (Sentences of our
own.)"""

from __future__ import annotations

import pytest

from offers_read import read

DONE = [
    ("es", "Te hemos enviado de nuevo la lámpara de tu pedido."),
    ("en", "We have sent your order out again this morning."),
    ("it", "Le abbiamo rispedito la lampada stamattina."),
]  # fmt: skip
OFFERED = [
    ("en", "We've decided to send your order out again."),
    ("es", "Hemos decidido enviarte de nuevo el pedido."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence"), DONE)
def test_the_resend_is_told_as_done(language: str, sentence: str) -> None:
    offered, made = read(language, sentence)
    assert "resend" not in offered
    assert "resend" in made


@pytest.mark.parametrize(("language", "sentence"), OFFERED)
def test_the_resend_decided_is_offered(language: str, sentence: str) -> None:
    assert "resend" in read(language, sentence)[0]


def test_a_new_unit_sent_in_the_perfect_is_told_as_done() -> None:
    offered, made = read("es", "Le hemos enviado una unidad nueva esta mañana.")
    assert "replacement" not in offered
    assert "replacement" in made
