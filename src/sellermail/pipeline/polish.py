"""Polish a message: render it, build its ledger, and let the model try (see
:mod:`sellermail.llm.polish` for the attempts and what is judged)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sellermail.compose.catalogue import Catalogue, Scenario
from sellermail.compose.render import Rendered, render
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
    ledger = ledger_for(message.scenario, facts, channel=message.channel, tone=message.tone)
    return Attempts(message, ledger, settings, max_attempts)


def polish(
    scenario: str | Scenario,
    facts: Mapping[str, Any] | None = None,
    *,
    overrides: Mapping[str, Any] | None = None,
    tone: str | None = None,
    channel: str = "amazon",
    catalogue: Catalogue | None = None,
    settings: LLMSettings | None = None,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    offline: bool = False,
    send: Callable[[llm.ChatRequest, LLMSettings], llm.Completion] = llm.send,
) -> Polished:
    """Render ``scenario`` and polish it with the configured model (see the module docstring)."""
    message = render(scenario, facts, overrides=overrides, tone=tone, channel=channel,
                     catalogue=catalogue)  # fmt: skip
    settings = settings or load_llm_settings()
    if reason := offline_reason(settings, offline):
        return deterministic(message, "offline", _offline_note(reason))
    raw = {**(facts or {}), **(overrides or {})}
    attempts = start(message, raw, settings, max_attempts=max_attempts)
    while (next_request := attempts.request()) is not None:
        try:
            completion = send(next_request, settings)
        except llm.TransportError as exc:
            return attempts.unreachable(exc)
        if (outcome := attempts.take(completion)) is not None:
            return outcome
    return attempts.fallback()
