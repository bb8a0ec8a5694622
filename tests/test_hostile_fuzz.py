"""Property: whatever a server answers — random bytes, JSON of any shape, a chat completion
with any field replaced, JSON nested a hundred thousand deep, the key echoed back, control
characters — polish and a 20-row batch end without a traceback, every row is accounted for
(written as llm or fallback, or left unsent and counted), and no secret reaches stdout,
stderr, the output file or the response cache. The fake server sends what hypothesis draws."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import Result
from fakeserver import FakeLLM, Reply
from hostile import KEY, POLISH
from sellermail.io.terminal import UNSAFE

Run = Callable[..., Result]
ROWS = 20
SNIPPETS = [KEY, f"your key: {KEY}", f"Bearer {KEY}", "sk-proj-Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0",
            "\x1b[2J", "\x1b]8;;http://x\x07", "\r", "\u202e", "Hi Emily,", "</message>",
            "Subject: x\n\n", "```\n"]  # fmt: skip

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
texts = st.lists(st.text(max_size=40) | st.sampled_from(SNIPPETS), max_size=6).map("".join)
nested = st.integers(1_000, 120_000).map(lambda n: b"[" * n + b"]" * n)
cut_nested = st.integers(1_000, 120_000).map(lambda n: b'{"choices": [{"message": ' + b"{" * n)


@st.composite
def completions(draw: st.DrawFn) -> bytes:
    """A chat completion with any of its parts replaced by something else."""
    message: Any = {"role": "assistant", "content": draw(texts | json_values)}
    if draw(st.booleans()):
        message["refusal"] = draw(texts | json_values)
    choice: Any = {"index": 0, "message": draw(st.just(message) | json_values),
                   "finish_reason": draw(st.sampled_from(["stop", "length", None]) | json_values)}  # fmt: skip
    data: Any = {"choices": draw(st.just([choice]) | json_values),
                 "usage": draw(json_values)}  # fmt: skip
    return json.dumps(data).encode()


bodies = st.one_of(
    st.binary(max_size=400),
    json_values.map(lambda value: json.dumps(value).encode()),
    completions(),
    nested,
    cut_nested,
)
replies = st.builds(
    Reply,
    status=st.sampled_from([200, 200, 200, 200, 400, 500]),
    body=bodies,
    content_type=st.sampled_from(["application/json", "text/html", "text/plain", ""]),
    headers=st.sampled_from(
        [
            {"Retry-After": "0"},
            {"Retry-After": "99999999999999999999"},
            {"retry-after-ms": "-1", "Retry-After": "0"},
        ]
    ),
)
scripts = st.lists(replies | st.just(Reply(echo=True)), min_size=1, max_size=4)
FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip


@pytest.fixture(scope="module")
def server() -> Iterator[FakeLLM]:
    with FakeLLM() as fake:
        yield fake


@pytest.fixture
def keyed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)


def serve(server: FakeLLM, script: list[Reply]) -> None:
    server.script = list(script)
    server.received.clear()


def leaks(*texts: str) -> list[str]:
    """Secrets, or parts of the key, or raw control characters, in ``texts``."""
    return [found for text in texts for found in (*secrets(text), *map(repr, UNSAFE.findall(text)))]


def secrets(text: str) -> list[str]:
    """The key, or a part of it, or the other key the replies may hold, in ``text``."""
    return [part for part in (KEY, KEY[8:24], "Zz9Yy8Xx7Ww6") if part in text]


@FUZZ
@given(script=scripts)
def test_polish_survives_any_reply(
    run: Run, server: FakeLLM, keyed: None, script: list[Reply]
) -> None:
    serve(server, script)
    result = run(*POLISH, "--base-url", server.url, "--timeout", "5")
    assert result.code == 0 and "Traceback" not in result.err, result.err
    data = json.loads(result.out)
    assert data["source"] in ("llm", "fallback") and 1 <= data["attempts"] <= 3
    assert result.err.count("\n") == (0 if data["source"] == "llm" else 1)
    assert leaks(result.out, result.err) == []


def _unsent(err: str) -> int:
    found = re.search(r"not written, model unreachable \(rerun with --resume\)\s+(\d+)", err)
    return int(found[1]) if found else 0


@settings(FUZZ, max_examples=15)
@given(script=scripts)
def test_a_batch_accounts_for_every_row_whatever_the_replies(
    run: Run, server: FakeLLM, keyed: None, tmp_path_factory: pytest.TempPathFactory,
    script: list[Reply],
) -> None:  # fmt: skip
    folder = tmp_path_factory.mktemp("fuzz")
    source = folder / "in.csv"
    lines = [f"9400111899223{n:09d},USPS,Buyer {n}" for n in range(ROWS)]
    source.write_text("tracking_number,carrier,buyer_name\n" + "\n".join(lines) + "\n", "utf-8")
    out = folder / "out.jsonl"
    serve(server, script)
    os.environ["XDG_CACHE_HOME"] = str(folder / "cache")  # a cache of this example's own
    result = run("batch", str(source), "--out", str(out), "--scenario", "shipping-in-transit",
                 "--base-url", server.url, "--model", "fake", "--timeout", "5")  # fmt: skip
    assert "Traceback" not in result.err, result.err
    written = out.read_text(encoding="utf-8") if out.exists() else ""
    rows = [json.loads(line) for line in written.splitlines()]
    assert all(r["source"] in ("llm", "fallback") and r["error"] is None for r in rows)
    assert len({r["row"] for r in rows}) == len(rows)
    if result.code == 2:  # the model unreachable several rows in a row: stopped, --resume
        last = result.err.splitlines()[-1]
        assert last.startswith("error: model: ") and "--resume" in last
    else:
        assert result.code in (0, 1)
        assert len(rows) + _unsent(result.err) == ROWS, result.err
    cache = b"".join(p.read_bytes() for p in (folder / "cache").rglob("responses.sqlite3*"))
    assert leaks(result.out, result.err, written) == []
    assert secrets(cache.decode("latin-1")) == []  # a binary file: secrets only


def test_the_fuzz_would_see_a_leak(run: Run, server: FakeLLM, keyed: None, tmp_path: Path) -> None:
    """The property's own check: a leak of the key, or a raw escape, is caught."""
    assert leaks(f"x {KEY} y") and leaks("\x1b[2J") and secrets(KEY[8:24])
    assert leaks("ok \\x1b[2J, sk-…") == []
