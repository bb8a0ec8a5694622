"""A count told apart from the same number in other facts: an appeal about 3 claims whose
actions name "three team members" does not keep its count by repeating the actions. A number
is known by the word after it ("three team", "3 A-to-z claims"); a count is kept only by a
number whose next word no other fact gives it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from sellermail.compose.catalogue import Scenario
from sellermail.guard.mentions import Mention, mentions
from sellermail.guard.wording import fold

_NEXT = re.compile(r"[\s-]*([^\W\d_]+)")


def after(text: str, mention: Mention) -> str:
    """The first letters of the word after ``mention`` in ``text`` ("" at a sentence's end)."""
    m = _NEXT.match(text, mention.start + len(mention.text))
    return fold(m[1])[:4] if m else ""


def _texts(value: Any) -> Iterable[str]:
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            yield item


def counted_elsewhere(
    scenario: Scenario, values: Mapping[str, Any], base: str, seen: list[Mention], language: str
) -> frozenset[tuple[Any, str]]:
    """The numbers of ``values``' counts (more than one) that other facts' words hold, each
    with the word after it; none for a count whose own words in ``base`` (its ``seen``
    mentions) are all among them (nothing would tell it apart)."""
    counts = {v for k, v in values.items()
              if scenario.fields[k].type == "count" and isinstance(v, int) and v > 1}  # fmt: skip
    if not counts:
        return frozenset()
    found = {
        (m.key[1], after(text, m))
        for k, v in values.items()
        if scenario.fields[k].type != "count"
        for text in _texts(v)
        for m in mentions(text, language=language)
        if m.kind == "number" and m.key[1] in counts
    }
    own = {(m.key[1], after(base, m)) for m in seen if m.kind == "number" and m.key[1] in counts}
    apart = {n for n, word in own if (n, word) not in found}
    return frozenset((n, word) for n, word in found if n in apart)


def said_elsewhere(key: tuple[Any, ...], text: str, seen: list[Mention],
                   elsewhere: frozenset[tuple[Any, str]]) -> bool:  # fmt: skip
    """Whether every mention of the count ``key`` in ``text`` is another fact's number."""
    said = [m for m in seen if m.key == key]
    return bool(said) and all((key[1], after(text, m)) in elsewhere for m in said)
