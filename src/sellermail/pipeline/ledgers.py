"""Ledgers from renderings: what a message of a scenario, with these facts, commits to.

The guard is pure and receives a ledger; this module is where one is made, by rendering the
scenario deterministically. The last few hundred ledgers are kept: checking new drafts of the
same facts (polish attempts, a person editing a draft) does not render again.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from sellermail.compose.catalogue import TONES, Catalogue, Scenario, builtin
from sellermail.compose.facts import Repeated
from sellermail.compose.render import render
from sellermail.guard.ledger import Ledger, build
from sellermail.guard.tones import common

#: Marks a frozen :class:`~sellermail.compose.facts.Repeated` (a ``--set`` given twice).
_REPEATED = "\x00--set"


def _frozen(value: Any) -> Any:
    if isinstance(value, Repeated):
        return (_REPEATED, *(_frozen(item) for item in value))
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted((str(k), _frozen(v)) for k, v in value.items()))
    return value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)


def _thaw(value: Any) -> Any:
    if isinstance(value, tuple) and value[:1] == (_REPEATED,):
        return Repeated(value[1:])
    return list(value) if isinstance(value, tuple) else value


def ledger_for(
    scenario: str | Scenario,
    facts: Mapping[str, Any] | None = None,
    *,
    channel: str = "amazon",
    tone: str | None = None,
    catalogue: Catalogue | None = None,
    language: str | None = None,
) -> Ledger:
    """Render ``scenario`` deterministically from raw ``facts`` and return its ledger: of the
    rendering in ``tone``, or, for a draft of unknown tone, what every tone commits to; in
    ``language`` (by default the marketplace's, as :func:`render` chooses). A channel the
    scenario is refused on still gets a ledger (the guard reports the refusal)."""
    spec = scenario if isinstance(scenario, Scenario) else (catalogue or builtin()).find(scenario)
    return _ledger(spec, _frozen(dict(facts or {})), channel, tone, language)


@lru_cache(maxsize=512)
def _ledger(
    spec: Scenario, facts: Any, channel: str, tone: str | None, language: str | None
) -> Ledger:
    tones = [tone] if tone else [spec.tone, *(t for t in TONES if t != spec.tone)]
    raw = {name: _thaw(value) for name, value in facts}
    ledgers = []
    for each in tones:
        message = render(spec, raw, tone=each, channel=channel, enforce_channel=False,
                         language=language)  # fmt: skip
        typed = message.facts
        ledger = build(spec, channel, message.text, typed.values, typed.given,
                       typed.language, typed.locale)  # fmt: skip
        ledgers.append(ledger)
    return common(ledgers)
