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
def _table(name: str) -> dict[str, Any]:
    path = data_dir("prompts") / name
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _fill(template: str, **context: Any) -> str:
    return _environment().get_template(template).render(**context).strip()


def _language(code: str) -> dict[str, Any]:
    """The prompt's words for a message in language ``code``: its name and register (nothing
    for English, whose prompt names no language)."""
    if code == "en":
        return {"language": None, "register": None}
    words = _table("languages.yaml")[code]
    return {"language": words["name"], "register": words["register"]}


def first_messages(message: Rendered, ledger: Ledger) -> list[tuple[str, str]]:
    """The system and user messages of a first attempt. Facts are listed as the message's
    language writes them (the ledger's ``shown``)."""
    recipient = message.scenario.recipient
    language = _language(ledger.language)
    system = _fill("system.j2", guidance=_table("categories.yaml")[recipient], **language)
    offers = ", ".join(NAMES[o] for o in sorted(ledger.offers or ()))
    user = _fill(
        "user.j2",
        tone=message.tone,
        tone_description=_table("tones.yaml")[message.tone],
        facts=list(dict.fromkeys(c.shown for c in ledger.commitments)),
        offers=offers,
        body=message.body,
        language=language["language"],
    )
    return [("system", system), ("user", user)]


def feedback(problems: list[str], language: str = "en") -> str:
    """The user message that sends a failed rewrite back, with what was wrong with it (and,
    for a message in another language than English, a reminder of the language)."""
    return _fill("feedback.j2", problems=problems, language=_language(language)["language"])


def request(model: str, temperature: float, messages: list[tuple[str, str]]) -> ChatRequest:
    return ChatRequest(model=model, messages=tuple(messages), temperature=temperature)
