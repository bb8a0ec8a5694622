"""Every read of a user's file is bounded: a facts file, a draft, a message or a column map
that is a wrong file (an endless device, something huge) ends at once with one line, and so
does ``-`` when standard input is closed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result
from sellermail.io import files

Run = Callable[..., Result]
ENV = dict(os.environ, OPENAI_API_KEY="", SELLERMAIL_CONFIG="/nonexistent/sellermail.toml")
TRACKING = ["--set", "tracking_number=LX123456785CN"]


def one_line_error(result: Result) -> None:
    assert result.code == 2, result
    assert result.err.startswith("error: ") and result.err.count("\n") == 1, result.err
    assert "Traceback" not in result.err


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize(
    "command",
    [
        ["render", "shipping-in-transit", *TRACKING, "--facts", "{}"],
        ["check", "shipping-in-transit", *TRACKING, "{}"],
        ["triage", "{}"],
        ["reply", "{}", "--offline"],
        [
            "batch",
            "in.csv",
            "--out",
            "o.jsonl",
            "--columns",
            "{}",
            "--scenario",
            "shipping-in-transit",
        ],
    ],
    ids=["facts", "draft", "message", "reply", "columns"],
)
def test_an_endless_device_ends_at_once_with_one_line(
    command: list[str], device: str, tmp_path: Path
) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    (tmp_path / "in.csv").write_text("跟踪号\nLX123456785CN\n", encoding="utf-8")
    args = [arg.replace("{}", device) for arg in command]
    # a child process, so that a read that never ends fails the test by its timeout
    done = subprocess.run([sys.executable, "-m", "sellermail", *args], capture_output=True,
                          cwd=tmp_path, env=ENV, timeout=30)  # fmt: skip
    one_line_error(Result(done.returncode, done.stdout.decode(), done.stderr.decode()))
    assert "is larger than 10 MB" in done.stderr.decode() and device in done.stderr.decode()
    assert not (tmp_path / "o.jsonl").exists()


def test_a_file_over_the_limit_is_refused_and_one_at_the_limit_is_read(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = b"tracking_number: LX123456785CN\n"
    monkeypatch.setattr(files, "MAX_BYTES", len(facts))
    at_limit = tmp_path / "at.yaml"
    at_limit.write_bytes(facts)
    over = tmp_path / "over.yaml"
    over.write_bytes(facts + b"#")
    assert run("render", "shipping-in-transit", "--facts", str(at_limit)).code == 0
    result = run("render", "shipping-in-transit", "--facts", str(over))
    one_line_error(result)
    assert f"{len(facts)} bytes at most" in result.err


@pytest.mark.parametrize(
    ("command", "where"),
    [
        (["check", "shipping-in-transit", *TRACKING, "-"], "draft from standard input"),
        (["triage", "-"], "standard input"),
        (["render", "shipping-in-transit", "--facts", "-"], "facts file '-'"),
    ],
)
def test_dash_with_standard_input_closed_is_one_line(
    run: Run, monkeypatch: pytest.MonkeyPatch, command: list[str], where: str
) -> None:
    monkeypatch.setattr(sys, "stdin", None)  # what Python makes of a closed descriptor 0
    result = run(*command)
    one_line_error(result)
    assert (
        result.err
        == f"error: {where}: is closed (nothing to read); give a file, or pipe the text in\n"
    )


def test_dash_with_standard_input_closed_by_the_shell_is_one_line() -> None:
    script = f'exec "{sys.executable}" -m sellermail triage - <&-'
    done = subprocess.run(["sh", "-c", script], capture_output=True, env=ENV, timeout=60)
    assert done.returncode == 2
    assert done.stderr.decode() == (
        "error: standard input: is closed (nothing to read); give a file, or pipe the text in\n"
    )


def test_standard_input_is_read_to_the_limit_and_no_further(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "MAX_BYTES", 1000)
    result = run("check", "shipping-in-transit", *TRACKING, "-", stdin="x" * 1001)
    one_line_error(result)
    assert "draft from standard input: is larger than" in result.err


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'model = "caf\xe9"\n', "line 1, byte 13 is not UTF-8 (TOML is UTF-8"),
        (b"a = " + b"[" * 100_000 + b"]" * 100_000 + b"\n", "invalid TOML (nested too deeply)"),
        (b"x" * 2000, "is larger than"),
    ],
    ids=["latin-1", "deep", "large"],
)
def test_a_config_file_that_cannot_be_read_is_one_line(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, problem: str
) -> None:
    config = tmp_path / "config.toml"
    config.write_bytes(content)
    monkeypatch.setenv("SELLERMAIL_CONFIG", str(config))
    if problem == "is larger than":
        monkeypatch.setattr(files, "MAX_BYTES", 1000)
    result = run("render", "shipping-in-transit", *TRACKING)
    one_line_error(result)
    assert result.err.startswith(f"error: config file {str(config)!r}: {problem}")
