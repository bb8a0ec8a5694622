"""Render: a scenario's Jinja2 template and typed facts -> the deterministic message.

Templates run in a :class:`~jinja2.sandbox.SandboxedEnvironment` with
:class:`~jinja2.StrictUndefined` (user templates may come from anyone). Every field of the
scenario is in the template's context (``None`` when absent), with ``tone``, ``channel`` and
``language``. A message in another language than English is rendered from
``<lang>/<id>.j2``, its typed facts in the language's notation
(:mod:`sellermail.compose.notation`).

Layout rules applied to the rendered text, so templates can stay readable:
paragraphs are separated by blank lines; inside a paragraph, lines are joined with a space,
except a line that starts a list item (``- ``, ``1. ``) and a line after one ending in ``\\``
(a hard break, the backslash removed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import jinja2

from sellermail.compose.catalogue import (
    CHANNELS,
    Catalogue,
    Scenario,
    builtin,
    language_folders,
    language_subject,
    tone_id,
)
from sellermail.compose.facts import Facts, resolve
from sellermail.compose.fieldtypes import plain
from sellermail.compose.limits import budget
from sellermail.compose.notation import localized, notation
from sellermail.compose.sources import TemplateRefused
from sellermail.compose.templating import compiled, environment
from sellermail.errors import ScenarioError, SellermailError, did_you_mean


@dataclass(frozen=True)
class Rendered:
    """A rendered message and everything it was made from."""

    scenario: Scenario
    tone: str
    channel: str
    #: The subject line of messages sent by e-mail (appeals, letters), else ``None``.
    subject: str | None
    body: str
    facts: Facts

    @property
    def language(self) -> str:
        """The language the message is written in (``en``, ``de``, ``fr``, ``es``, ``it``, ``ja``)."""
        return self.facts.language

    @property
    def text(self) -> str:
        """The whole message as printed: the subject line (if any), then the body."""
        return f"Subject: {self.subject}\n\n{self.body}" if self.subject else self.body

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario.id,
            "tone": self.tone,
            "channel": self.channel,
            "language": self.language,
            "subject": self.subject,
            "body": self.body,
            "facts": {name: plain(value) for name, value in self.facts.values.items()},
            "warnings": list(self.facts.warnings),
        }


_LIST_ITEM = re.compile(r"(?:[-•*]|\d+[.)])\s")
#: The spaces layout folds: not the no-break spaces a language writes on purpose ("9,90 €",
#: French "merci !").
_SPACES = re.compile(r"[ \t\r\f\v]+")
#: A subject line's: new lines too.
_LINE_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def layout(text: str, spaced: str = "") -> str:
    """Apply the paragraph rules of this module's docstring and tidy the spacing: no space
    before punctuation, except a no-break space before the marks in ``spaced`` (French
    ``;:!?``, where a space typed before one becomes a no-break space)."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        hard_break = True
        for raw in block.splitlines():
            line = _SPACES.sub(" ", raw).strip()
            if not line:
                continue
            if hard_break or _LIST_ITEM.match(line):
                lines.append(line)
            else:
                lines[-1] = f"{lines[-1]} {line}"
            hard_break = lines[-1].endswith("\\")
            lines[-1] = lines[-1].rstrip("\\").rstrip()
        if spaced:
            mark = f"[{re.escape(spaced)}]"
            lines = [re.sub(rf" +({mark})", "\u00a0\\1", line) for line in lines]
        tidy = [re.sub(r" +([,.;:!?])", r"\1", line) for line in lines]
        if tidy:
            paragraphs.append("\n".join(tidy))
    return "\n\n".join(paragraphs)


