"""A message in a Latin-script language is read line by line and paragraph by paragraph for a
passage in another language only when its words leave another language room to outscore its
own there (at least 6 points, twice its own: at least 3 more). That shortcut is a bound, never
a judgement: with or without it, every message is judged the same."""

from __future__ import annotations

import importlib.util
import random
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest

import sellermail
from sellermail.guard import language as installed


def _from_source() -> ModuleType:
    """The language module as Python source, even where the installed guard is compiled (a
    compiled module's own calls do not see an attribute patched in): the bound is taken away by
    patching it."""
    path = Path(installed.__file__).with_suffix("").with_suffix(".py")
    spec = importlib.util.spec_from_file_location("sellermail_language_source", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


language = _from_source()


def _lines(code: str) -> list[str]:
    found: list[str] = []
    for scenario in sellermail.scenarios():
        if code in scenario.languages:
            text = sellermail.render(
                scenario, scenario.example, channel=scenario.channels[0], language=code
            ).text
            found += [line for line in text.splitlines() if line.strip()]
    return found


@pytest.fixture(scope="module")
def lines() -> dict[str, list[str]]:
    return {code: _lines(code) for code in ("en", "de", "fr", "es", "it")}


def _unbounded(mine: int) -> dict[str, int]:
    """Room enough for every language at every word: the line by line reading always runs."""
    every = sum(language._LEAST_WORDS << (language._FIELD * c) for c in range(8))
    return defaultdict(lambda: every)


@pytest.mark.parametrize("code", ["es", "fr", "it", "de", "en"])
def test_mixed_messages_are_judged_the_same_with_and_without_the_bound(
    code: str, lines: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    pick = random.Random(f"room-{code}")
    others = [other for other in lines if other != code]
    messages = []
    for _ in range(300):  # mostly the message's language, a line or a paragraph of another
        own = pick.sample(lines[code], pick.randint(2, 8))
        other = pick.sample(lines[pick.choice(others)], pick.randint(0, 4))
        at = pick.randint(0, len(own))
        glue = "\n\n" if pick.random() < 0.5 else "\n"
        messages.append("\n".join(own[:at]) + glue + "\n".join(other) + glue + "\n".join(own[at:]))
    bounded = [language._other_language(text, code) for text in messages]
    monkeypatch.setattr(language, "_room", _unbounded)
    assert [language._other_language(text, code) for text in messages] == bounded
    assert any(bounded)  # some mixes are read as another language
