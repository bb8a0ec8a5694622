from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sellermail.cli import app as cli


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Result]:
    """Run the ``sellermail`` console entry point in-process, as a user would from a shell."""

    def invoke(*args: str, stdin: str | None = None) -> Result:
        monkeypatch.setattr(sys, "argv", ["sellermail", *args])
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        with pytest.raises(SystemExit) as exit_info:
            cli.main()
        captured = capsys.readouterr()
        return Result(int(exit_info.value.code or 0), captured.out, captured.err)

    return invoke


#: The home folder and environment the test process started with, before any fixture changed
#: them: what "the user's own folders" are (tests/test_isolation.py checks they stay untouched).
REAL_HOME = Path.home()
STARTUP_ENV = dict(os.environ)

#: Settings a developer may have exported for their own use of sellermail; a test that needs one
#: sets it itself.
_LLM_VARIABLES = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SELLERMAIL_MODEL", "SELLERMAIL_PROFILE",
                  "DEEPSEEK_API_KEY", "DASHSCOPE_API_KEY")  # fmt: skip


def _isolate(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    for name in _LLM_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session", autouse=True)
def _own_session_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Module- and session-scoped fixtures (the wheel build of test_wheel.py) run before the
    per-test folders exist: they get a HOME of their own too."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        _isolate(monkeypatch, tmp_path_factory.mktemp("session-home"))
        yield


@pytest.fixture(autouse=True)
def _own_user_folders(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Every test has its own HOME and XDG folders, so nothing is written to (or read from) the
    developer's ~/.cache/sellermail or ~/.config/sellermail; ``user_dir`` reads the environment
    on every call, and subprocesses inherit it. The folders sit outside ``tmp_path``, which some
    tests list."""
    _isolate(monkeypatch, tmp_path_factory.mktemp("home"))


@pytest.fixture(autouse=True)
def _no_user_config(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Tests never read the developer's own config file."""
    monkeypatch.setenv("SELLERMAIL_CONFIG", str(tmp_path_factory.mktemp("config") / "config.toml"))


ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """Cassettes live in the top-level cassettes/ folder, one folder per test module."""
    return str(ROOT / "cassettes" / request.module.__name__.rsplit(".", 1)[-1])


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in {"set-cookie", "openai-organization", "openai-project", "x-request-id"}:
            del headers[name]
    return response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    """No secret reaches a cassette: auth headers and cookies are dropped on recording. A reply
    is found by its request's body too (the whole prompt): a cassette recorded with another
    prompt does not replay, and concurrent requests (a batch) find their own replies."""
    return {
        "filter_headers": [
            "authorization",
            "api-key",
            "cookie",
            "openai-organization",
            "openai-project",
        ],
        "before_record_response": _scrub_response,
        "match_on": ["method", "scheme", "host", "port", "path", "body"],
        "decode_compressed_response": True,
    }
