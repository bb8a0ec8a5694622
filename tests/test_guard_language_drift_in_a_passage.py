"""A message partly in another language is the wrong language: a line or list of steps in
English inside a Spanish or French message, a closing in Chinese inside a Japanese one, a
Chinese (or Japanese) passage inside a message in a Latin-script language. A word or two
of English, a name in Chinese characters the facts give, and Japanese written in kanji
alone are not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import IN_TRANSIT, with_added


def _foreign(language: str, added: str, facts: dict[str, str] | None = None) -> bool:
    report = with_added("shipping-in-transit", language, added, facts or IN_TRANSIT)
    return any(v.rule == "language.mismatch" for v in report.violations)


@pytest.mark.parametrize(
    ("language", "added"),
    [("es", "If the parcel has not arrived by then, please let us know and we will look into it."),
     ("fr", "Étapes :\n1. Open the box and remove all of the packing.\n2. Plug it in and wait "
            "until the light turns green."),
     ("de", "We hope that you will enjoy it, and thank you for your patience with us."),
     ("it", "Thank you so much for your order and for your patience with the delivery."),
     ("ja", "如果您有任何问题，请随时与我们联系。"),
     ("en", "感谢您的耐心等待！"),
     ("en", "ご不明な点がございましたらお知らせください。"),
     ("fr", "祝您购物愉快。")],
)  # fmt: skip
def test_a_passage_in_another_language_is_caught(language: str, added: str) -> None:
    assert _foreign(language, added)


@pytest.mark.parametrize(
    ("language", "added", "facts"),
    [("es", "Saludos del equipo de Customer Service.", None),
     ("fr", "Le colis est suivi par notre service client, l'équipe « Happy Home ».", None),
     ("ja", "発送済。追跡番号記載。", None),
     ("en", "Best wishes, 陈晓明", {**IN_TRANSIT, "signer": "陈晓明"})],
)  # fmt: skip
def test_a_word_a_name_or_kanji_alone_is_not(
    language: str, added: str, facts: dict[str, str] | None
) -> None:
    assert not _foreign(language, added, facts)
