"""A new thing the buyer awaits or bought is their order, not a replacement we send, also
with words between the verb and the thing ("si aspetta con impazienza un nuovo utensile",
"waiting so eagerly for a new grinder"); a new unit we send stays a replacement offered.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We know how it is when you are waiting so eagerly for a new grinder."),
        ("en", "You have just bought a new kettle, so the delay is frustrating."),
        ("it", "Sappiamo quanto è snervante quando si aspetta da giorni un nuovo frullatore."),
        ("fr", "Nous comprenons que vous attendez avec impatience un nouvel appareil."),
        ("es", "Entendemos que espera con ganas un aparato nuevo para su cocina."),
        ("de", "Wir verstehen, dass Sie schon ungeduldig auf ein neues Gerät warten."),
    ],
)
def test_a_new_thing_awaited_is_no_replacement(language: str, sentence: str) -> None:
    assert "replacement" not in offered(sentence, phrasing(language))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Please wait two more days and we will send a new kettle."),
        ("it", "Aspetti ancora due giorni, poi le mandiamo un nuovo articolo."),
        ("fr", "Nous vous enverrons un nouvel appareil dès demain."),
        ("es", "Le enviaremos un aparato nuevo esta semana."),
    ],
)
def test_a_new_unit_we_send_is_still_offered(language: str, sentence: str) -> None:
    assert "replacement" in offered(sentence, phrasing(language))
