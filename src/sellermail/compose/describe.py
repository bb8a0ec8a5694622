"""Describe a scenario for people (``show``) and programs (``show --json``)."""

from __future__ import annotations

from typing import Any

import yaml

from sellermail.compose.catalogue import CHANNELS, Scenario


def example_yaml(scenario: Scenario) -> str:
    """The scenario's example facts as a YAML facts file."""
    return yaml.safe_dump(scenario.example, allow_unicode=True, sort_keys=False, width=100)


def render_command(scenario: Scenario) -> str:
    """The commands that save the example facts file and render it."""
    channel = "" if "amazon" in scenario.channels else f" --channel {scenario.channels[0]}"
    saved = f"{scenario.id}.yaml"
    return (f"sellermail show {scenario.id} --example > {saved}, edit it, then "
            f"sellermail render {scenario.id} --facts {saved}{channel}")  # fmt: skip


def summary(scenario: Scenario) -> dict[str, Any]:
    """What ``list --json`` says of a scenario."""
    return {
        "id": scenario.id,
        "title": scenario.title,
        "title_zh": scenario.title_zh,
        "category": scenario.category,
        "recipient": scenario.recipient,
        "tone": scenario.tone,
        "channels": list(scenario.channels),
        "languages": list(scenario.languages),
    }


def describe(scenario: Scenario) -> dict[str, Any]:
    """Everything ``show`` prints, as plain data."""
    return summary(scenario) | {
        "refused": {
            c: scenario.refused.get(c, "not sent on this channel")
            for c in CHANNELS
            if c not in scenario.channels
        },
        "fields": [
            {
                "name": spec.name,
                "type": spec.type,
                "required": spec.required,
                "default": spec.default,
                "help": spec.help,
            }
            for spec in scenario.fields.values()
        ],
        "example": scenario.example,
    }
