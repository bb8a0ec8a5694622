"""Polish: the deterministic message rewritten by an LLM, kept only if the guard passes it.

Each attempt is one chat-completions call. A reply that is empty, cut off, refused, or that
the guard rejects is sent back with what was wrong (up to ``max_attempts`` attempts); after the
last, the deterministic text is returned (``source: fallback``). Without a usable model the
deterministic text is returned at once (``source: offline``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import llm
from .catalogue import Scenario
from .config import LLMSettings, load_llm_settings
from .guard import Report, guard, ledger_for
from .prompt import feedback, first_messages, request
from .render import Rendered, render

DEFAULT_MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class Polished:
    """The outcome of a polish."""

    #: The message body (polished, or the deterministic one).
    text: str
    subject: str | None
    #: ``llm`` (a rewrite that passed the guard), ``fallback`` or ``offline``.
    source: str
    #: Calls made to the model.
    attempts: int
    #: What was wrong with each failed attempt.
    violations: list[list[dict[str, Any]]]
    usage: dict[str, int]
    model: str | None
    #: One line on why the deterministic text was returned (``None`` for ``llm``).
    note: str | None = None
    rendered: Rendered | None = field(default=None, repr=False, compare=False)

    @property
    def message(self) -> str:
        """The whole message as printed: subject line (if any), then the body."""
        return f"Subject: {self.subject}\n\n{self.text}" if self.subject else self.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "subject": self.subject,
            "source": self.source,
            "attempts": self.attempts,
            "violations": self.violations,
            "usage": self.usage,
            "model": self.model,
            "note": self.note,
        }


#: Words of our own prompt that no rewrite of a message should contain.
_ECHO = re.compile(
    r"<message>|</message>|Facts to keep|Rewrite the message|Remedies offered \(", re.I
)
_FENCE = re.compile(r"^```[\w-]*\n(?P<body>.*?)\n```$", re.DOTALL)
_PREAMBLE = re.compile(
    r"^(?:sure|certainly|of course|here(?:'s| is)|below is)\b[^\n]{0,80}:\s*\n", re.I
)


def clean_reply(text: str) -> str:
    """The message body in a model's reply: without code fences, a preamble ("Here is the
    rewritten message:"), ``<message>`` tags, a subject line or wrapping quotes."""
    text = text.strip()
    if fenced := _FENCE.match(text):
        text = fenced["body"].strip()
    text = _PREAMBLE.sub("", text).strip()
    text = re.sub(r"^<message>\s*|\s*</message>$", "", text).strip()
    text = re.sub(r"^subject:[^\n]*\n+", "", text, flags=re.I).strip()
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    return text


def _reply_problem(completion: llm.Completion, text: str) -> str | None:
    if completion.refusal:
        return f"the model refused: {' '.join(completion.refusal.split())[:200]}"
    if completion.finish_reason == "content_filter":
        return "the reply was withheld by the provider's content filter"
    if completion.finish_reason == "length":
        return "the reply was cut off (it reached the length limit)"
    if not text:
        return "the reply was empty"
    if _ECHO.search(text):
        return "the reply repeats the instructions instead of giving only the message"
    return None


def _problems(report: Report, base: Report) -> list[dict[str, Any]]:
    """What makes a rewrite unusable: blocking violations, and warnings the original lacks."""
    known = {(v.kind, v.rule) for v in base.violations}
    return [
        v.to_dict()
        for v in report.violations
        if v.severity == "block" or (v.kind, v.rule) not in known
    ]


def polish(
    scenario: str | Scenario,
    facts: Mapping[str, Any] | None = None,
    *,
    overrides: Mapping[str, Any] | None = None,
    tone: str | None = None,
    channel: str = "amazon",
    templates_dir: Path | None = None,
    settings: LLMSettings | None = None,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    offline: bool = False,
    send: Callable[[llm.ChatRequest, LLMSettings], llm.Completion] = llm.send,
) -> Polished:
    """Render ``scenario`` and polish it with the configured model (see the module docstring)."""
    message = render(scenario, facts, overrides=overrides, tone=tone, channel=channel,
                     templates_dir=templates_dir)  # fmt: skip
    settings = settings or load_llm_settings()
    usage = {"prompt_tokens": 0, "completion_tokens": 0}

    def deterministic(
        source: str, note: str | None, attempts: int, failures: list[Any]
    ) -> Polished:
        return Polished(message.body, message.subject, source, attempts, failures, usage,
                        settings.model if attempts else None, note, message)  # fmt: skip

    if offline:
        return deterministic(
            "offline", "offline (--offline): printed the deterministic text", 0, []
        )
    if reason := settings.offline_reason:
        note = (f"offline: {reason}; printed the deterministic text "
                "(to polish, set a key or a profile: see `sellermail config show`)")  # fmt: skip
        return deterministic("offline", note, 0, [])

    raw = {**(facts or {}), **(overrides or {})}
    ledger = ledger_for(message.scenario, raw, channel=channel, tone=message.tone,
                        templates_dir=templates_dir)  # fmt: skip
    base_report = guard(ledger, message.text)
    first = messages = first_messages(message, ledger)
    failures: list[list[dict[str, Any]]] = []
    attempts = 0
    while attempts < max(1, max_attempts):
        attempts += 1
        try:
            completion = send(request(settings.model, settings.temperature, messages), settings)
        except llm.TransportError as exc:
            failures.append([{"kind": "transport", "fact": None, "detail": str(exc)}])
            return deterministic("fallback", f"fell back: the model could not be reached ({exc})",
                                 attempts, failures)  # fmt: skip
        usage["prompt_tokens"] += completion.prompt_tokens
        usage["completion_tokens"] += completion.completion_tokens
        body = clean_reply(completion.text)
        if problem := _reply_problem(completion, body):
            failures.append([{"kind": "reply", "fact": None, "detail": problem}])
        else:
            candidate = f"Subject: {message.subject}\n\n{body}" if message.subject else body
            problems = _problems(guard(ledger, candidate), base_report)
            if not problems:
                return Polished(body, message.subject, "llm", attempts, failures, usage,
                                settings.model, None, message)  # fmt: skip
            failures.append(problems)
        # A retry is the first request again with the problems added: short, and a model is
        # not led on by its own failed draft.
        (system, _), (_, task) = first
        advice = feedback([item["detail"] for item in failures[-1]])
        messages = [("system", system), ("user", f"{task}\n\n{advice}")]
    facts_failed = sorted({v["fact"] for v in failures[-1] if v.get("fact")})
    why = f"facts {', '.join(facts_failed)} failed the guard" if facts_failed else None
    note = f"fell back to the deterministic text after {attempts} attempts "
    note += f"({why or failures[-1][0]['detail']})"
    return deterministic("fallback", note, attempts, failures)
