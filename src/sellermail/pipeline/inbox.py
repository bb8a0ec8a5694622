"""Triage a folder: every message in it, and the report of them all.

A large folder is shared out among the machine's cores; a file that cannot be read is that
file's error line, never the end of the folder.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sellermail.errors import SellermailError
from sellermail.io.files import replacing, same_file
from sellermail.triage.classify import SUFFIXES, Triage, triage_file


def inbox(folder: Path) -> list[Path]:
    """The messages of a folder: its ``.eml`` and ``.txt`` files, by name."""
    if not folder.is_dir():
        raise SellermailError(f"--dir {str(folder)!r}: is not a folder")
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


#: A folder with more messages than this is triaged on every core.
PARALLEL_FROM = 500


def _triage_path(path: Path) -> Triage | SellermailError:
    """One message of a folder; whatever goes wrong is that file's error, not the folder's."""
    try:
        return triage_file(path)
    except SellermailError as exc:
        return SellermailError(str(exc))  # plain, so that it crosses a process boundary
    except Exception as exc:  # a message no rule foresaw must not stop ten thousand others
        return SellermailError(f"{path.name}: could not be triaged ({type(exc).__name__}: {exc})")


def triage_folder(folder: Path) -> Iterator[tuple[Path, Triage | SellermailError]]:
    """Each message of ``folder`` (in name order) and its triage, or the error that stopped
    it. A large folder is shared out among the machine's cores."""
    paths = inbox(folder)
    cores = min(os.cpu_count() or 1, 8)
    if len(paths) < PARALLEL_FROM or cores < 2:
        yield from zip(paths, map(_triage_path, paths), strict=True)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(cores) as pool:
        results = pool.map(_triage_path, paths, chunksize=max(1, len(paths) // (cores * 8)))
        yield from zip(paths, results, strict=True)


def report_line(path: Path, result: Triage | SellermailError) -> dict[str, Any]:
    """A folder report's line for one message: its file, then its triage or its error."""
    if isinstance(result, SellermailError):
        return {"file": path.name, "error": str(result)}
    return {"file": path.name, **result.to_dict()}


def check_report(out: Path, folder: Path, *, overwrite: bool = False) -> None:
    """Refuse a report that would replace a file unasked (without ``overwrite``), or replace
    one of the folder's messages (even through a link)."""
    if (out.exists() or out.is_symlink()) and not overwrite:
        raise SellermailError(f"--out {str(out)!r}: exists already; --overwrite replaces it")
    if folder.is_dir() and any(same_file(out, path) for path in inbox(folder)):
        raise SellermailError(
            f"--out {str(out)!r}: would overwrite a message of --dir {str(folder)!r}; name "
            "another file"
        )


def write_report(
    rows: list[tuple[Path, Triage | SellermailError]], out: Path, *, overwrite: bool = False
) -> None:
    """The folder's report as JSON Lines: one :func:`report_line` per message. An existing
    ``out`` is refused unless ``overwrite``; then the report is written to a new file that
    takes its name (a file linked to ``out`` is left as it was)."""
    lines = "".join(json.dumps(report_line(p, r), ensure_ascii=False) + "\n" for p, r in rows)
    try:
        if not overwrite:
            with out.open("x", encoding="utf-8") as file:
                file.write(lines)
            return
        with replacing(out, encoding="utf-8") as file:
            file.write(lines)
    except FileExistsError:
        raise SellermailError(
            f"--out {str(out)!r}: exists already; --overwrite replaces it"
        ) from None
    except OSError as exc:
        raise SellermailError(f"--out {str(out)!r}: cannot write ({exc.strerror or exc})") from None
