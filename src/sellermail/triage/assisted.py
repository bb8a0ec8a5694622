"""Triage with a model (``--llm``): the model names the kind and the facts, as JSON; only a kind
of the contract and only facts written in the message are kept.

A fact is kept when its value (each item of a list) occurs in the message as written, as a
whole (not "113" inside an order id), and an order id or ASIN has its shape; a date, which the
model gives as ISO, when the offline extraction found the same date. The offline
facts stay; the model's kept facts fill the keys the offline extraction did not find. The
confidence is the offline one raised to :data:`AGREED` when the model agrees, else
:data:`DISAGREED`. A model that cannot be reached, answers something that is not a chat
completion, or answers no usable JSON leaves the offline result, with a one-line note.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any

from sellermail.compose.fieldtypes import Context, parse_asin, parse_order_id
from sellermail.errors import FactError
from sellermail.guard.secrets import redact
from sellermail.io.paths import data_dir
from sellermail.llm import client as llm
from sellermail.llm.config import LLMSettings
from sellermail.triage.classify import Triage, scenario_for
from sellermail.triage.kinds import MESSAGE_KINDS
from sellermail.triage.message import Message

#: The fact keys of the contract.
FACT_KEYS = ("order_id", "order_ids", "asin", "asins", "tracking_number", "tracking_numbers",
             "carrier", "buyer_name", "product", "dates", "amounts")  # fmt: skip
AGREED = 0.9
DISAGREED = 0.6
MAX_TOKENS = 600
#: The longest answer read (characters), and the most cut-off points tried in it.
MAX_ANSWER = 20_000
MAX_CANDIDATES = 40


@cache
def _descriptions() -> dict[str, str]:
    """Kind -> what it is, from the spec's table as kept in inbound/kinds.yaml."""
    from sellermail.triage.phrases import load

    kinds: dict[str, Any] = load("kinds")["kinds"]
    return {kind: str(spec.get("description", kind)) for kind, spec in kinds.items()}


def build_request(message: Message, settings: LLMSettings) -> llm.ChatRequest:
    """The chat request that asks for the kind and facts of ``message``."""
    from sellermail.compose.templating import environment

    env = environment((data_dir("prompts"),), front_matter=False)
    system = env.get_template("triage.j2").render(kinds=_descriptions(), fact_keys=FACT_KEYS)
    system = system.strip()
    user = (f"<message>\nSubject: {message.subject}\n\n{message.body}\n</message>\n\n"
            "Answer with the JSON object only.")  # fmt: skip
    return llm.ChatRequest(model=settings.model, messages=(("system", system), ("user", user)),
                           temperature=0.0, max_tokens=MAX_TOKENS, json=True)  # fmt: skip


def parse_answer(text: str) -> dict[str, Any] | None:
    """The JSON object with a ``kind`` in a model's answer (code fences and chatter around it
    ignored); an answer cut off at the length limit is read up to its last complete member.
    A long answer, or JSON nested too deeply, is no answer (the work stays bounded)."""
    start = text.find("{")
    if start == -1 or len(text) > MAX_ANSWER:
        return None
    text = text[start:]
    ends = [i for i, char in enumerate(text) if char == "}"][-MAX_CANDIDATES:]
    for candidate in [text, *(text[: i + 1] + "}" for i in reversed(ends))]:
        try:
            data, _ = json.JSONDecoder().raw_decode(candidate)
        except (json.JSONDecodeError, RecursionError):
            continue
        if isinstance(data, dict) and "kind" in data:
            return data
    return None


def _written(value: str, text: str) -> bool:
    """Whether ``value`` occurs in ``text`` as a whole (not "113" inside "113-4567890-...")."""
    edge = r"(?<![A-Za-z0-9-])" if value[:1].isascii() and value[:1].isalnum() else ""
    end = r"(?![A-Za-z0-9-])" if value[-1:].isascii() and value[-1:].isalnum() else ""
    return re.search(edge + re.escape(value) + end, text) is not None


