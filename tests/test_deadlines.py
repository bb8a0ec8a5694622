"""A model request has one deadline (``--timeout``, ``timeout`` in the config file; 60 s by
default) for everything: connecting, every byte of the answer, retries and the waits between
them. A server that never answers, or sends one byte at a time, is cut off at the deadline;
Retry-After is capped at 60 s whatever it says, and a wait longer than the time left is not
begun. Short deadlines and the fake server (its ``drip`` and ``silent`` modes) keep these fast."""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import Result
from fakeserver import FakeLLM, Reply
from hostile import POLISH
from sellermail.llm import client as llm
from sellermail.llm.config import DEFAULT_TIMEOUT, load_llm_settings

Run = Callable[..., Result]
#: What a run may take beyond its deadline (start-up, the fallback, a slow CI machine).
SLACK = 3.0


def timed(run: Run, *args: str) -> tuple[Result, float]:
    started = time.monotonic()
    result = run(*args)
    return result, time.monotonic() - started


@pytest.mark.parametrize(
    "reply", [Reply(drip=0.4), Reply(silent=True), Reply(delay=30)], ids=["drip", "silent", "slow"]
)
def test_polish_stops_at_the_deadline_whatever_the_server_does(run: Run, reply: Reply) -> None:
    with FakeLLM([reply]) as server:
        result, took = timed(run, *POLISH, "--base-url", server.url, "--timeout", "2")
        assert len(server.received) == 1  # the deadline is spent: no retry
    data = json.loads(result.out)
    assert (result.code, data["source"]) == (0, "fallback")
    assert 1.9 < took < 2 + SLACK
    assert "no complete answer within 2 s (the request's deadline" in result.err
    assert result.err.count("\n") == 1


@pytest.mark.parametrize("command", ["reply", "triage"])
def test_reply_and_triage_llm_stop_at_the_deadline_too(
    run: Run, tmp_path: Path, command: str
) -> None:
    message = tmp_path / "m.txt"
    message.write_text("Hi, where is my parcel? Tracking LX123456785CN with USPS.", "utf-8")
    args = [command, str(message), "--json", "--timeout", "1.5"]
    with FakeLLM([Reply(drip=0.3)]) as server:
        result, took = timed(run, *args, *(["--llm"] if command == "triage" else []),
                             "--base-url", server.url)  # fmt: skip
    assert result.code == 0 and 1.4 < took < 1.5 + SLACK, result.err
    assert "no complete answer within 1.5 s" in result.err
    assert "LX123456785CN" in result.out


def test_the_deadline_comes_from_the_config_file(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("timeout = 1.5\n", encoding="utf-8")
    monkeypatch.setenv("SELLERMAIL_CONFIG", str(config))
    with FakeLLM([Reply(silent=True)]) as server:
        result, took = timed(run, *POLISH, "--base-url", server.url)
    assert json.loads(result.out)["source"] == "fallback" and took < 1.5 + SLACK
    assert load_llm_settings().sources["timeout"] == "config file"
    monkeypatch.setenv("SELLERMAIL_CONFIG", str(tmp_path / "none.toml"))
    assert load_llm_settings().timeout == DEFAULT_TIMEOUT == 60


def test_a_profile_sets_its_own_deadline_and_the_flag_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("timeout = 5\n[profiles.ollama]\ntimeout = 300\n", encoding="utf-8")
    monkeypatch.setenv("SELLERMAIL_CONFIG", str(config))
    assert load_llm_settings(profile="ollama").timeout == 300
    assert load_llm_settings(profile="ollama", timeout=7).timeout == 7
    assert load_llm_settings().timeout == 5


def test_retries_stop_when_the_deadline_is_spent(run: Run) -> None:
    # Each 500 takes 0.5 s: five tries would take 2.5 s and more; the deadline is 1.2 s.
    with FakeLLM([Reply(500, delay=0.5, headers={"Retry-After": "0"})]) as server:
        result, took = timed(run, *POLISH, "--base-url", server.url, "--timeout", "1.2")
        tries = len(server.received)
    assert json.loads(result.out)["source"] == "fallback"
    assert tries < llm.TRANSPORT_TRIES and took < 1.2 + SLACK


def test_a_retry_after_longer_than_the_time_left_is_not_waited(run: Run) -> None:
    with FakeLLM([Reply(429, headers={"Retry-After": "45"})]) as server:
        result, took = timed(run, *POLISH, "--base-url", server.url, "--timeout", "10")
        assert len(server.received) == 1
    assert took < SLACK
    assert (
        "HTTP 429" in result.err and "no time left to retry within the 10 s deadline" in result.err
    )


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"Retry-After": "99999999999999999999"}, 60.0),
        ({"Retry-After": "1e400"}, 60.0),
        ({"Retry-After": "inf"}, 60.0),
        ({"Retry-After": "-30"}, 0.0),
        ({"Retry-After": "2.5"}, 2.5),
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "Fri, 31 Dec 99999 23:59:59 GMT"}, None),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),
        ({"Retry-After": "9" * 5000}, None),
        ({"retry-after-ms": "1e30", "Retry-After": "1"}, 60.0),
        ({"retry-after-ms": "junk", "Retry-After": "3"}, 3.0),
    ],
)
def test_retry_after_is_capped_at_60_seconds_and_a_malformed_one_is_ignored(
    headers: dict[str, str], seconds: float | None
) -> None:
    error = SimpleNamespace(
        response=SimpleNamespace(headers={k.lower(): v for k, v in headers.items()})
    )
    assert llm.retry_after(error) == seconds  # type: ignore[arg-type]


