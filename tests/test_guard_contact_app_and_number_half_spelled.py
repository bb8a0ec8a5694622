"""Off-platform contact in disguise: WhatsApp as it is said ("wasap", "guasap"), a messaging
app described instead of named ("our chat app", "app de mensajería"), and a phone number
written partly in words, partly in digits, in any of the marketplaces' languages. Counts,
ranges and ids beside a number word are not phone numbers. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added


def _contact(language: str, sentence: str) -> list[str]:
    report = with_added("shipping-in-transit", language, sentence, IN_TRANSIT)
    return [
        v.detail
        for v in report.violations
        if v.rule in ("buyer.no-phone-number", "buyer.no-off-platform-disguised")
    ]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("es", "Si quieres, escríbenos por guasap y te respondemos enseguida."),
     ("en", "You can also message us on our chat app for a quicker answer."),
     ("es", "Mándanos la foto por la app de mensajería que prefieras."),
     ("fr", "Envoyez-nous la photo via une application de messagerie."),
     ("en", "Our line is one-two-three, 45 67 89, any time."),
     ("de", "Unsere Nummer: null-eins-sieben, 22 33 44."),
     ("it", "Il numero è tre-quattro-sette, 12 34 56."),
     ("fr", "Joignez-nous au zéro-six, 12 34 56 78.")],
)  # fmt: skip
def test_contact_in_disguise_is_blocked(language: str, sentence: str) -> None:
    assert _contact(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "It usually takes one or two days, sometimes 3 to 5."),
     ("es", "Te enviamos dos cajas, de 30 x 40 cm."),
     ("de", "Sie erhalten zwei Pakete mit je 2 Teilen."),
     ("fr", "Comptez deux à trois jours, parfois 4 ou 5."),
     ("en", "The app will guide you through the first two steps.")],
)  # fmt: skip
def test_ordinary_numbers_and_apps_are_no_contact(language: str, sentence: str) -> None:
    assert not _contact(language, sentence)
