from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from sellermail import cli


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


@pytest.fixture(autouse=True)
def _no_user_config(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Tests never read the developer's own config file."""
    monkeypatch.setenv("SELLERMAIL_CONFIG", str(tmp_path_factory.mktemp("config") / "config.toml"))
