"""Render: a scenario's Jinja2 template and typed facts -> the deterministic message.

Templates run in a :class:`~jinja2.sandbox.SandboxedEnvironment` with
:class:`~jinja2.StrictUndefined` (user templates may come from anyone). Every field of the
scenario is in the template's context (``None`` when absent), with ``tone`` and ``channel``.

Layout rules applied to the rendered text, so templates can stay readable:
paragraphs are separated by blank lines; inside a paragraph, lines are joined with a space,
except a line that starts a list item (``- ``, ``1. ``) and a line after one ending in ``\\``
(a hard break, the backslash removed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from sellermail.compose import catalogue
from sellermail.compose.catalogue import CHANNELS, TONES, Scenario
from sellermail.compose.facts import Facts, resolve
from sellermail.compose.fieldtypes import plain
from sellermail.errors import ScenarioError, SellermailError, did_you_mean
from sellermail.io.paths import user_dir


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
    def text(self) -> str:
        """The whole message as printed: the subject line (if any), then the body."""
        return f"Subject: {self.subject}\n\n{self.body}" if self.subject else self.body

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario.id,
            "tone": self.tone,
            "channel": self.channel,
            "subject": self.subject,
            "body": self.body,
            "facts": {name: plain(value) for name, value in self.facts.values.items()},
            "warnings": list(self.facts.warnings),
        }


class _Loader(jinja2.BaseLoader):
    """Finds templates in the search path; a scenario template's front matter is skipped."""

    def __init__(self, folders: tuple[Path, ...]) -> None:
        self.folders = folders

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        for folder in self.folders:
            path = folder / template
            if path.is_file() and ".." not in Path(template).parts:
                source = path.read_text(encoding="utf-8")
                if template.endswith(catalogue.SUFFIX) and not template.startswith("_"):
                    source = catalogue.split_front_matter(source, path)[1]
                return source, str(path), _unchanged(path)
        raise jinja2.TemplateNotFound(template)


def _unchanged(path: Path) -> Callable[[], bool]:
    """Jinja's up-to-date check: the file has not been modified since it was read."""
    mtime = path.stat().st_mtime
    return lambda: path.is_file() and path.stat().st_mtime == mtime


def _refuse_none(value: Any) -> Any:
    if value is None:
        raise ScenarioError("template printed an absent optional field; guard it with {% if %}")
    return value


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept in the user cache dir: start-up pays Jinja's compiler once."""
    folder = user_dir("cache") / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


@cache
def _environment(folders: tuple[Path, ...]) -> SandboxedEnvironment:
    return SandboxedEnvironment(
        loader=_Loader(folders),
        bytecode_cache=_bytecode_cache(),
        # Templates do not change during one run: no stat() of each file on every render.
        auto_reload=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
        finalize=_refuse_none,
    )


@cache
def _compiled(env: SandboxedEnvironment, source: str) -> jinja2.Template:
    """A subject line's template, compiled once."""
    return env.from_string(source)


_LIST_ITEM = re.compile(r"(?:[-•*]|\d+[.)])\s")


def layout(text: str) -> str:
    """Apply the paragraph rules of this module's docstring and tidy the spacing."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        hard_break = True
        for raw in block.splitlines():
            line = " ".join(raw.split())
            if not line:
                continue
            if hard_break or _LIST_ITEM.match(line):
                lines.append(line)
            else:
                lines[-1] = f"{lines[-1]} {line}"
            hard_break = lines[-1].endswith("\\")
            lines[-1] = lines[-1].rstrip("\\").rstrip()
        tidy = [re.sub(r" +([,.;:!?])", r"\1", line) for line in lines]
        if tidy:
            paragraphs.append("\n".join(tidy))
    return "\n\n".join(paragraphs)


def _run(scenario: Scenario, what: str, action: Callable[[], str]) -> str:
    try:
        return action()
    except SellermailError:
        raise
    except jinja2.exceptions.SecurityError as exc:
        raise ScenarioError(
            f"template {scenario.id}: blocked an unsafe operation ({exc})"
        ) from None
    except jinja2.TemplateSyntaxError as exc:
        raise ScenarioError(
            f"template {exc.name or scenario.id}: line {exc.lineno}: {exc.message}"
        ) from None
    except jinja2.TemplateError as exc:
        raise ScenarioError(f"template {scenario.id}: {what}: {exc.message}") from None


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
    templates_dir: Path | None = None,
    enforce_channel: bool = True,
) -> Rendered:
    """Render ``scenario`` from raw ``facts`` (a facts file's mapping), ``overrides`` (``--set``)
    and the field defaults, in ``tone`` (the scenario's default when ``None``) for ``channel``.
    A channel the scenario is refused on is an error unless ``enforce_channel`` is false."""
    spec = scenario if isinstance(scenario, Scenario) else catalogue.get(scenario, templates_dir)
    tone = tone or spec.tone
    if tone not in TONES:
        raise ScenarioError(
            f"tone: {tone!r} is unknown{did_you_mean(tone, TONES)} (expected one of {', '.join(TONES)})"
        )
    check_channel(spec, channel, refuse=enforce_channel)
    typed = resolve(spec, facts or {}, overrides or {}, channel=channel)
    context = dict.fromkeys(spec.fields) | typed.values | {"tone": tone, "channel": channel}
    env = _environment(catalogue.search_path(templates_dir))
    body = _run(spec, "body", lambda: env.get_template(spec.path.name).render(context))
    subject = None
    if spec.subject:
        source = spec.subject
        subject = _run(
            spec, "subject", lambda: " ".join(_compiled(env, source).render(context).split())
        )
    return Rendered(spec, tone, channel, subject, layout(body), typed)
