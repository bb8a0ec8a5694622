"""Carriers named in a text ("DHL", "Correos Express", "ヤマト運輸"): a carrier the facts do not
name is a fact a rewrite invented. The names are triage's (``inbound/facts.yaml``: one list of
carriers for reading buyers' messages and for guarding the seller's)."""

from __future__ import annotations

import re
from functools import cache

from sellermail.guard.word_tree import trie
from sellermail.guard.wording import alphabetic
from sellermail.io.paths import data_dir
from sellermail.io.structured import parse_yaml


def _joins(char: str) -> bool:
    """Whether ``char`` next to a carrier's name makes it part of a longer word (a letter or
    digit of an alphabetic script, or "&"; Chinese characters and kana are words of their
    own: "ヤマト運輸の宅急便", "DHLで")."""
    return char == "&" or alphabetic(char)


#: One carrier under several names (in its own script, by its brand, shortened): a draft may
#: name it by any of them when the facts name it by one.
_SAME = (
    ("Yamato", "ヤマト運輸", "クロネコヤマト", "ヤマト"),
    ("Sagawa", "佐川急便", "佐川"),
    ("Japan Post", "日本郵便", "ゆうパック"),
    ("SF Express", "顺丰"),
    ("China Post", "中国邮政"),
    ("YunExpress", "Yun Express"),
    ("Cainiao", "菜鸟"),
)


def same_carrier(name: str) -> tuple[str, ...]:
    """Every name of the carrier named ``name`` (as :func:`carriers_in` reports it)."""
    return next((group for group in _SAME if name in group), (name,))


def names_carrier(text: str, name: str) -> bool:
    """Whether ``text`` names the carrier the fact ``name`` names, by any of its names or
    notations ("ヤマト運輸" for "Yamato Transport", "佐川急便" for "Sagawa")."""
    wanted = {other for found, _ in carriers_in(name) for other in same_carrier(found)}
    return bool(wanted) and any(found in wanted for found, _ in carriers_in(text))


@cache
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    data = parse_yaml((data_dir("inbound") / "facts.yaml").read_text(encoding="utf-8")) or {}
    names = [name.strip() for name in str(data.get("carriers", "")).split("|") if name.strip()]
    # found by their first character as written (a capital, a digit, a Chinese character: rare
    # in prose, so the engine skips most of a text), the rest in any case, as a tree of letters;
    # the word's edges are checked after
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name[1:].lower())
    branches = [
        f"{re.escape(first)}(?i:{trie(sorted(rests))})" for first, rests in by_first.items()
    ]
    return re.compile("|".join(branches)), {n.lower(): n for n in names}


def carriers_in(text: str) -> list[tuple[str, int]]:
    """Each carrier ``text`` names, as its canonical name and where it starts; written with its
    first letter as the carrier writes it ("DHL", "Correos"), a name in capitals (UPS, DPD) only
    in capitals ("ups and downs")."""
    pattern, names = _names()
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if (start and _joins(text[start - 1])) or (end < len(text) and _joins(text[end])):
            continue  # inside a longer word
        name = names.get(match[0].lower())
        if name and (not name.isupper() or text[start:end] == name):
            found.append((name, start))
    return found
