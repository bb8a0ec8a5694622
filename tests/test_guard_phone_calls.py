"""A phone call is contact off the marketplace's messages: a draft that offers to call the buyer
or asks for their number is blocked in every language, while asking the buyer to reply here
is not. (Sentences of our own, not of any corpus.)"""

from __future__ import annotations

import pytest

from drafted import with_added


def _off_platform(language: str, added: str) -> list[str]:
    report = with_added("usage-instructions", language, added)
    return [v.detail for v in report.violations if v.rule == "buyer.no-off-platform"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "If you like, we can call you and go through the setup together."),
        ("en", "Just send us your mobile number and a good time to ring."),
        ("en", "We would be happy to give you a quick call."),
        ("de", "Gern rufen wir Sie an und richten das Gerät gemeinsam ein."),
        ("de", "Teilen Sie uns einfach Ihre Handynummer mit."),
        ("fr", "Si vous le souhaitez, nous pouvons vous appeler pour vous guider."),
        ("fr", "Indiquez-nous votre numéro de portable."),
        ("es", "Si lo prefiere, podemos llamarle para guiarle paso a paso."),
        ("es", "Indíquenos su número de teléfono."),
        ("it", "Se preferisce, possiamo chiamarla e guidarla passo dopo passo."),
        ("it", "Ci lasci il suo numero di cellulare."),
        ("ja", "ご希望でしたら、担当者からお電話で設定をご案内いたします。"),
        ("ja", "お客様の電話番号をお知らせください。"),
    ],
)  # fmt: skip
def test_a_call_offered_or_a_number_asked_for_is_off_platform(language: str, sentence: str) -> None:
    assert _off_platform(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Please reply here and tell us which step is unclear."),
        ("en", "The phone holder clips onto the dashboard."),
        ("de", "Antworten Sie einfach auf diese Nachricht."),
        ("fr", "Répondez simplement à ce message."),
        ("es", "Responda a este mensaje."),
        ("it", "Risponda pure a questo messaggio."),
        ("ja", "このメッセージにご返信ください。"),
    ],
)  # fmt: skip
def test_a_reply_through_the_marketplace_is_no_call(language: str, sentence: str) -> None:
    assert _off_platform(language, sentence) == []
