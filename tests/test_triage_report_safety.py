"""A triage report (``triage --dir X --out FILE``) never replaces a file unasked, and never one
of the messages it reads, even with ``--overwrite``."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result

Run = Callable[..., Result]


def one_line(result: Result, code: int, words: str) -> None:
    assert result.code == code, result
    assert result.err.startswith("error: --out ") and result.err.count("\n") == 1, result.err
    assert words in result.err


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("Where is my order 113-4567890-1234567??", encoding="utf-8")
    return folder


def test_a_triage_report_does_not_replace_a_file_unless_asked(
    run: Run, inbox: Path, tmp_path: Path
) -> None:
    report = tmp_path / "report.jsonl"
    report.write_text("keep me\n", encoding="utf-8")
    result = run("triage", "--dir", str(inbox), "--out", str(report))
    one_line(result, 2, "exists already; --overwrite replaces it")
    assert report.read_text(encoding="utf-8") == "keep me\n"
    assert run("triage", "--dir", str(inbox), "--out", str(report), "--overwrite").code == 0
    assert json.loads(report.read_text(encoding="utf-8"))["file"] == "a.txt"


def test_a_triage_report_never_replaces_a_message_of_its_folder(
    run: Run, inbox: Path, tmp_path: Path
) -> None:
    report = tmp_path / "report.jsonl"
    os.link(inbox / "a.txt", report)
    result = run("triage", "--dir", str(inbox), "--out", str(report), "--overwrite")
    one_line(result, 2, "would overwrite a message of --dir")
    assert (inbox / "a.txt").read_text(encoding="utf-8").startswith("Where is my order")
