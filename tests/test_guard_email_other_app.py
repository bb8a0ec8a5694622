"""An e-mail to the buyer of a marketplace order may not move the buyer to another app: a
messaging app (WhatsApp, Telegram, the shop's LINE account, added as a friend) or a video call
is off-platform contact, in every language; an e-mail about a shop's own order may, and a word
that only looks like one ("product line", "a line of text") is none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

_FACTS = {"buyer_name": "Ilse", "product": "camping stove", "attachment_name": "the manual",
          "store_name": "Nordlicht"}  # fmt: skip
_HOME = {"en": "Amazon.com", "de": "Amazon.de", "fr": "Amazon.fr", "es": "Amazon.es",
         "it": "Amazon.it", "ja": "Amazon.co.jp"}  # fmt: skip
_OTHER_APP = {
    "en": "If it is easier, message our team on Telegram and we will walk you through it.",
    "de": "Gern zeigen wir es Ihnen auch per Videoanruf, wenn Sie möchten.",
    "fr": "Nous pouvons aussi vous guider par appel vidéo si vous le souhaitez.",
    "es": "Si lo prefiere, le guiamos por videollamada paso a paso.",
    "it": "Se preferisce, possiamo guidarla con una videochiamata.",
    "ja": "ご不明な点は当店のLINEから気軽にお問い合わせください。",
}


def _blocked(language: str, sentence: str, marketplace: str | None = None) -> list[str]:
    facts = dict(_FACTS, marketplace=marketplace or _HOME[language])
    draft = f"Ilse,\n\ncamping stove: the manual.\n{sentence}\n\nNordlicht\n"
    report = sellermail.check("usage-instructions", facts, draft, channel="email",
                              language=language)  # fmt: skip
    return [v.rule or "" for v in report.violations if v.severity == "block"]


@pytest.mark.parametrize("language", sorted(_OTHER_APP))
def test_another_app_in_a_marketplace_orders_email_is_off_platform(language: str) -> None:
    assert "buyer.no-off-platform" in _blocked(language, _OTHER_APP[language])


def test_a_shops_own_order_may_name_one() -> None:
    assert "buyer.no-off-platform" not in _blocked("en", _OTHER_APP["en"], "nordlicht.de")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The stove belongs to our outdoor line and each line of the manual is numbered."),
        ("ja", "取扱説明書の3ページ目にある赤いラインまで水を入れてください。"),
    ],
)
def test_words_that_only_look_like_an_app_are_none(language: str, sentence: str) -> None:
    assert "buyer.no-off-platform" not in _blocked(language, sentence)
