"""A recourse called needless with "need" closing the German clause ("eine Beschwerde brauchen
Sie dafür nicht"), as a second infinitive under the same "inutile de" ("ou d'ouvrir un litige"),
asked with another verb ("pedir la devolución en eBay") or as the object of "need": suppression.
A return or a box not needed is not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_blocking

_RULE = "buyer.no-suppression"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Eine Beschwerde bei Amazon brauchen Sie deswegen nicht."),
        ("de", "Einen Käuferschutzfall brauchst du dafür wirklich nicht."),
        ("de", "Einen A-bis-z-Antrag braucht es dafür gar nicht."),
        ("fr", "Pas la peine de faire une demande via eBay ni d'ouvrir une réclamation."),
        ("fr", "Inutile de signaler quoi que ce soit ou d'ouvrir une réclamation A-à-z."),
        ("es", "No hace falta solicitar nada por Amazon ni abrir una disputa."),
        ("es", "No es necesario pedir la devolución en eBay o abrir un caso."),
        ("it", "Non c'è bisogno di aprire una richiesta su eBay o di avviare una contestazione."),
        ("en", "You don't need an A-to-z claim for this."),
    ],
)
def test_a_recourse_called_needless_is_suppression(language: str, sentence: str) -> None:
    assert _RULE in rules_blocking(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Eine Rücksendung brauchen Sie dafür nicht."),
        ("de", "Ihren Antrag haben wir bereits bearbeitet."),
        ("fr", "Inutile de nous renvoyer le colis ou de l'emballer."),
        ("it", "Non serve rispedire il prodotto."),
        ("en", "No need to send the item back or repack it."),
        ("ja", "返品は不要です。"),
    ],
)
def test_a_return_or_a_thing_not_needed_is_no_suppression(language: str, sentence: str) -> None:
    assert _RULE not in rules_blocking(language, sentence)
