"""Japanese also leaves a blank in lenticular, tortoise-shell or angle brackets naming what goes
in it, where the value belongs in the sentence ("追跡番号は【追跡番号】となります"): an unfilled
blank. The same brackets as a label before its value ("【ご注文番号】249-…") or around a
heading or emphasis ("【重要】") are not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import japanese_blanks as _blanks


@pytest.mark.parametrize(
    "sentence",
    ["お問い合わせ番号は【お問い合わせ番号】です。", "本件は〔担当者名〕が対応いたします。",
     "返金額は【金額】となります。", "〈お客様名〉様、いつもありがとうございます。"],
)  # fmt: skip
def test_a_named_blank_in_the_sentence_is_a_placeholder(sentence: str) -> None:
    assert _blanks(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["【重要】配送状況についてのお知らせです。", "【追跡番号】LX123456785CN",
     "【配送業者】ヤマト運輸", "【お届け先住所】\n東京都渋谷区のご住所にお届けします。"],
)  # fmt: skip
def test_a_label_or_heading_in_brackets_is_no_placeholder(sentence: str) -> None:
    assert not _blanks(sentence)
