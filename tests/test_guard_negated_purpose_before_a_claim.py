"""A negation inside a purpose ahead of a claim ("per non farti aspettare ti abbiamo già
rispedito il pacco", "para no hacerle esperar ya le hemos reenviado") negates the purpose, not
the claim: it is still stated; a negated claim stays none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.claims import claims, phrasing


def _resent(language: str, sentence: str) -> bool:
    return any(c.name == "resent" for c in claims(sentence, None, phrasing(language)))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Per non farla aspettare oltre le abbiamo già rispedito l'ordine."),
        ("es", "Para no hacerte esperar más te hemos reenviado ya el pedido."),
        ("fr", "Pour ne pas vous faire attendre nous avons déjà réexpédié votre commande."),
    ],
)
def test_a_claim_after_a_negated_purpose_is_stated(language: str, sentence: str) -> None:
    assert _resent(language, sentence), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Non abbiamo ancora rispedito il pacco."),
        ("es", "Todavía no le hemos reenviado el pedido."),
    ],
)
def test_a_negated_claim_stays_none(language: str, sentence: str) -> None:
    assert not _resent(language, sentence), sentence
