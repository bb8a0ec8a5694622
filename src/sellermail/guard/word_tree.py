"""Words as one regular expression nested by their letters, which the engine reads one letter
at a time instead of word by word."""

from __future__ import annotations

import re


def trie(words: list[str], *, at_word: bool = False) -> str:
    """``words`` as one alternation nested by their first letters (``a(?:rriv|sk)|d(?:...)``):
    at each place the engine then compares one letter per branch, not every word. With
    ``at_word``, only where a word begins (no word character before): looked behind for after
    the first letter (``a(?<!\\wa)(?:rriv|sk)``), so the engine skips at once to the places
    holding one of the first letters (a pattern led by a look-behind is tried everywhere)."""
    if "" in words:
        rest = trie([w for w in words if w])
        return f"(?:{rest})?" if rest else ""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, tails in by_first.items():
        tail = trie(tails)
        led = re.escape(first) + (f"(?<!\\w{re.escape(first)})" if at_word else "")
        branches.append(led + (f"(?:{tail})" if "|" in tail else tail))
    return "|".join(branches)
