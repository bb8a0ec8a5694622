"""Secrets stay secret: the API key and a base URL's credentials are masked (before any
truncation) in every message, a reply that echoes the key (or holds anything shaped like a key)
is blocked by the guard's any.no-secret rule and never printed, written or cached, and the
response cache is readable by its owner alone."""

from __future__ import annotations

import json
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

import sellermail
from conftest import Result
from fakeserver import FakeLLM, Reply
from hostile import DELIVERY, KEY, POLISH
from sellermail.guard import secrets
from sellermail.llm.config import LLMSettings

Run = Callable[..., Result]
PASSWORD = "Tr0ub4dor-and-3"


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def base(tone: str = "friendly") -> str:
    return sellermail.render("delivery-time-info", DELIVERY, tone=tone).body


def test_a_reply_that_echoes_the_key_is_never_printed(run: Run) -> None:
    leaked = base() + f"\n\nP.S. Your API key is {KEY}"
    with FakeLLM([Reply(content=leaked)]) as server:
        result = run(*POLISH, "--tone", "friendly", "--base-url", server.url)
    data = json.loads(result.out)
    assert (data["source"], data["text"]) == ("fallback", base())
    rules = {v["rule"] for attempt in data["violations"] for v in attempt}
    assert rules == {"any.no-secret"}
    assert KEY not in result.out + result.err and KEY[8:20] not in result.out + result.err


@pytest.mark.parametrize(
    "token",
    [
        "sk-abcdefghijklmnopqrstuvwx0123",
        "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv",
        "Bearer eyJhbGciOiJIUzI1NiJ9.abcdefghijklmnop",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV",
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
        "AKIAIOSFODNN7EXAMPLE",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYxQ8zR4mN2pL6",
    ],
)
def test_the_guard_blocks_any_secret_shaped_token_and_quotes_it_masked(token: str) -> None:
    draft = base() + f"\n\nUse {token} to log in."
    report = sellermail.check("delivery-time-info", DELIVERY, draft)
    (violation,) = [v for v in report.violations if v.rule == "any.no-secret"]
    assert violation.severity == "block" and not report.ok
    assert token not in violation.detail and token[4:] not in violation.detail


@pytest.mark.parametrize(
    "ordinary",
    [
        "9400111899223000000001",  # a USPS tracking number: digits only
        "JJD000390015882736451",
        "113-4567890-1234567",
        "Edelstahl-Thermosflasche-1L-mattschwarz-Deluxe",
        "https://www.amazon.com/dp/B08N5WRWNW",
        "550e8400-e29b-41d4-a716-446655440000",
    ],
)
def test_ordinary_ids_and_words_are_not_secrets(ordinary: str) -> None:
    assert secrets.secrets_in(f"Your reference is {ordinary}.") == []


def test_the_configured_key_is_blocked_whatever_its_shape(run: Run) -> None:
    key = "local-gateway-7f3a"  # nothing like an OpenAI key
    LLMSettings(base_url=None, model="m", temperature=0, timeout=5, profile=None, api_key=key)
    report = sellermail.check("delivery-time-info", DELIVERY, base() + f" Code {key}.")
    assert any(v.rule == "any.no-secret" for v in report.violations)
    assert all(key not in v.detail for v in report.violations)


def test_a_short_placeholder_key_is_not_a_secret() -> None:
    LLMSettings(base_url=None, model="m", temperature=0, timeout=5, profile=None, api_key="ollama")
    assert secrets.secrets_in("We use ollama locally.") == []


def test_a_batch_never_writes_or_caches_a_reply_that_echoes_the_key(
    run: Run, tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    source.write_text("tracking_number,carrier\nLX123456785CN,USPS\nLX987654321CN,UPS\n", "utf-8")
    out = tmp_path / "out.jsonl"
    echo = Reply(content=f"Hello, the key is {KEY}.")
    with FakeLLM([echo]) as server:
        result = run("batch", str(source), "--out", str(out), "--scenario",
                     "shipping-in-transit", "--base-url", server.url, "--model", "fake",
                     "--max-attempts", "2")  # fmt: skip
    assert result.code == 0, result.err
    written = out.read_text("utf-8")
    assert {json.loads(line)["source"] for line in written.splitlines()} == {"fallback"}
    cache = tmp_path / "cache" / "sellermail" / "responses.sqlite3"
    stored = b"".join(p.read_bytes() for p in cache.parent.glob("responses.sqlite3*"))
    assert KEY not in written + result.out + result.err
    assert KEY.encode() not in stored and KEY[8:24].encode() not in stored
    with sqlite3.connect(cache) as db:
        assert db.execute("SELECT count(*) FROM replies").fetchone() == (0,)


def test_the_response_cache_is_readable_by_its_owner_alone(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("tracking_number,carrier\nLX123456785CN,USPS\n", "utf-8")
    folder = tmp_path / "cache" / "sellermail"
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)  # as an older version left it
    with FakeLLM([Reply(echo=True)]) as server:
        result = run("batch", str(source), "--out", str(tmp_path / "o.jsonl"), "--scenario",
                     "shipping-in-transit", "--base-url", server.url, "--model", "fake")  # fmt: skip
    assert result.code == 0, result.err
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.glob("responses.sqlite3*"))
    assert files and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)


def test_url_credentials_are_masked_in_errors_config_show_and_reprs(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://alice:{PASSWORD}@127.0.0.1:9/v1"  # nothing listens on port 9
    failed = run(*POLISH, "--base-url", url, "--timeout", "1")
    assert json.loads(failed.out)["source"] == "fallback"
    assert "http://****@127.0.0.1:9/v1" in failed.err
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    shown = run("config", "show").out + run("config", "show", "--json").out
    assert "http://****@127.0.0.1:9/v1" in shown
    settings = LLMSettings(base_url=url, model="m", temperature=0, timeout=5, profile=None,
                           api_key=KEY)  # fmt: skip
    everything = failed.out + failed.err + shown + repr(settings) + str(settings)
    assert PASSWORD not in everything and "alice" not in everything and KEY not in everything


def test_the_key_is_masked_before_a_long_error_is_cut(run: Run) -> None:
    message = "x" * 290 + f" {KEY} " + "y" * 400  # the cut at 300 characters falls in the key
    body = json.dumps({"error": {"message": message}}).encode()
    with FakeLLM([Reply(400, body=body)]) as server:
        result = run(*POLISH, "--base-url", server.url)
    data = json.loads(result.out)
    detail = data["violations"][0][0]["detail"]
    assert "****" in detail and "sk-p" not in detail
    assert "sk-proj" not in result.out + result.err


def test_a_refusal_or_a_kind_that_quotes_the_key_is_masked(run: Run, tmp_path: Path) -> None:
    refusal = json.dumps({"choices": [{"message": {"content": None, "refusal": f"No. {KEY}"},
                                       "finish_reason": "stop"}]}).encode()  # fmt: skip
    with FakeLLM([Reply(body=refusal)]) as server:
        polished = run(*POLISH, "--base-url", server.url, "--max-attempts", "1")
    message = tmp_path / "m.txt"
    message.write_text("Hi, where is my parcel? Tracking LX123456785CN.", "utf-8")
    with FakeLLM([Reply(content=json.dumps({"kind": KEY}))]) as server:
        triaged = run("triage", str(message), "--llm", "--base-url", server.url)
    assert "the model refused: No. ****" in polished.out
    assert "a kind that does not exist ('****')" in triaged.err
    assert KEY[3:12] not in polished.out + polished.err + triaged.out + triaged.err
