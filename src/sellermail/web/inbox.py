"""The inbox view's data: a dropped message or a folder triaged, each with the reply draft the
composer opens (its scenario, the facts taken from the message, what to check), and the
composer's facts written as the YAML facts file the CLI reads.

An entry is the triage's ``--json`` object (whatever keys triage returns: ``reply_by`` and
others as they come) with ``file``, ``urgency`` (urgent kinds first, as the CLI's inbox
table orders them) and ``draft`` (``null`` when no scenario answers the message).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from sellermail.compose.catalogue import Catalogue, Scenario
from sellermail.compose.fieldtypes import plain
from sellermail.errors import SellermailError
from sellermail.pipeline.reply import message_facts, plan
from sellermail.triage.classify import SUFFIXES, Triage, report_order
from sellermail.triage.message import parse_message


def draft(result: Triage, catalogue: Catalogue) -> dict[str, Any] | None:
    """What the composer opens for ``result``: the scenario, the message's facts for its
    fields (those are marked on the page) and the notes ``reply`` would print."""
    if not result.scenario:
        return None
    try:
        planned = plan(result, {}, catalogue=catalogue)
        spec, facts = planned.scenario, planned.facts
        notes = [*planned.warnings, *planned.heard]
        notes += [planned.language_note] if planned.language_note else []
    except SellermailError:  # facts missing (the composer asks for the rest), or no reply planned
        spec = catalogue.get(result.scenario)
        facts, warnings = message_facts(spec, result.facts, "amazon")
        notes = [f"warning: {w}" for w in warnings]
    shown = {name: plain(value) for name, value in facts.items()}
    return {"scenario": spec.id, "facts": shown, "from_message": list(shown), "notes": notes}


def entry(name: str, result: Triage, catalogue: Catalogue) -> dict[str, Any]:
    return {"file": name, **result.to_dict(), "urgency": report_order(result.kind),
            "draft": draft(result, catalogue)}  # fmt: skip


def triage_upload(name: str, data: bytes, catalogue: Catalogue) -> dict[str, Any]:
    """A dropped file: a ``.eml`` is read as an e-mail, a ``.txt`` by its content."""
    from sellermail.triage.classify import triage

    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise SellermailError(f"message {name!r}: is not a .eml or .txt file")
    parsed = parse_message(data, f"message {name!r}", is_email=True if suffix == ".eml" else None)
    return entry(name, triage(parsed), catalogue)


def triage_folder(folder: Path, catalogue: Catalogue) -> list[dict[str, Any]]:
    """Every ``.eml`` and ``.txt`` file of ``folder``; a file that cannot be read is
    ``{"file", "error"}``, as in ``triage --dir --json``."""
    from sellermail.pipeline.inbox import triage_folder as triage_each

    return [
        {"file": path.name, "error": str(result)}
        if isinstance(result, SellermailError)
        else entry(path.name, result, catalogue)
        for path, result in triage_each(folder)
    ]


def facts_file(spec: Scenario, facts: dict[str, Any]) -> str:
    """``facts`` (blank values left out) as a facts file for ``spec``."""
    given = {k: v for k, v in facts.items() if v not in (None, "", [])}
    header = f"# facts for: sellermail render {spec.id} --facts {spec.id}.yaml\n"
    if not given:
        return header
    return header + yaml.safe_dump(given, allow_unicode=True, sort_keys=False, width=100)
