"""A web address written with a space after each dot ("www. sagawa-exp. co. jp", "bit. ly/
abc") or in full-width letters ("ｙｏｕｔｕ．ｂｅ／ａｂｃ") is a link; a sentence's full stop
before a word that looks like a domain's end ("etc. es", "3 Tage. De") is none.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

_RULE = "buyer.no-links"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ja", "詳しくは公式サイト（www. yamato-hd. co. jp）をご覧ください。"),
        ("ja", "動画はこちらでもご覧いただけます（ｖｉｍｅｏ．ｃｏｍ／１２３４５６７）。"),
        ("de", "Die Anleitung findest du auch unter www. tonleiter24. de – schau gern vorbei."),
        ("es", "Puede ver el vídeo en youtu. be/x7Kq2Lm como alternativa."),
        ("en", "There is also a short guide at bit. ly/3kQmZp if that helps."),
        ("ja", "ＹｏｕＴｕｂｅ（ｗｗｗ．ｙｏｕｔｕｂｅ．ｃｏｍ）でも公開しております。"),
    ],
)
def test_an_address_spaced_or_in_full_width_is_a_link(language: str, sentence: str) -> None:
    assert _RULE in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Revise el enchufe, el cable, etc. es importante que esté seco."),
        ("de", "Es dauert ein paar Tage. De facto kommt es aber meist früher."),
        ("en", "It ships in 3 days. me and the team will keep an eye on it."),
        ("ja", "ＬＥＤライトとＵＳＢケーブルを同梱しております。"),
    ],
)
def test_a_stop_before_a_word_is_no_link(language: str, sentence: str) -> None:
    assert _RULE not in rules_raised(language, sentence)
