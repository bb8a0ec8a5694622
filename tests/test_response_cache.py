"""The response cache keeps only sound replies and trusts nothing it reads back: a damaged,
foreign or secret-holding entry counts as no entry, and the files are the user's alone."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest

from hostile import KEY
from sellermail.llm.cache import ResponseCache
from sellermail.llm.client import Completion
from sellermail.llm.config import LLMSettings


@pytest.fixture
def cache(tmp_path: Path) -> ResponseCache:
    LLMSettings(base_url=None, model="m", temperature=0, timeout=5, profile=None, api_key=KEY)
    return ResponseCache(tmp_path / "cache" / "responses.sqlite3")


def store(cache: ResponseCache, raw: str) -> None:
    with sqlite3.connect(cache.path) as db:
        db.execute("INSERT OR REPLACE INTO replies VALUES (?, ?)", ("k", raw))


def test_a_sound_reply_is_kept_and_read_back(cache: ResponseCache) -> None:
    reply = Completion("Hello Emily", "stop", 10, 5)
    cache.put("k", reply)
    assert cache.get("k") == reply


@pytest.mark.parametrize(
    "reply",
    [
        Completion(f"Hello, the key is {KEY}", "stop"),
        Completion("Hello", "stop", refusal=f"no {KEY}"),
        Completion("Use sk-abcdefghijklmnopqrstuvwxyz0123 to log in", "stop"),
        Completion("", None, problem="the reply was not a chat completion (an HTML page)"),
        Completion("Hello, cut", None),
    ],
)
def test_a_reply_with_a_secret_or_no_completion_is_not_kept(
    cache: ResponseCache, reply: Completion
) -> None:
    cache.put("k", reply)
    assert cache.get("k") is None
    assert KEY.encode() not in b"".join(p.read_bytes() for p in cache.path.parent.iterdir())


@pytest.mark.parametrize(
    "raw",
    [
        "not json",
        "[1, 2]",
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"text": 5, "finish_reason": "stop"}),
        json.dumps({"text": "Hi", "finish_reason": "stop", "refusal": 7}),
        json.dumps({"text": "Hi", "finish_reason": ["stop"]}),
        json.dumps({"text": "Hi", "finish_reason": "stop", "prompt_tokens": "100"}),
        json.dumps({"finish_reason": "stop"}),
        json.dumps({"text": f"Hi {KEY}", "finish_reason": "stop"}),
    ],
)
def test_a_damaged_or_foreign_entry_counts_as_none(cache: ResponseCache, raw: str) -> None:
    store(cache, raw)
    assert cache.get("k") is None


def test_an_entry_from_a_newer_version_is_read_without_its_unknown_fields(
    cache: ResponseCache,
) -> None:
    store(cache, json.dumps({"text": "Hi", "finish_reason": "stop", "seed": 42}))
    assert cache.get("k") == Completion("Hi", "stop")


def test_an_older_cache_is_made_private_when_opened(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    for name in ("responses.sqlite3", "responses.sqlite3-wal", "responses.sqlite3-shm"):
        (folder / name).touch()
        (folder / name).chmod(0o644)
    ResponseCache(folder / "responses.sqlite3").close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {0o600}
