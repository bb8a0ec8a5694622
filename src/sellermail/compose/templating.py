"""The one way this project makes Jinja2 environments: for scenario templates and for prompts.

Every environment is a :class:`~sellermail.compose.sandbox.BoundedEnvironment` (user templates
may come from anyone: Jinja2's immutable sandbox, with bounds on time, size and depth) with
:class:`~jinja2.StrictUndefined`, printing ``None`` is an error, blocks trimmed, no
autoescaping (the output is plain text), no reloading during a run, and compiled templates
kept in the user's cache folder so that start-up pays Jinja's compiler once.

Templates are found only inside the search path's folders (:mod:`sellermail.compose.sources`
says how names and files are checked); the bytecode cache is a folder of the user's alone
(``0700``, files ``0600``), and a cache file that is not the user's alone is never loaded.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import stat
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import CodeType

import jinja2

from sellermail.compose.catalogue import SUFFIX
from sellermail.compose.frontmatter import split_front_matter
from sellermail.compose.sandbox import BoundedEnvironment
from sellermail.compose.sources import TemplateRefused, find, read_source
from sellermail.io.paths import private_folder, user_dir

#: Changes whenever the code the sandbox compiles templates into changes: older cache files
#: (compiled without its checks) are then never loaded.
CODE_GENERATION = "sellermail-bounded-2"


class _Loader(jinja2.BaseLoader):
    """Finds templates in the search path; a scenario template's front matter is skipped (a
    language's template, ``<lang>/<id>.j2``, may have none: the English one has the spec)."""

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
                if (
                    self.front_matter
                    and template.endswith(SUFFIX)
                    and not template.startswith("_")
                    and source.split("\n", 1)[0].strip() == "---"
                ):
                    source = split_front_matter(source, path)[1]
                return source, str(path), _unchanged(path)
        except TemplateRefused as exc:
            raise TemplateRefused(f"cannot load {template!r}: {exc}") from None
        raise jinja2.TemplateNotFound(template)


def _unchanged(path: Path) -> Callable[[], bool]:
    """Jinja's up-to-date check: the file has not been modified since it was read."""
    mtime = path.stat().st_mtime
    return lambda: path.is_file() and path.stat().st_mtime == mtime


class _BytecodeCache(jinja2.BytecodeCache):
    """Compiled templates in a folder of the user's alone: each file written ``0600`` then
    renamed into place, and loaded only if it is a regular file of the user's that no one
    else may write. No pickle: a header, the source's checksum, then the marshalled code."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.magic = f"{CODE_GENERATION} {jinja2.__version__} {sys.implementation.cache_tag}\n"

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return hashlib.sha1(f"{self.magic}|{name}|{filename}".encode()).hexdigest()

    def _path(self, bucket: jinja2.bccache.Bucket) -> Path:
        return self.folder / f"{bucket.key}.jinja"

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            fd = os.open(self._path(bucket), os.O_RDONLY | _NOFOLLOW | _BINARY)
        except OSError:
            return
        with os.fdopen(fd, "rb") as file:
            if not _private(os.fstat(file.fileno()), stat.S_ISREG):
                return
            header = f"{self.magic}{bucket.checksum}\n".encode()
            if file.read(len(header)) != header:
                return
            try:
                code = marshal.load(file)
            except (EOFError, ValueError, TypeError):
                return
        if isinstance(code, CodeType):
            bucket.code = code

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        path = self._path(bucket)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY
        try:
            fd = os.open(temporary, flags, 0o600)
            with os.fdopen(fd, "wb") as file:
                file.write(f"{self.magic}{bucket.checksum}\n".encode())
                marshal.dump(bucket.code, file)
            temporary.replace(path)
        except OSError:
            temporary.unlink(missing_ok=True)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def _private(info: os.stat_result, kind: Callable[[int], bool]) -> bool:
    """Of the right kind, the user's, and closed to everyone else (where the system says so)."""
    if not kind(info.st_mode):
        return False
    if not hasattr(os, "getuid"):
        return True
    return info.st_uid == os.getuid() and not info.st_mode & 0o077


def cache_folder() -> Path | None:
    """The bytecode cache's folder, made ``0700`` (an older one is closed and emptied), or
    ``None`` when it cannot be made the user's alone: templates are then compiled every run."""
    folder = user_dir("cache") / "jinja"
    try:
        private_folder(user_dir("cache"))
        try:
            info = os.lstat(folder)
        except FileNotFoundError:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            info = os.lstat(folder)
        if not stat.S_ISDIR(info.st_mode):
            return None
        if hasattr(os, "getuid") and info.st_mode & 0o077 and info.st_uid == os.getuid():
            folder.chmod(0o700)  # made by an older version, open to others: empty it
            for old in folder.iterdir():
                if not old.is_dir():
                    old.unlink(missing_ok=True)
            info = os.lstat(folder)
    except OSError:
        return None
    return folder if _private(info, stat.S_ISDIR) else None


@cache
def environment(folders: tuple[Path, ...], *, front_matter: bool = True) -> BoundedEnvironment:
    """The environment for templates found in ``folders`` (searched in order): scenario
    templates, whose front matter is skipped, or (``front_matter=False``) prompts."""
    folder = cache_folder()
    return BoundedEnvironment(
        loader=_Loader(folders, front_matter),
        bytecode_cache=_BytecodeCache(folder) if folder else None,
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
