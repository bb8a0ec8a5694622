"""A parcel said to be held at customs or a depot, or delayed by a named cause (a strike, a
storm), states an event no fact gives, in every language; the same guessed ("may", "vielleicht",
"possible") claims nothing, and a status typed in English that says so supports it.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import invented_with_status

#: A status that says nothing of customs or a cause.
_SORTED = "left the sorting centre in Shenzhen"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Your parcel is currently being held at customs in Chicago."),
        ("en", "The delay is because of a snowstorm in the Midwest."),
        ("de", "Ihre Sendung hängt leider seit Montag beim Zoll fest."),
        ("de", "Nach unserer Rücksprache liegt das Paket derzeit beim Zollamt in Leipzig."),
        ("de", "Die Verzögerung entsteht wegen eines Streiks bei der Post."),
        ("fr", "Votre colis est actuellement bloqué en douane à Roissy."),
        ("es", "Su paquete está retenido en la aduana de Madrid."),
        ("it", "Il pacco è fermo in dogana a Milano."),
    ],
)  # fmt: skip
def test_a_cause_no_fact_gives_is_invented(language: str, sentence: str) -> None:
    assert invented_with_status(language, sentence, _SORTED), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "It may be held at customs for a few days."),
        ("de", "Vielleicht liegt das Paket noch beim Zoll."),
        ("fr", "Il est possible que le colis soit retenu en douane."),
        ("es", "Es posible que el paquete esté retenido en la aduana."),
        ("it", "Potrebbe essere fermo in dogana."),
    ],
)  # fmt: skip
def test_a_guessed_cause_is_no_claim(language: str, sentence: str) -> None:
    assert not invented_with_status(language, sentence, _SORTED), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Das Paket liegt derzeit beim Zoll in Frankfurt."),
        ("fr", "Votre colis est actuellement retenu en douane."),
    ],
)  # fmt: skip
def test_a_status_held_at_customs_supports_it(language: str, sentence: str) -> None:
    assert not invented_with_status(language, sentence, "is being held at customs"), sentence


@pytest.mark.parametrize(
    ("sentence", "invented"),
    [
        ("お荷物は現在、税関にて止まっております。", True),
        ("台風の影響で配送が遅れております。", True),
        ("台風の影響で配送が遅れている可能性がございます。", False),
    ],
)  # fmt: skip
def test_a_cause_in_japanese(sentence: str, invented: bool) -> None:
    assert invented_with_status("ja", sentence, _SORTED) is invented, sentence
