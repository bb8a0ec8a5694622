"""A replacement named by what makes it right ("we already sent the correct size", "nous avons
déjà envoyé la bonne pointure") is a claim that it has been sent; "d'ores et déjà" is "déjà".
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added

_FACTS = {"order_id": "405-1234567-1234567", "product": "rain jacket",
          "offers": ["replacement", "full_refund"], "store_name": "Kiefer & Co"}  # fmt: skip


def _claims(language: str, sentence: str) -> bool:
    report = with_added("exchange-after-shipment", language, sentence, _FACTS)
    return any("already" in v.detail for v in report.violations if v.severity == "block")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We have already shipped the correct size to you."),
        ("fr", "Nous avons déjà expédié la bonne pointure ce matin."),
        ("fr", "Nous avons d'ores et déjà renvoyé le colis."),
        ("de", "Wir haben Ihnen bereits die richtige Größe verschickt."),
        ("es", "Ya hemos enviado la talla correcta esta mañana."),
        ("it", "Abbiamo già spedito la taglia giusta stamattina."),
    ],
)
def test_the_right_one_sent_is_a_claim(language: str, sentence: str) -> None:
    assert _claims(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Once it is back, we can send the correct size."),
        ("fr", "Dès son retour, nous pourrons envoyer la bonne pointure."),
        ("de", "Sobald es zurück ist, schicken wir gern die richtige Größe."),
    ],
)
def test_the_right_one_to_come_is_no_claim(language: str, sentence: str) -> None:
    assert not _claims(language, sentence)