def literal_facts(facts: Any, message: Message, offline: dict[str, Any]) -> dict[str, Any]:
    """The model's ``facts`` that the message holds as written (see the module docstring)."""
    if not isinstance(facts, dict):
        return {}
    text = " ".join(f"{message.subject}\n{message.body}".split())
    kept: dict[str, Any] = {}
    for key, value in facts.items():
        if key not in FACT_KEYS:
            continue
        items = value if isinstance(value, list) else [value]
        if key == "dates":
            good = [v for v in items if isinstance(v, str) and v in offline.get("dates", [])]
        else:
            good = [" ".join(v.split()) for v in items if isinstance(v, str)]
            good = [v for v in good if v and _written(v, text) and _fits(key, v)]
        if good:
            kept[key] = good
    return _shaped(kept)


#: Fact keys the contract gives in the singular for one value and the plural for several.
_PAIRS = {"order_id": "order_ids", "asin": "asins", "tracking_number": "tracking_numbers"}
#: Fact keys that are always lists.
_LISTS = frozenset({"dates", "amounts"})


def _shaped(found: dict[str, list[str]]) -> dict[str, Any]:
    """The contract's shape: one order id as ``order_id``, several as ``order_ids`` (likewise
    ASINs and tracking numbers); dates and amounts as lists; other facts as one value."""
    shaped: dict[str, Any] = {}
    for key, values in found.items():
        single = next((s for s, plural in _PAIRS.items() if key in (s, plural)), None)
        if single is not None:
            plural = _PAIRS[single]
            shaped[plural] = list(dict.fromkeys([*shaped.get(plural, []), *values]))
        else:
            shaped[key] = values if key in _LISTS else values[0]
    for single, plural in _PAIRS.items():
        if plural in shaped and len(shaped[plural]) == 1:
            shaped[single] = shaped.pop(plural)[0]
    return shaped


def _fits(key: str, value: str) -> bool:
    """An order id or an ASIN must have its shape (a model's "113" is no order id)."""
    parser = {"order_id": parse_order_id, "asin": parse_asin}.get(key.removesuffix("s"))
    if parser is None:
        return True
    try:
        parser(key, value, Context(channel="other"))
    except FactError:
        return False
    return True


def llm_triage(
    message: Message,
    offline: Triage,
    settings: LLMSettings,
    send: Callable[[llm.ChatRequest, LLMSettings], llm.Completion] = llm.send,
) -> Triage:
    """Ask the model; keep what the module docstring says; fall back to ``offline``."""

    def fallback(why: str) -> Triage:
        return replace(offline, note=f"note: {why}; printed the offline triage")

    if reason := settings.offline_reason:
        return fallback(f"--llm: {reason}")
    try:
        completion = send(build_request(message, settings), settings)
    except llm.TransportError as exc:
        return fallback(f"the model could not be reached ({exc})")
    if completion.problem:
        return fallback(completion.problem)
    answer = parse_answer(completion.text)
    if answer is None:
        return fallback("the model's answer contained no JSON object with a kind")
    kind = answer.get("kind")
    if not isinstance(kind, str) or kind not in MESSAGE_KINDS:
        shown = " ".join(redact(kind).split()) if isinstance(kind, str) else type(kind).__name__
        shown = shown if len(shown) <= 40 else shown[:40] + "…"
        return fallback(f"the model returned a kind that does not exist ({shown!r})")
    found = literal_facts(answer.get("facts"), message, offline.facts)
    taken = {*offline.facts, *(k[:-1] if k.endswith("s") else f"{k}s" for k in offline.facts)}
    facts = offline.facts | {k: v for k, v in found.items() if k not in taken}
    if kind == offline.kind:  # agreed: the offline scenario (its rules read the notice) stands
        return replace(offline, confidence=max(offline.confidence, AGREED), facts=facts,
                       scenario=offline.scenario or scenario_for(kind, facts), sure=True)  # fmt: skip
    # disagreed: the offline kind is the runner-up; a scenario rule the model cannot apply
    # leaves the scenario to the user (reply asks)
    return Triage(str(kind), DISAGREED, scenario_for(str(kind), facts), facts, offline.language,
                  said=offline.said, runner_up=offline.kind, reply_by=offline.reply_by)  # fmt: skip
