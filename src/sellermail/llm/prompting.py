"""The polish prompt: built from the files in prompts/ and the message's ledger.

What the user gave (the message, names, the buyer's words) goes inside ``<message>`` tags and
the facts list, as data; the instructions come only from the prompt files.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2
import yaml

from sellermail.compose.render import Rendered
from sellermail.compose.templating import environment
from sellermail.guard.ledger import Ledger
from sellermail.guard.remedies import NAMES
from sellermail.io.paths import data_dir
from sellermail.llm.client import ChatRequest


def _environment() -> jinja2.Environment:
    return environment((data_dir("prompts"),), front_matter=False)


@cache
def _table(name: str) -> dict[str, str]:
    path = data_dir("prompts") / name
    data: dict[str, str] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _fill(template: str, **context: Any) -> str:
    return _environment().get_template(template).render(**context).strip()


def first_messages(message: Rendered, ledger: Ledger) -> list[tuple[str, str]]:
    """The system and user messages of a first attempt."""
    recipient = message.scenario.recipient
    system = _fill("system.j2", guidance=_table("categories.yaml")[recipient])
    offers = ", ".join(NAMES[o] for o in sorted(ledger.offers or ()))
    user = _fill(
        "user.j2",
        tone=message.tone,
        tone_description=_table("tones.yaml")[message.tone],
        facts=list(dict.fromkeys(c.shown for c in ledger.commitments)),
        offers=offers,
        body=message.body,
    )
    return [("system", system), ("user", user)]


def feedback(problems: list[str]) -> str:
    """The user message that sends a failed rewrite back, with what was wrong with it."""
    return _fill("feedback.j2", problems=problems)


def request(model: str, temperature: float, messages: list[tuple[str, str]]) -> ChatRequest:
    return ChatRequest(model=model, messages=tuple(messages), temperature=temperature)
