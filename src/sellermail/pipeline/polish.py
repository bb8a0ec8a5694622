"""Polish a message: render it, build its ledger, and let the model try (see
:mod:`sellermail.llm.polish` for the attempts and what is judged)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypedDict, Unpack

from sellermail.compose.catalogue import Catalogue, Scenario
from sellermail.compose.render import Rendered, render
from sellermail.guard.secrets import refuse_secrets
from sellermail.llm import client as llm
from sellermail.llm.config import LLMSettings, load_llm_settings
from sellermail.llm.polish import (
    DEFAULT_MAX_ATTEMPTS,
    Attempts,
    Polished,
    deterministic,
    offline_reason,
)
from sellermail.pipeline.ledgers import ledger_for


def _offline_note(reason: str) -> str:
    if reason == "--offline":
        return "offline (--offline): printed the deterministic text"
    return (f"offline: {reason}; printed the deterministic text "
            "(to polish, set a key or a profile: see `sellermail config show`)")  # fmt: skip


def start(
    message: Rendered,
    facts: Mapping[str, Any],
    settings: LLMSettings,
    *,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
) -> Attempts:
    """The attempts to polish ``message``, rendered from raw ``facts``."""
    ledger = ledger_for(message.scenario, facts, channel=message.channel, tone=message.tone,
                        language=message.language)  # fmt: skip
    return Attempts(message, ledger, settings, max_attempts)


class PolishOptions(TypedDict, total=False):
    """How to write and polish a message (each optional)."""

    #: ``--set`` values, which win over the facts file's.
    overrides: Mapping[str, Any] | None
    #: A tone id or Chinese tone name; the scenario's default when absent.
    tone: str | None
    #: ``amazon`` (the default), ``email``, ``ebay`` or ``walmart``.
    channel: str
    #: ``en``, ``de``, ``fr``, ``es``, ``it`` or ``ja``; by default the marketplace's.
    language: str | None
    #: Where a scenario named by id or title is found (the built-in catalogue by default).
    catalogue: Catalogue | None
    #: The model (the configured one by default); without one the text is the deterministic one.
    settings: LLMSettings | None
    #: Model calls before falling back to the deterministic text.
    max_attempts: int
    #: Do not call a model.
    offline: bool
    #: What sends one request (tests and the web page may give their own).
    send: Callable[[llm.ChatRequest, LLMSettings], llm.Completion]


def polish(
    scenario: str | Scenario,
    facts: Mapping[str, Any] | None = None,
    **options: Unpack[PolishOptions],
) -> Polished:
    """Render ``scenario`` from raw ``facts`` and polish it with the model (see the module
    docstring); ``options`` are :class:`PolishOptions`."""
    overrides = options.get("overrides") or {}
    message = render(scenario, facts, overrides=overrides, tone=options.get("tone"),
                     channel=options.get("channel", "amazon"),
                     catalogue=options.get("catalogue"),
                     language=options.get("language"))  # fmt: skip
    refuse_secrets(message.scenario.id, message.text, message.facts.values)
    settings = options.get("settings") or load_llm_settings()
    if reason := offline_reason(settings, options.get("offline", False)):
        return deterministic(message, "offline", _offline_note(reason))
    send = options.get("send", llm.send)
    raw = {**(facts or {}), **overrides}
    attempts = start(message, raw, settings,
                     max_attempts=options.get("max_attempts", DEFAULT_MAX_ATTEMPTS))  # fmt: skip
    while (next_request := attempts.request()) is not None:
        try:
            completion = send(next_request, settings)
        except llm.TransportError as exc:
            return attempts.unreachable(exc)
        if (outcome := attempts.take(completion)) is not None:
            return outcome
    return attempts.fallback()