def test_a_huge_retry_after_holds_a_batch_no_longer_than_the_cap(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sellermail.llm import throttle

    monkeypatch.setattr(llm, "MAX_WAIT", 0.5)  # the cap, 60 s, made short for the test
    monkeypatch.setattr(throttle, "MAX_PAUSE", 0.5)
    source = tmp_path / "in.csv"
    source.write_text("tracking_number,carrier\nLX123456785CN,USPS\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    storm = Reply(429, headers={"Retry-After": "99999999999999999999"})
    with FakeLLM([storm, Reply(echo=True)]) as server:
        result, took = timed(run, "batch", str(source), "--out", str(out), "--scenario",
                             "shipping-in-transit", "--base-url", server.url, "--model", "fake",
                             "--timeout", "2")  # fmt: skip
    # The pool's pause after the 429 is not part of the request's deadline: the row still
    # gets its answer, after the capped pause (not the 3 billion years asked).
    assert result.code == 0, result.err
    assert [json.loads(line)["source"] for line in out.read_text("utf-8").splitlines()] == ["llm"]
    assert 0.5 <= took < 0.5 + SLACK


def test_a_batch_against_a_server_that_never_answers_ends_and_counts_every_row(
    run: Run, tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    with source.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["tracking_number", "carrier"])
        writer.writerows([f"9400111899223{n:09d}", "USPS"] for n in range(6))
    out = tmp_path / "out.jsonl"
    with FakeLLM([Reply(silent=True)]) as server:
        result, took = timed(run, "batch", str(source), "--out", str(out), "--scenario",
                             "shipping-in-transit", "--base-url", server.url, "--model", "fake",
                             "--timeout", "1", "--concurrency", "2")  # fmt: skip
    # Rows that could not reach the model are not written: the batch stops after a streak of
    # them (two rounds of two requests, one deadline each) and --resume finishes them.
    assert result.code == 2 and took < 2 * 1 + SLACK
    assert "no complete answer within 1 s" in result.err and "--resume" in result.err
    assert not out.exists() or out.read_text("utf-8") == ""


def test_a_deadline_that_is_not_a_positive_number_is_one_line(run: Run) -> None:
    for value in ("0", "-1", "nan", "inf"):
        result = run(*POLISH, "--timeout", value)
        assert result.code == 2 and result.err.startswith("error: timeout: "), value
        assert "(from --timeout)" in result.err and result.err.count("\n") == 1


def test_a_deadline_longer_than_a_day_is_one_line(run: Run) -> None:
    result = run(*POLISH, "--base-url", "http://127.0.0.1:9/v1", "--timeout", "1e10")
    assert result.code == 2
    assert result.err.startswith(
        "error: timeout: 10000000000.0 is not a number of seconds from 0 to 86,400"
    )
