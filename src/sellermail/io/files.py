"""Reading the user's files (and standard input for ``-``): facts files, drafts, messages,
column maps. A failure is one line naming the input; text is decoded by
:mod:`sellermail.io.decode`, so a legacy Windows or Chinese file reads as well as UTF-8."""

from __future__ import annotations

import sys
from pathlib import Path

from sellermail.errors import SellermailError
from sellermail.io.decode import decode

#: How standard input is named in errors.
STDIN = "standard input"


def read_bytes(path: Path, where: str) -> bytes:
    """A file's bytes; a failure is one line naming ``where``."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise SellermailError(f"{where}: no such file") from None
    except IsADirectoryError:
        raise SellermailError(f"{where}: is a folder, not a file") from None
    except OSError as exc:
        raise SellermailError(f"{where}: cannot be read ({exc.strerror})") from None


def read_stdin() -> bytes:
    """Standard input's bytes (a text stream without a byte buffer is taken as it reads)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        data: bytes = stream.read()
        return data
    return sys.stdin.read().encode("utf-8")


def read_source(source: str | Path, where: str) -> bytes:
    """The bytes of file ``source``, or of standard input when ``source`` is ``-``."""
    return read_stdin() if str(source) == "-" else read_bytes(Path(source), where)


def read_text(path: Path | str, where: str) -> str:
    """A text file in any encoding :func:`~sellermail.io.decode.decode` reads (a byte-order
    mark is dropped); ``-`` is standard input. A failure is one line naming ``where``."""
    return decode(read_source(path, where), where=where).text
