"""Japanese writes a blank as circles or crosses for the digits ("〇月〇日までに", "○○円"), leaves
a name or a word blank as a run of them ("〇〇様", "担当の××です") or names the blank in
full-width brackets ("［担当者名］"): an unfilled blank, like "[date]". A numeral's zeros
("二〇〇年"), a bullet, and a bracket around an ordinary word are not. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import japanese_blanks as _blanks


@pytest.mark.parametrize(
    "sentence",
    ["〇月〇日までにご返信いただけますでしょうか。", "お詫びとして○○円をご返金いたします。",
     "××日以内にお届けいたします。"],
)  # fmt: skip
def test_circled_digits_are_a_blank(sentence: str) -> None:
    assert _blanks(sentence)


@pytest.mark.parametrize(
    "sentence", ["当店は二〇〇年の歴史がございます。", "○月曜日から金曜日まで営業しております。"]
)
def test_a_numeral_zero_or_a_bullet_is_no_blank(sentence: str) -> None:
    assert not _blanks(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["担当の○○が引き続き対応いたします。", "◯◯様、いつもありがとうございます。",
     "××ストア カスタマーサービス", "［担当者名］", "［ご注文番号］の件でご連絡いたしました。"],
)  # fmt: skip
def test_a_name_or_word_left_blank(sentence: str) -> None:
    assert _blanks(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["当店は二〇〇〇年に創業いたしました。", "○ 追跡番号は上記のとおりです。",
     "［ご参考］配送状況は追跡番号からご確認いただけます。"],
)  # fmt: skip
def test_numerals_bullets_and_plain_brackets_are_no_blank(sentence: str) -> None:
    assert not _blanks(sentence)
