"""Reading template files safely: what a template may name, and how much of what is read.

User templates may come from anyone, so every file a template names (``{% include %}``,
``{% import %}``, ``{% extends %}``) and every scenario file is read through
:func:`read_source`:

- a name is relative, ``/``-separated, without ``.`` or ``..`` segments, backslashes, colons or
  NUL bytes: ``/etc/passwd``, ``../x``, ``C:\\x`` are refused, not looked up;
- the file, symbolic links resolved, must lie inside the folder it was found in (a link to
  ``/proc/self/environ`` is refused, so nothing outside the templates folders is ever read, or
  compiled into the bytecode cache);
- it must be a regular file (a FIFO, a device or a folder is refused without blocking) of at
  most :data:`MAX_FILE_BYTES`, and UTF-8 text (a byte-order mark is allowed): a template in GBK
  or another legacy encoding is refused with its first bad byte rather than guessed, as a
  wrong guess would put mojibake in a message sent to a buyer.
"""

from __future__ import annotations

import os
import stat
from functools import cache
from pathlib import Path

from sellermail.errors import ScenarioError

#: The largest template file read, in bytes.
MAX_FILE_BYTES = 1_000_000

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class TemplateRefused(ScenarioError):
    """A template, or a file it names, that is not rendered: the message says why (one line,
    without the template's name, which whoever catches it adds)."""


def check_name(name: str) -> list[str]:
    """The segments of a template name, or :class:`TemplateRefused` saying what is wrong."""
    if not isinstance(name, str) or not name:
        raise TemplateRefused("a template name must be a non-empty string")
    if any(char in name for char in "\\:\0"):
        raise TemplateRefused(
            "backslashes, colons and NUL bytes are not allowed in a template name"
        )
    if name.startswith("/"):
        raise TemplateRefused("absolute paths are not allowed; name a file in the templates folder")
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise TemplateRefused("'..', '.' and empty segments are not allowed in a template name")
    return parts


def find(folder: Path, name: str) -> Path | None:
    """The real path of template ``name`` in ``folder`` (``None`` when it has none); a name,
    or a link, that leads outside ``folder`` is :class:`TemplateRefused`."""
    parts = check_name(name)
    candidate = folder.joinpath(*parts)
    try:
        if not os.path.lexists(candidate):
            return None
        root = _root(folder)
        real = candidate.resolve(strict=True)
    except FileNotFoundError:  # a dangling link, or the folder vanished
        return None
    except (OSError, RuntimeError) as exc:  # a link loop, a permission problem
        raise TemplateRefused(f"cannot be resolved ({_reason(exc)})") from None
    if not real.is_relative_to(root):
        raise TemplateRefused("links outside the templates folder")
    return real


@cache
def _root(folder: Path) -> Path:
    return folder.resolve(strict=True)


def read_source(path: Path) -> str:
    """The text of the template file at ``path`` (a real path from :func:`find`)."""
    try:
        fd = os.open(path, _OPEN_FLAGS | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        raise TemplateRefused(f"cannot be read ({_reason(exc)})") from None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise TemplateRefused("is not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise TemplateRefused(f"is over {MAX_FILE_BYTES:,} bytes")
        data = file.read(MAX_FILE_BYTES + 1)  # a file that grew, or reports no size
    if len(data) > MAX_FILE_BYTES:
        raise TemplateRefused(f"is over {MAX_FILE_BYTES:,} bytes")
    return decode_utf8(data)


def decode_utf8(data: bytes) -> str:
    """UTF-8 text (a byte-order mark dropped), or :class:`TemplateRefused` naming the bad byte."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise TemplateRefused(
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); save it as UTF-8"
        ) from None


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or type(exc).__name__
