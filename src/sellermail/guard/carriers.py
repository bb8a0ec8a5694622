"""Carriers named in a text ("DHL", "Correos Express", "ヤマト運輸"): a carrier the facts do not
name is a fact a rewrite invented. The names are triage's (``inbound/facts.yaml``: one list of
carriers for reading buyers' messages and for guarding the seller's)."""

from __future__ import annotations

import re
from functools import cache

from sellermail.io.paths import data_dir
from sellermail.io.structured import parse_yaml


@cache
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    data = parse_yaml((data_dir("inbound") / "facts.yaml").read_text(encoding="utf-8")) or {}
    names = [name.strip() for name in str(data.get("carriers", "")).split("|") if name.strip()]
    names.sort(key=len, reverse=True)  # "Correos Express" before "Correos"
    words = "|".join(re.escape(name.lower()) for name in names)
    return re.compile(rf"(?<![\w&])(?:{words})(?![\w&])"), {name.lower(): name for name in names}


def carriers_in(text: str, lower: str) -> list[tuple[str, int]]:
    """Each carrier ``text`` names (``lower``: it lower-cased, offsets kept), as its canonical
    name and where it starts; a name in capitals (UPS, DPD) only in capitals ("ups and downs")."""
    pattern, names = _names()
    found = []
    for match in pattern.finditer(lower):
        name = names[match[0]]
        if not name.isupper() or text[match.start() : match.end()] == name:
            found.append((name, match.start()))
    return found
