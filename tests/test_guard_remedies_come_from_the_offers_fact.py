"""Only an ``offers`` fact commits a message to remedies: a message whose text names a remedy
already made ("the replacement we sent you") holds a draft to no offer, so a draft may leave
the word out or keep it; one that adds a remedy is still caught. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked, with_added

FACTS = {"buyer_name": "Nora", "product": "Wollschal", "tracking_number": "LX234567895CN",
         "store_name": "Wollstube"}  # fmt: skip
DRAFTS = {
    "en": "Hi Nora, did the Wollschal we sent you arrive (tracking LX234567895CN)? {extra}Wollstube",
    "de": "Hallo Nora, ist der Wollschal, den wir Ihnen geschickt haben, angekommen "
    "(Sendungsnummer LX234567895CN)? {extra}Wollstube",
    "fr": "Bonjour Nora, le Wollschal que nous vous avons envoyé est-il arrivé (suivi "
    "LX234567895CN) ? {extra}Wollstube",
    "es": "Hola, Nora: ¿le ha llegado el Wollschal que le enviamos (seguimiento LX234567895CN)? "
    "{extra}Wollstube",
    "it": "Ciao Nora, è arrivato il Wollschal che le abbiamo spedito (tracciamento "
    "LX234567895CN)? {extra}Wollstube",
}
REFUNDS = {
    "en": "We will also refund you in full. ",
    "de": "Wir erstatten Ihnen außerdem den vollen Kaufpreis. ",
    "fr": "Nous vous rembourserons aussi intégralement. ",
    "es": "También le haremos un reembolso completo. ",
    "it": "Le faremo anche un rimborso completo. ",
}


def _offer_blocks(language: str, text: str) -> list[str]:
    report = checked("review-followup-check", language, text, FACTS)
    return [v.detail for v in report.violations if v.kind == "offer_mismatch"]


@pytest.mark.parametrize("language", list(DRAFTS))
def test_a_replacement_already_sent_need_not_be_named(language: str) -> None:
    assert not _offer_blocks(language, DRAFTS[language].format(extra=""))


@pytest.mark.parametrize("language", list(DRAFTS))
def test_a_remedy_added_to_such_a_message_is_caught(language: str) -> None:
    blocks = _offer_blocks(language, DRAFTS[language].format(extra=REFUNDS[language]))
    assert any("adds a full refund" in b for b in blocks), blocks


def test_the_rendered_message_still_passes() -> None:
    assert with_added("review-followup-check", "fr", facts=FACTS).ok
