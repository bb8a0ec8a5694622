"""Polish: the deterministic message rewritten by an LLM, kept only if the guard passes it.

:class:`Attempts` is the loop with no I/O, given the rendered message and its ledger;
:func:`sellermail.pipeline.polish.polish` renders, builds the ledger and drives it.

Each attempt is one chat-completions call. A reply that is not a chat completion, empty, cut
off, refused, holding control characters (ANSI escapes, bidi overrides), or that the guard
rejects (a fact changed, a rule broken, a secret in it) is sent back with what was wrong (up to ``max_attempts`` attempts); after the
last, the deterministic text is returned (``source: fallback``). Without a usable model the
deterministic text is returned at once (``source: offline``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any

from sellermail.compose.render import Rendered
from sellermail.guard.ledger import Ledger
from sellermail.guard.secrets import redact
from sellermail.guard.verdict import Report, guard
from sellermail.io.terminal import unsafe
from sellermail.llm import client as llm
from sellermail.llm.config import LLMSettings
from sellermail.llm.prompting import feedback, first_messages, request

DEFAULT_MAX_ATTEMPTS = 3
#: The longest reply judged (characters): ten times Amazon's limit, twice a long appeal.
MAX_REPLY = 20_000


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
        """The contract's JSON: every field but the rendering it came from."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "rendered"}


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
    text = text.replace("\r\n", "\n").strip()
    if fenced := _FENCE.match(text):
        text = fenced["body"].strip()
    text = _PREAMBLE.sub("", text).strip()
    # str methods, not a pattern: "\s*</message>$" is quadratic in a long run of spaces
    text = text.removeprefix("<message>").strip().removesuffix("</message>").strip()
    text = re.sub(r"^subject:[^\n]*\n+", "", text, flags=re.I).strip()
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    return text


def _reply_problem(completion: llm.Completion, text: str, base: str) -> str | None:
    if completion.problem:
        return completion.problem
    if len(text) > MAX_REPLY:
        return f"the reply was too long ({len(text):,} characters)"
    if completion.refusal:
        refusal = " ".join(redact(completion.refusal).split())
        return f"the model refused: {refusal[:200]}{'…' if len(refusal) > 200 else ''}"
    if completion.finish_reason == "content_filter":
        return "the reply was withheld by the provider's content filter"
    if completion.finish_reason == "length":
        return "the reply was cut off (it reached the length limit)"
    if not text:
        return "the reply was empty"
    if _ECHO.search(text):
        return "the reply repeats the instructions instead of giving only the message"
    if found := [c for c in unsafe(text) if c not in unsafe(base)]:
        return f"the reply holds control characters ({', '.join(found[:5])}); write plain text"
    return None


def _problems(report: Report, base: Report) -> list[dict[str, Any]]:
    """What makes a rewrite unusable: blocking violations, and warnings the original lacks."""
    known = {(v.kind, v.rule) for v in base.violations}
    return [
        v.to_dict()
        for v in report.violations
        if v.severity == "block" or (v.kind, v.rule) not in known
    ]


class Attempts:
    """The attempts of one polish, step by step, with no I/O: :meth:`request` gives the next
    request to send (``None`` when there is nothing left to try); its reply goes to :meth:`take`,
    which returns the outcome once there is one. :func:`polish` drives it with blocking calls,
    a batch with asynchronous ones."""

    def __init__(
        self, message: Rendered, ledger: Ledger, settings: LLMSettings, max_attempts: int
    ) -> None:
        self.message = message
        self.ledger = ledger
        self.settings = settings
        self.max_attempts = max(1, max_attempts)
        self.attempts = 0
        self.failures: list[list[dict[str, Any]]] = []
        self.usage = {"prompt_tokens": 0, "completion_tokens": 0}
        self._base = guard(ledger, message.text)
        self._first = first_messages(message, ledger)
        self._next: list[tuple[str, str]] | None = self._first

    def request(self) -> llm.ChatRequest | None:
        if self._next is None or self.attempts >= self.max_attempts:
            return None
        return request(self.settings.model, self.settings.temperature, self._next)

    def take(self, completion: llm.Completion) -> Polished | None:
        """Judge a reply to the last request: the polished message, or ``None`` (retry)."""
        self.attempts += 1
        self.usage["prompt_tokens"] += completion.prompt_tokens
        self.usage["completion_tokens"] += completion.completion_tokens
        body = clean_reply(completion.text)
        message = self.message
        if problem := _reply_problem(completion, body, message.body):
            self.failures.append([{"kind": "reply", "fact": None, "detail": problem}])
        else:
            candidate = f"Subject: {message.subject}\n\n{body}" if message.subject else body
            problems = _problems(guard(self.ledger, candidate), self._base)
            if not problems:
                return Polished(body, message.subject, "llm", self.attempts, self.failures,
                                self.usage, self.settings.model, None, message)  # fmt: skip
            self.failures.append(problems)
        # A retry is the first request again with the problems added: short, and a model is
        # not led on by its own failed draft.
        (_, system), (_, task) = self._first
        advice = feedback([item["detail"] for item in self.failures[-1]], self.ledger.language)
        self._next = [("system", system), ("user", f"{task}\n\n{advice}")]
        return None

    def unreachable(self, error: llm.TransportError) -> Polished:
        """The outcome when the last request could not be sent at all."""
        self.attempts += 1
        self.failures.append([{"kind": "transport", "fact": None, "detail": str(error)}])
        self._next = None
        return self._fallback(f"fell back: the model could not be reached ({error})")

    def fallback(self) -> Polished:
        """The outcome when every attempt failed the guard."""
        failed = sorted({v["fact"] for v in self.failures[-1] if v.get("fact")})
        why = f"facts {', '.join(failed)} failed the guard" if failed else None
        return self._fallback(
            f"fell back to the deterministic text after {self.attempts} attempts "
            f"({why or self.failures[-1][0]['detail']})"
        )

    def _fallback(self, note: str) -> Polished:
        return deterministic(self.message, "fallback", note, self.attempts, self.failures,
                             self.usage, self.settings.model)  # fmt: skip


def deterministic(
    message: Rendered,
    source: str,
    note: str | None,
    attempts: int = 0,
    failures: list[list[dict[str, Any]]] | None = None,
    usage: dict[str, int] | None = None,
    model: str | None = None,
) -> Polished:
    """The rendered text as the outcome (``offline``, or ``fallback`` after failed attempts)."""
    return Polished(message.body, message.subject, source, attempts, failures or [],
                    usage or {"prompt_tokens": 0, "completion_tokens": 0}, model, note,
                    message)  # fmt: skip


def offline_reason(settings: LLMSettings, offline: bool) -> str | None:
    """Why no model is called (``--offline``, or no usable model configured), else ``None``."""
    return "--offline" if offline else settings.offline_reason
