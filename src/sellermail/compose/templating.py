"""The one way this project makes Jinja2 environments: for scenario templates and for prompts.

Every environment is a :class:`~sellermail.compose.sandbox.BoundedEnvironment` (user templates
may come from anyone: Jinja2's immutable sandbox, with bounds on time, size and depth) with
:class:`~jinja2.StrictUndefined`, printing ``None`` is an error, blocks trimmed, no
autoescaping (the output is plain text), no reloading during a run, and compiled templates
kept in the user's cache folder so that start-up pays Jinja's compiler once.

Templates are found only inside the search path's folders (:mod:`sellermail.compose.sources`
says how names and files are checked).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import jinja2

from sellermail.compose.catalogue import SUFFIX
from sellermail.compose.frontmatter import split_front_matter
from sellermail.compose.sandbox import BoundedEnvironment
from sellermail.compose.sources import TemplateRefused, find, read_source
from sellermail.io.paths import user_dir


class _Loader(jinja2.BaseLoader):
    """Finds templates in the search path; a scenario template's front matter is skipped."""

    def __init__(self, folders: tuple[Path, ...], front_matter: bool) -> None:
        self.folders = folders
        self.front_matter = front_matter

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        try:
            for folder in self.folders:
                path = find(folder, template)
                if path is None:
                    continue
                source = read_source(path)
                if self.front_matter and template.endswith(SUFFIX) and not template.startswith("_"):
                    source = split_front_matter(source, path)[1]
                return source, str(path), _unchanged(path)
        except TemplateRefused as exc:
            raise TemplateRefused(f"cannot load {template!r}: {exc}") from None
        raise jinja2.TemplateNotFound(template)


def _unchanged(path: Path) -> Callable[[], bool]:
    """Jinja's up-to-date check: the file has not been modified since it was read."""
    mtime = path.stat().st_mtime
    return lambda: path.is_file() and path.stat().st_mtime == mtime


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    folder = user_dir("cache") / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


@cache
def environment(folders: tuple[Path, ...], *, front_matter: bool = True) -> BoundedEnvironment:
    """The environment for templates found in ``folders`` (searched in order): scenario
    templates, whose front matter is skipped, or (``front_matter=False``) prompts."""
    return BoundedEnvironment(
        loader=_Loader(folders, front_matter),
        bytecode_cache=_bytecode_cache(),
        # Templates do not change during one run: no stat() of each file on every render.
        auto_reload=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


@cache
def compiled(env: jinja2.Environment, source: str) -> jinja2.Template:
    """A template given as a string (a subject line, a prompt), compiled once."""
    return env.from_string(source)
