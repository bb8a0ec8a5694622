"""The message languages the page offers: a scenario's own (English first), or for the page
without a scenario every language messages are written in."""

from __future__ import annotations

from sellermail.compose.catalogue import Scenario
from sellermail.compose.notation import LANGUAGES


def languages(scenario: Scenario | None = None) -> list[str]:
    """The languages ``scenario`` (or, without one, any scenario) can be written in."""
    return list(scenario.languages) if scenario is not None else list(LANGUAGES)
