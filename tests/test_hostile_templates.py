"""Hostile user templates: whatever a shared template tries (reading files outside the
templates folders, exhausting time or memory, escaping the sandbox), `sellermail render` ends
quickly with one line `error: template <id>: ...` and exit 2, and nothing leaks."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result

Run = Callable[..., Result]

SECRET = "sk-live-DO-NOT-LEAK-0123456789"
#: Well above what any refusal takes (a few tenths of a second), well below a hang.
QUICK = 10.0

HEADER = """---
id: {id}
title: Thank-you note
category: after-sales
recipient: buyer
fields:
  product:
    type: text
    required: true
---
"""


def write(folder: Path, scenario_id: str, body: str) -> None:
    (folder / f"{scenario_id}.j2").write_text(HEADER.format(id=scenario_id) + body, "utf-8")


def render(run: Run, folder: Path, scenario_id: str) -> tuple[Result, float]:
    start = time.perf_counter()
    result = run("render", scenario_id, "--set", "product=lamp", "--templates-dir", str(folder))
    return result, time.perf_counter() - start


def refused(run: Run, folder: Path, body: str, scenario_id: str = "evil") -> str:
    """Render ``body``; it must be refused in one line, quickly: the line, without its prefix."""
    write(folder, scenario_id, body)
    result, elapsed = render(run, folder, scenario_id)
    assert (result.code, result.out) == (2, ""), result
    assert result.err.startswith(f"error: template {scenario_id}: "), result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert SECRET not in result.err
    assert elapsed < QUICK
    return result.err.removeprefix(f"error: template {scenario_id}: ").strip()


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A secret file outside the templates folder, as an API key in a dotfile would be."""
    secret = tmp_path / "secret.env"
    secret.write_text(f"OPENAI_API_KEY={SECRET}\n", encoding="utf-8")
    return secret


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "templates"
    path.mkdir()
    return path


# Paths: a template reads only files inside the templates folders.


@pytest.mark.parametrize("tag", ["include {!r}", "import {!r} as x", "extends {!r}"])
@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("/etc/passwd", "absolute paths are not allowed"),
        ("/proc/self/environ", "absolute paths are not allowed"),
        ("../secret.env", "'..'"),
        ("sub/../../secret.env", "'..'"),
        ("..\\secret.env", "backslashes"),
        ("C:/Windows/win.ini", "colons"),
    ],
)
def test_a_path_out_of_the_templates_folder_is_refused_without_reading_it(
    run: Run, folder: Path, outside: Path, tag: str, name: str, problem: str
) -> None:
    line = refused(run, folder, "{% " + tag.format(name) + " %}\n")
    assert f"cannot load {name!r}: " in line and problem in line


def test_a_link_out_of_the_templates_folder_is_refused(
    run: Run, folder: Path, outside: Path
) -> None:
    (folder / "_key.j2").symlink_to(outside)
    (folder / "elsewhere").symlink_to(outside.parent, target_is_directory=True)
    assert "links outside the templates folder" in refused(run, folder, '{% include "_key.j2" %}')
    line = refused(run, folder, '{% include "elsewhere/secret.env" %}', "evil2")
    assert "links outside the templates folder" in line


def test_a_scenario_file_linked_from_outside_is_refused(
    run: Run, folder: Path, outside: Path
) -> None:
    (folder / "stolen.j2").symlink_to(outside)
    result, _ = render(run, folder, "stolen")
    assert result.err == "error: template stolen.j2: links outside the templates folder\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_refused_without_blocking(run: Run, folder: Path) -> None:
    os.mkfifo(folder / "_pipe.j2")
    assert "is not a regular file" in refused(run, folder, '{% include "_pipe.j2" %}')


def test_a_huge_file_is_refused_before_it_is_read(run: Run, folder: Path) -> None:
    (folder / "_huge.j2").write_bytes(b"x" * (1_000_000 + 1))
    assert "is over 1,000,000 bytes" in refused(run, folder, '{% include "_huge.j2" %}')


@pytest.mark.parametrize("where", ["body", "partial", "front matter"])
def test_a_template_that_is_not_utf8_is_refused_naming_the_byte(
    run: Run, folder: Path, where: str
) -> None:
    gbk = "谢谢您的购买".encode("gbk")
    if where == "partial":
        (folder / "_gbk.j2").write_bytes(gbk)
        assert "is not UTF-8 text" in refused(run, folder, '{% include "_gbk.j2" %}')
        return
    source = HEADER.format(id="gbk").encode()
    if where == "front matter":
        source = source.replace(b"Thank-you note", gbk)
    (folder / "gbk.j2").write_bytes(source + gbk)
    result, _ = render(run, folder, "gbk")
    assert result.err.startswith("error: template gbk.j2: is not UTF-8 text (byte 0x")
    assert result.err.count("\n") == 1