def _run(scenario: Scenario, what: str, action: Callable[[], str]) -> str:
    """Run ``action`` (compile and render) within one budget; whatever goes wrong in a
    template is one line: ``template <id>: ...`` (see :mod:`sellermail.compose.limits`)."""
    try:
        with budget():
            return action()
    except TemplateRefused as exc:
        problem = f"{what}: {exc}"
    except SellermailError:
        raise
    except jinja2.exceptions.SecurityError as exc:
        problem = f"blocked an unsafe operation ({exc})"
    except jinja2.TemplateSyntaxError as exc:
        name = exc.name or scenario.id
        raise ScenarioError(f"template {name}: line {exc.lineno}: {_line(exc.message)}") from None
    except jinja2.TemplateNotFound as exc:
        problem = f"{what}: no template {exc.name!r} in the templates folders"
    except jinja2.TemplateError as exc:
        problem = f"{what}: {exc.message}"
    except RecursionError:
        problem = f"{what}: nested too deeply (a template including itself, or a deep expression)"
    except MemoryError:
        problem = f"{what}: ran out of memory"
    except SyntaxError as exc:  # Python's compiler: too many nested blocks
        problem = f"{what}: cannot be compiled ({exc.msg})"
    except Exception as exc:  # a filter or method given what it cannot take
        problem = f"{what}: {type(exc).__name__}: {exc}"
    raise ScenarioError(f"template {scenario.id}: {_line(problem)}") from None


def _line(text: str | None, limit: int = 300) -> str:
    """One line, not too long."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def check_channel(scenario: Scenario, channel: str, *, refuse: bool = True) -> None:
    """Reject an unknown channel and, if ``refuse``, one the scenario may not be sent on."""
    if channel not in CHANNELS:
        raise ScenarioError(
            f"channel: {channel!r} is unknown{did_you_mean(channel, CHANNELS)}"
            f" (expected one of {', '.join(CHANNELS)})"
        )
    if not refuse:
        return
    if channel in scenario.refused:
        raise ScenarioError(
            f"channel: {scenario.id} is refused on {channel}: {scenario.refused[channel]}"
        )
    if channel not in scenario.channels:
        raise ScenarioError(
            f"channel: {scenario.id} is not sent on {channel} (it is sent on {', '.join(scenario.channels)})"
        )


def render(
    scenario: str | Scenario,
    facts: Mapping[str, Any] | None = None,
    *,
    overrides: Mapping[str, Any] | None = None,
    tone: str | None = None,
    channel: str = "amazon",
    catalogue: Catalogue | None = None,
    enforce_channel: bool = True,
    language: str | None = None,
) -> Rendered:
    """Render ``scenario`` (a :class:`Scenario`, or its id or title in ``catalogue``, the
    built-in one by default) from raw ``facts`` (a facts file's mapping), ``overrides``
    (``--set``) and the field defaults, in ``tone`` (an id or a Chinese tone name; the
    scenario's default when ``None``) for ``channel``, in ``language`` (a code; by default the
    marketplace's, for buyer messages written in it: see :mod:`sellermail.compose.notation`).
    A channel the scenario is refused on is an error unless ``enforce_channel`` is false."""
    spec = scenario if isinstance(scenario, Scenario) else (catalogue or builtin()).find(scenario)
    tone = tone_id(tone) if tone else spec.tone
    check_channel(spec, channel, refuse=enforce_channel)
    typed = resolve(spec, facts or {}, overrides or {}, channel=channel, language=language)
    language = typed.language
    context = (
        dict.fromkeys(spec.fields)
        | localized(typed.values, typed.locale)
        | {"tone": tone, "channel": channel, "language": language}
    )
    env = environment(language_folders(spec, language))
    body = _run(spec, "body", lambda: env.get_template(spec.path.name).render(context))
    subject = None
    if spec.subject:
        source = language_subject(spec, language) or spec.subject
        subject = _run(
            spec,
            "subject",
            lambda: _LINE_SPACES.sub(" ", compiled(env, source).render(context)).strip(),
        )
    spaced = notation(language).spaced if language != "en" else ""
    return Rendered(spec, tone, channel, subject, layout(body, spaced), typed)
