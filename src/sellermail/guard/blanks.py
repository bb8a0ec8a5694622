"""Blanks a template left unfilled ("[date]", "{{name}}", "$XX", "〇月〇日", "【追跡番号】"),
in the bracket styles and signs each language writes them with."""

from __future__ import annotations

import re
from collections.abc import Iterator

_CUES = (
    "[",
    "{",
    "<",
    "___",
    "XX",
    "N/A",
    "%",
    "TBD",
    "INSERT",
    "〇",
    "○",
    "◯",
    "×",
    "［",
    "｛",
    "【",
    "〔",
    "〈",
    "＜",
)
_BLANK = re.compile(
    r"[$€£¥]\s?[Xx]{2,}(?:[.,][Xx]{2})?|\[[^\]\n]{1,60}\]|\{\{[^}\n]*\}\}"
    # a blank in braces of any script, half or full width ("{Kundenname}", "{お客様名}", "｛担当者名｝")
    r"|[{｛][^\W\d][^{}｛｝\d\n]{0,39}[}｝]|<(?:your|customer|buyer|insert|name|"
    r"order|tracking|date|amount|product|store|seller)[^<>\n]{0,40}>|_{3,}|\bX{3,}\b|\bN/A\b|"
    r"%[sd]\b|\bTBD\b|\bINSERT\b"
    # circles or crosses standing for the digits of a date, sum or count ("〇月〇日", "○○円"),
    # not a numeral's zero ("二〇〇年")
    r"|(?<![一二三四五六七八九十百千万〇零\d])[〇○◯×]{1,4}(?:月(?!曜)|日|年|時|分|円|個|件|営業日|週間)"
    # two or more standing for a name or a word ("〇〇様", "担当の○○です"), not in a numeral
    r"|(?<![一二三四五六七八九十百千万〇零\d])[〇○◯×]{2,}(?![一二三四五六七八九十百千万〇零\d])"
    # a full-width bracket naming what goes in it ("［担当者名］", "［ご注文番号］")
    r"|［[^］\n]{0,20}(?:名|番号|日付|日時|住所|金額|様|者)］"
    # or in lenticular, tortoise-shell or angle ones where its value belongs in the sentence, a
    # particle or a stop after it ("番号は【追跡番号】です"), not a label before its value
    r"|[【〔〈＜][^】〕〉＞\n]{0,20}(?:名|番号|日付|日時|住所|金額|者)[】〕〉＞](?=[はをにでのがとも様、。])",
)


def blanks(text: str) -> Iterator[re.Match[str]]:
    """Each unfilled blank in ``text``."""
    if any(cue in text for cue in _CUES):
        yield from _BLANK.finditer(text)
