"""Where a batch's results go: one JSON object per input row, each appended to the output file
with a single ``write`` and flushed to the operating system as soon as its row finishes (control
characters and bidi overrides escaped: ``cat OUT.jsonl`` shows them as ``\\u202e``).

A run killed at any instant (even by SIGKILL) leaves whole lines, plus at most one torn last
line; ``--resume`` cuts the torn line off and skips every row that has a whole one, so the
finished file holds each input row exactly once. ``--format csv`` adds a spreadsheet copy.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

from sellermail.errors import SellermailError
from sellermail.io.files import replacing
from sellermail.io.terminal import json_text

#: The keys of every output line, in order (a public contract).
FIELDS = ("id", "row", "scenario", "language", "text", "subject", "source", "attempts", "violations",
          "error")  # fmt: skip
#: The keys of an output line written before messages had languages (``--resume`` reads it).
_FIELDS_BEFORE_LANGUAGES = tuple(key for key in FIELDS if key != "language")
#: Columns of the spreadsheet copy.
CSV_COLUMNS = ("row", "id", "scenario", "language", "source", "attempts", "subject", "text", "error",
               "violations")  # fmt: skip
#: A cell starting with one of these would be run as a formula by Excel.
_FORMULA = ("=", "+", "@", "\t", "\r")


def record(row: int, id_: str | None, scenario: str | None, **outcome: Any) -> dict[str, Any]:
    """An output line: ``language``, ``text``, ``subject``, ``source``, ``attempts``,
    ``violations`` and ``error`` come from ``outcome`` (absent ones are null, or empty for ``violations``)."""
    data: dict[str, Any] = {"id": id_, "row": row, "scenario": scenario}
    for key in FIELDS[3:]:
        data[key] = outcome.get(key, [] if key == "violations" else None)
    return data


class Outbox:
    """The output file, opened for appending and locked for the whole run (a second batch on
    the same file is refused). ``done`` maps each row already in it (when resuming) to its id.

    The order matters: the file is opened without truncating it, locked, and only then checked,
    cut back to its whole lines (``resume``) or emptied (``overwrite``)."""

    def __init__(self, path: Path, *, resume: bool = False, overwrite: bool = False) -> None:
        self.path = path
        self.done: dict[int, str | None] = {}
        #: Rows already in the file whose line is an error (``--resume`` still counts them).
        self.done_errors = 0
        self.written = 0
        where = f"--out {str(path)!r}"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # O_NONBLOCK: a named pipe without a reader is an error, not a wait for ever
            self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NONBLOCK, 0o644)
            os.set_blocking(self._fd, True)
        except OSError as exc:
            raise SellermailError(f"{where}: cannot write ({exc.strerror or exc})") from None
        try:
            _lock(self._fd, where)
            regular = stat.S_ISREG(os.fstat(self._fd).st_mode)
            exists = regular and os.fstat(self._fd).st_size > 0
            if exists and not (resume or overwrite):
                raise SellermailError(
                    f"{where}: exists already; --resume continues it, --overwrite replaces it"
                )
            if exists and resume:
                self.done, self.done_errors = _finished_rows(path, self._fd)
            if regular and overwrite:
                os.ftruncate(self._fd, 0)
        except BaseException:
            os.close(self._fd)
            raise

    def write(self, data: dict[str, Any]) -> None:
        """Append one line, whole, with one system call (a full disk: a one-line error; the
        lines written before stay whole, and a torn last one is cut by ``--resume``)."""
        line = memoryview((json_text(data) + "\n").encode("utf-8"))
        try:
            while line:
                line = line[os.write(self._fd, line) :]
        except OSError as exc:
            raise SellermailError(
                f"--out {str(self.path)!r}: cannot write ({exc.strerror or exc}); the "
                f"{self.written} row(s) written before are kept, and --resume continues"
            ) from None
        self.written += 1

    def close(self) -> None:
        """Close the file (and so release its lock)."""
        os.close(self._fd)


def _lock(fd: int, where: str) -> None:
    """An exclusive lock on the output, not waited for: another run holding it is an error."""
    if sys.platform == "win32":  # no flock; Windows refuses a second writer on its own
        return
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise SellermailError(
            f"{where}: another sellermail batch is writing it; wait for it to finish, or name "
            "another --out"
        ) from None
    except OSError:  # a file system without locks: go on unlocked
        pass


def _finished_rows(path: Path, fd: int) -> tuple[dict[int, str | None], int]:
    """The rows with a whole line in ``path``; a torn last line is cut off the file (through
    ``fd``) only once every line before it is a batch result and it starts like one, so a file
    that is not a batch output is refused untouched. Also returns how many are errors."""
    done: dict[int, str | None] = {}
    errors = 0
    whole = 0
    torn = False
    with path.open("rb") as file:
        for number, line in enumerate(file, 1):
            if not line.endswith(b"\n"):  # the last line, torn by a kill mid-write: run again
                torn = line.startswith(_START)
                if torn:
                    break
            data = _result(line)
            if data is None:
                raise SellermailError(
                    f"--out {str(path)!r}: line {number} is not a batch result; is this the "
                    "output of sellermail batch? (left as it is; name another --out)"
                )
            done[int(data["row"])] = data["id"]
            errors += bool(data.get("error"))
            whole += len(line)
    if torn:
        os.ftruncate(fd, whole)
    return done, errors


#: How every output line begins (``json.dumps`` of :func:`record`).
_START = b'{"id": '


def _result(line: bytes) -> dict[str, Any] | None:
    """The output line ``line`` holds, or ``None`` when it is not one."""
    try:
        data = json.loads(line)
    except ValueError:
        return None
    if not isinstance(data, dict) or tuple(data) not in (FIELDS, _FIELDS_BEFORE_LANGUAGES):
        return None
    row = data["row"]
    if (
        not isinstance(row, int)
        or isinstance(row, bool)
        or not isinstance(data["id"], (str, type(None)))
    ):
        return None
    return data


def copy_path(jsonl: Path) -> Path:
    """Where :func:`spreadsheet_copy` writes: ``<name>.csv`` beside ``jsonl``."""
    return jsonl.with_suffix(".csv")


def check_copy(jsonl: Path, *, resume: bool, overwrite: bool) -> None:
    """Refuse to replace an existing spreadsheet copy unless ``overwrite``; ``resume`` may
    replace one that an earlier run wrote (it starts with our header)."""
    target = copy_path(jsonl)
    if overwrite or not (target.exists() or target.is_symlink()):
        return
    if resume and target.is_file():
        try:
            with target.open("rb") as file:
                first = file.readline(4096)
        except OSError:
            first = b""
        if first.rstrip(b"\r\n") == codecs.BOM_UTF8 + ",".join(CSV_COLUMNS).encode():
            return
    raise SellermailError(
        f"--format csv: {str(target)!r} exists already; --overwrite replaces it (and --out)"
    )


def spreadsheet_copy(jsonl: Path) -> Path:
    """Write ``<name>.csv`` beside ``jsonl``: rows in input order, UTF-8 with a BOM (Excel
    opens it with Chinese text intact). The results are read one line at a time; the copy is
    written to a new file that then takes the name (a file of that name is never written
    into: were it a link to another file, that file stays as it was)."""
    target = copy_path(jsonl)
    offsets: list[tuple[int, int]] = []
    try:
        with jsonl.open("rb") as source, replacing(target, encoding="utf-8-sig", newline="") as out:
            position = 0
            for line in source:
                offsets.append((int(json.loads(line)["row"]), position))
                position += len(line)
            offsets.sort()
            writer = csv.writer(out)
            writer.writerow(CSV_COLUMNS)
            for _, offset in offsets:
                source.seek(offset)
                data = json.loads(source.readline())
                data["violations"] = _violations_text(data["violations"])
                writer.writerow([_cell(data.get(column)) for column in CSV_COLUMNS])
    except OSError as exc:
        raise SellermailError(
            f"--format csv: {str(target)!r}: cannot write ({exc.strerror or exc}); every row "
            f"is in {str(jsonl)!r}"
        ) from None
    return target


def _violations_text(violations: list[list[dict[str, Any]]]) -> str:
    """The problems of the last failed attempt, one per line."""
    return "\n".join(item["detail"] for item in violations[-1]) if violations else ""


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(_FORMULA) else text
