"""The buyer's request recalled in a past tense ("you had asked us to", "nos pedía que") or, in
Japanese, after the remedy it names (再送をご希望とのこと, 再出荷が可能かどうか, 再配送についての
ご質問) offers nothing; the same remedy promised still does. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from offered import offer_blocks

RESEND = "adds shipping the order again"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "You had asked us to send the parcel out again; we are not able to do so."),
        ("es", "Nos pedía que le reenviáramos el paquete, algo que no podemos hacer."),
        ("ja", "再送をご希望とのことでしたが、今回は見送らせていただきます。"),
        ("ja", "再出荷が可能かどうかのお問い合わせにつきまして、回答いたします。"),
        ("ja", "再配送についてのご質問、ありがとうございます。"),
    ],
)
def test_a_request_recalled_offers_nothing(language: str, sentence: str) -> None:
    assert not any(RESEND in b for b in offer_blocks(language, sentence, ["full_refund"]))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We will gladly send the parcel out again today."),
        ("es", "Le reenviaremos el paquete hoy mismo."),
        ("ja", "本日中に再発送いたします。"),
    ],
)
def test_the_remedy_promised_still_offers(language: str, sentence: str) -> None:
    assert any(RESEND in b for b in offer_blocks(language, sentence, ["full_refund"]))
