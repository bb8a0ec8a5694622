"""Where a batch's results go: one JSON object per input row, each appended to the output file
with a single ``write`` and flushed to the operating system as soon as its row finishes (control
characters and bidi overrides escaped: ``cat OUT.jsonl`` shows them as ``\\u202e``).

A run killed at any instant (even by SIGKILL) leaves whole lines, plus at most one torn last
line; ``--resume`` cuts the torn line off and skips every row that has a whole one, so the
finished file holds each input row exactly once. ``--format csv`` adds a spreadsheet copy.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

from sellermail.errors import SellermailError
from sellermail.io.terminal import json_text

#: The keys of every output line, in order (a public contract).
FIELDS = ("id", "row", "scenario", "text", "subject", "source", "attempts", "violations", "error")
#: Columns of the spreadsheet copy.
CSV_COLUMNS = ("row", "id", "scenario", "source", "attempts", "subject", "text", "error",
               "violations")  # fmt: skip
#: A cell starting with one of these would be run as a formula by Excel.
_FORMULA = ("=", "+", "@", "\t", "\r")


def record(row: int, id_: str | None, scenario: str | None, **outcome: Any) -> dict[str, Any]:
    """An output line: ``text``, ``subject``, ``source``, ``attempts``, ``violations`` and
    ``error`` come from ``outcome`` (absent ones are null, or empty for ``violations``)."""
    data: dict[str, Any] = {"id": id_, "row": row, "scenario": scenario}
    for key in FIELDS[3:]:
        data[key] = outcome.get(key, [] if key == "violations" else None)
    return data


class Outbox:
    """The output file, opened for appending. ``done`` maps each row already in it (when
    resuming) to its id."""

    def __init__(self, path: Path, *, resume: bool = False, overwrite: bool = False) -> None:
        self.path = path
        self.done: dict[int, str | None] = {}
        exists = path.is_file() and path.stat().st_size > 0
        if exists and not (resume or overwrite):
            raise SellermailError(
                f"--out {str(path)!r}: exists already; --resume continues it, --overwrite "
                "replaces it"
            )
        if exists and resume:
            self.done = _finished_rows(path)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (os.O_TRUNC if overwrite else 0)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(path, flags, 0o644)
        except OSError as exc:
            raise SellermailError(f"--out {str(path)!r}: cannot write ({exc.strerror})") from None

    def write(self, data: dict[str, Any]) -> None:
        """Append one line, whole, with one system call."""
        line = memoryview((json_text(data) + "\n").encode("utf-8"))
        while line:
            line = line[os.write(self._fd, line) :]

    def close(self) -> None:
        os.close(self._fd)


def _finished_rows(path: Path) -> dict[int, str | None]:
    """The rows with a whole line in ``path``; a torn last line is cut off the file."""
    done: dict[int, str | None] = {}
    whole = 0
    with path.open("rb+") as file:
        for number, line in enumerate(file, 1):
            if not line.endswith(b"\n"):
                break  # the last line, torn by a kill mid-write: that row runs again
            try:
                data = json.loads(line)
                done[int(data["row"])] = data["id"]
            except (ValueError, KeyError, TypeError):
                raise SellermailError(
                    f"--out {str(path)!r}: line {number} is not a batch result; "
                    "is this the output of sellermail batch?"
                ) from None
            whole += len(line)
        file.truncate(whole)
    return done


def spreadsheet_copy(jsonl: Path) -> Path:
    """Write ``<name>.csv`` beside ``jsonl``: rows in input order, UTF-8 with a BOM (Excel
    opens it with Chinese text intact). The results are read one line at a time."""
    target = jsonl.with_suffix(".csv")
    offsets: list[tuple[int, int]] = []
    with jsonl.open("rb") as source:
        position = 0
        for line in source:
            offsets.append((int(json.loads(line)["row"]), position))
            position += len(line)
        offsets.sort()
        with target.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(CSV_COLUMNS)
            for _, offset in offsets:
                source.seek(offset)
                data = json.loads(source.readline())
                data["violations"] = _violations_text(data["violations"])
                writer.writerow([_cell(data[column]) for column in CSV_COLUMNS])
    return target


def _violations_text(violations: list[list[dict[str, Any]]]) -> str:
    """The problems of the last failed attempt, one per line."""
    return "\n".join(item["detail"] for item in violations[-1]) if violations else ""


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(_FORMULA) else text
