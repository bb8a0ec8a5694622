"""Check a draft: the scenario's ledger from its facts, then the guard's verdict."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sellermail.compose.catalogue import Catalogue, Scenario
from sellermail.guard.verdict import Report, guard
from sellermail.pipeline.ledgers import ledger_for


def check(
    scenario: str | Scenario,
    facts: Mapping[str, Any] | None,
    text: str,
    *,
    channel: str = "amazon",
    tone: str | None = None,
    catalogue: Catalogue | None = None,
) -> Report:
    """Check a draft (by a person or a model) of ``scenario`` with raw ``facts`` on
    ``channel``, held to ``tone``'s rendering or, without one, to what every tone keeps."""
    if tone is not None:
        from sellermail.compose.catalogue import tone_id

        tone = tone_id(tone)
    ledger = ledger_for(scenario, facts, channel=channel, tone=tone, catalogue=catalogue)
    return guard(ledger, text)
