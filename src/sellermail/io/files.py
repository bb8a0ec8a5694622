"""Reading the user's files (and standard input for ``-``): facts files, drafts, messages,
column maps. A failure is one line naming the input; text is decoded by
:mod:`sellermail.io.decode`, so a legacy Windows or Chinese file reads as well as UTF-8.

Every read is bounded: at most :data:`MAX_BYTES` are read, so a wrong file (a video, a disk
image, ``/dev/zero``) ends with one line at once instead of filling the memory.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from sellermail.errors import SellermailError
from sellermail.io.decode import decode

#: How standard input is named in errors.
STDIN = "standard input"
#: The most a facts file, draft, message or column map may hold.
MAX_BYTES = 10 * 1024 * 1024


def _too_large(where: str) -> SellermailError:
    megabytes = f"{MAX_BYTES / (1024 * 1024):g} MB"
    return SellermailError(
        f"{where}: is larger than {megabytes} ({MAX_BYTES:,} bytes at most); is it the right file?"
    )


def read_bytes(path: Path, where: str) -> bytes:
    """A file's bytes (at most :data:`MAX_BYTES`); a failure is one line naming ``where``."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise SellermailError(f"{where}: no such file") from None
    except IsADirectoryError:
        raise SellermailError(f"{where}: is a folder, not a file") from None
    except OSError as exc:
        raise SellermailError(f"{where}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise _too_large(where)
    return data


def read_stdin(where: str = STDIN) -> bytes:
    """Standard input's bytes (at most :data:`MAX_BYTES`; a text stream without a byte buffer
    is taken as it reads). Closed standard input (``<&-``) is an error naming ``where``."""
    stream = sys.stdin
    if stream is None or stream.closed:
        raise SellermailError(
            f"{where}: is closed (nothing to read); give a file, or pipe the text in"
        )
    try:
        buffer = getattr(stream, "buffer", None)
        data: bytes = (
            buffer.read(MAX_BYTES + 1)
            if buffer is not None
            else stream.read(MAX_BYTES + 1).encode("utf-8")
        )
    except (OSError, ValueError) as exc:  # a closed descriptor under a still-open stream
        why = getattr(exc, "strerror", None) or str(exc)
        raise SellermailError(f"{where}: cannot be read ({why})") from None
    if len(data) > MAX_BYTES:
        raise _too_large(where)
    return data


def read_source(source: str | Path, where: str) -> bytes:
    """The bytes of file ``source``, or of standard input when ``source`` is ``-``."""
    return read_stdin(where) if str(source) == "-" else read_bytes(Path(source), where)


def read_text(path: Path | str, where: str) -> str:
    """A text file in any encoding :func:`~sellermail.io.decode.decode` reads (a byte-order
    mark is dropped); ``-`` is standard input. A failure is one line naming ``where``."""
    return decode(read_source(path, where), where=where).text


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` are one file: the same path once symbolic links are followed,
    or the same inode (a hard link). A path that does not exist is compared by name."""
    try:
        return a.samefile(b)
    except OSError:  # one of them does not exist (yet)
        return a.resolve() == b.resolve()


@contextmanager
def replacing(target: Path, *, encoding: str, newline: str | None = None) -> Iterator[TextIO]:
    """A new text file that takes ``target``'s name once it is written whole: ``target`` is
    never written into (were it a hard or symbolic link, the file it shares stays as it was),
    and a failure (``OSError``) leaves it as it was and no partial file behind."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    partial = Path(name)
    try:
        partial.chmod(0o644)  # an ordinary file's mode, not mkstemp's private 0600
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as file:
            yield file
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
