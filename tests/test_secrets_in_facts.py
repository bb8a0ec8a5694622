"""A secret typed into the facts (an API key, a password) never goes into a message: render,
polish and batch refuse it in one line, so nothing prints, sends or writes it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result

Run = Callable[..., Result]
KEY = "sk-proj-4fQ9tLm2Xv7Rk1Zb8NwYc3Hd6Ps0JgUe5TaKq7WmBn2Vx"
TRANSIT = ["shipping-in-transit", "--set", "tracking_number=LX123456785CN"]


@pytest.mark.parametrize("value", [KEY, "password: Kh#Ship2024!"])
@pytest.mark.parametrize("command", ["render", "polish"])
def test_a_secret_in_the_facts_is_refused_and_not_printed(
    run: Run, command: str, value: str
) -> None:
    args = [command, *TRANSIT, "--set", f"carrier={value}"]
    result = run(*args, *(["--offline"] if command == "polish" else []))
    assert result.code == 2
    assert result.err.startswith("error: carrier: ") and "looks like a secret" in result.err
    assert KEY not in result.out + result.err and "Kh#Ship2024" not in result.out + result.err


def test_a_batch_row_holding_a_secret_is_that_rows_error(run: Run, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(f"tracking_number,carrier\nLX123456785CN,USPS\nLX123456785CN,{KEY}\n",
                    encoding="utf-8")  # fmt: skip
    out = tmp_path / "out.jsonl"
    result = run("batch", str(rows), "--out", str(out), "--scenario", "shipping-in-transit",
                 "--offline")  # fmt: skip
    assert result.code == 1
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["source"] == "offline" and "looks like a secret" in lines[1]["error"]
    assert KEY not in out.read_text(encoding="utf-8")
