"""A web address written with spaces around its dots and slashes ("www . poste . it / cerca",
"17track . net / ja") is a link; a full stop before a word ("in 3 days . Net weight") and an
abbreviation are none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_RULE = "buyer.no-links"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Può controllare su www . brt . it / tracking il suo pacco."),
        ("ja", "詳しくは parcelsapp . com / ja をご覧ください。"),
        ("en", "You can follow it on www . royalmail . com as well."),
        ("fr", "Le suivi est aussi visible sur laposte . fr / outils / suivre-vos-envois."),
    ],
)
def test_a_spaced_address_is_a_link(language: str, sentence: str) -> None:
    assert _RULE in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "It ships in 3 days . Net weight is 2 kg."),
        ("fr", "Livraison en 3 jours . Il faut signer à la réception."),
        ("en", "It should arrive in 3 days . net weight 2 kg, box included."),
    ],
)
def test_a_stop_before_a_word_is_no_link(language: str, sentence: str) -> None:
    assert _RULE not in rules_raised(language, sentence)
