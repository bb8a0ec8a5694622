"""The one way this project makes Jinja2 environments: for scenario templates and for prompts.

Every environment is a :class:`~jinja2.sandbox.SandboxedEnvironment` (user templates may come
from anyone) with :class:`~jinja2.StrictUndefined`, printing ``None`` is an error, blocks trimmed,
no autoescaping (the output is plain text), no reloading during a run, and compiled templates
kept in the user's cache folder so that start-up pays Jinja's compiler once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from sellermail.compose.catalogue import SUFFIX, split_front_matter
from sellermail.errors import ScenarioError
from sellermail.io.paths import private_folder, user_dir


class _Loader(jinja2.BaseLoader):
    """Finds templates in the search path; a scenario template's front matter is skipped."""

    def __init__(self, folders: tuple[Path, ...], front_matter: bool) -> None:
        self.folders = folders
        self.front_matter = front_matter

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        for folder in self.folders:
            path = folder / template
            if path.is_file() and ".." not in Path(template).parts:
                source = path.read_text(encoding="utf-8")
                if self.front_matter and template.endswith(SUFFIX) and not template.startswith("_"):
                    source = split_front_matter(source, path)[1]
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
    folder = user_dir("cache") / "jinja"
    try:
        private_folder(user_dir("cache"))
        private_folder(folder)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


@cache
def environment(folders: tuple[Path, ...], *, front_matter: bool = True) -> SandboxedEnvironment:
    """The environment for templates found in ``folders`` (searched in order): scenario
    templates, whose front matter is skipped, or (``front_matter=False``) prompts."""
    return SandboxedEnvironment(
        loader=_Loader(folders, front_matter),
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
def compiled(env: jinja2.Environment, source: str) -> jinja2.Template:
    """A template given as a string (a subject line, a prompt), compiled once."""
    return env.from_string(source)
