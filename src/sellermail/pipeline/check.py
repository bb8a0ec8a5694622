"""Check a draft: the scenario's ledger from its facts, then the guard's verdict."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sellermail.compose.catalogue import Catalogue, Scenario
from sellermail.guard.verdict import Report, guard
from sellermail.pipeline.ledgers import ledger_for


@dataclass(frozen=True)
class Checked(Report):
    """The guard's report on a draft, and the language the draft was held to."""

    language: str = "en"

    def to_dict(self) -> dict[str, Any]:
        return super().to_dict() | {"language": self.language}


def check(
    scenario: str | Scenario,
    facts: Mapping[str, Any] | None,
    text: str,
    *,
    channel: str = "amazon",
    tone: str | None = None,
    catalogue: Catalogue | None = None,
    language: str | None = None,
) -> Report:
    """Check a draft (by a person or a model) of ``scenario`` with raw ``facts`` on
    ``channel``, held to ``tone``'s rendering or, without one, to what every tone keeps, in
    ``language`` (by default the marketplace's, as for rendering)."""
    if tone is not None:
        from sellermail.compose.catalogue import tone_id

        tone = tone_id(tone)
    ledger = ledger_for(scenario, facts, channel=channel, tone=tone, catalogue=catalogue,
                        language=language)  # fmt: skip
    return Checked(guard(ledger, text).violations, ledger.language)
