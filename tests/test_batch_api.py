"""`sellermail batch --via batch-api`: rows handed to the provider's batch service (the fake
one of tests/fakebatch.py, which the official SDK talks to unchanged), in rounds, resumable."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fakebatch import FakeBatchAPI, echo
from fakeserver import FakeLLM, Reply
from test_batch import HEADER, SHIPPING, lines, rows, write_csv

KEY = "sk-test-Batch9f8e7d6c5b4a3210"


@pytest.fixture(autouse=True)
def _a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """A key that must reach the server and nothing else."""
    monkeypatch.setenv("OPENAI_API_KEY", KEY)


def batch_args(source: Path, out: Path, api: FakeBatchAPI, *more: str) -> list[str]:
    return ["batch", str(source), "--out", str(out), *SHIPPING, "--base-url", api.url,
            "--model", "fake", "--via", "batch-api", "--poll", "0.1", *more]  # fmt: skip


def state_of(out: Path) -> Path:
    return out.with_name(out.name + ".batches.json")


def tracking(row: int) -> str:
    """The tracking number of the input's row ``row`` (rows() numbers them from row 2)."""
    return rows(1, row - 2)[0][2]


def test_rows_come_back_by_custom_id_from_shuffled_output_with_live_request_bodies(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(6))
    out = tmp_path / "o.jsonl"
    with FakeBatchAPI() as api:
        result = run(*batch_args(source, out, api, "--no-cache"))
    assert result.code == 0, result.err
    (batch,) = api.created()
    assert batch.custom_ids == [f"row-{n}" for n in range(2, 8)]
    got = lines(out)
    assert [r["row"] for r in got] == list(range(2, 8))
    assert all(r["source"] == "llm" and r["attempts"] == 1 for r in got)
    assert all(tracking(r["row"]) in r["text"] for r in got)  # each row its own reply
    assert re.search(r"round 1: batch_\d+ in_progress, 0 of 6 requests done", result.err)
    assert "completed, 6 of 6 requests done" in result.err
    assert not state_of(out).exists()  # every row written: nothing left to collect
    # the body of each request is the one a live run sends
    with FakeLLM([Reply(echo=True)]) as live:
        direct = run("batch", str(source), "--out", str(tmp_path / "live.jsonl"), *SHIPPING,
                     "--base-url", live.url, "--model", "fake", "--no-cache")  # fmt: skip
    assert direct.code == 0, direct.err
    bodies = sorted(json.dumps(r.body, sort_keys=True) for r in live.received)
    assert sorted(json.dumps(line["body"], sort_keys=True) for line in batch.lines) == bodies


def _fails_rows(
    bad: set[str], always: frozenset[str] = frozenset()
) -> Callable[[dict[str, Any]], str]:
    """Echo, except that the first attempt for an order in ``bad`` (every attempt for one in
    ``always``) changes the tracking number."""

    def answer(body: dict[str, Any]) -> str:
        text = echo(body)
        retry = "was rejected because" in body["messages"][-1]["content"]
        if any(order in text for order in always) or (
            not retry and any(order in text for order in bad)
        ):
            return re.sub(r"9400111899223\d{9}", "9400111899223999999999", text)
        return text

    return answer


def test_retry_rounds_hold_exactly_the_rows_that_failed_the_guard_with_their_problems(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    body = rows(6)
    source = write_csv(tmp_path / "in.csv", HEADER, body)
    out = tmp_path / "o.jsonl"
    bad = {body[1][0], body[4][0]}  # rows 3 and 6
    always = frozenset({body[2][0]})  # row 4 never passes
    with FakeBatchAPI(answer=_fails_rows(bad, always)) as api:
        result = run(*batch_args(source, out, api, "--no-cache", "--max-attempts", "3"))
    assert result.code == 0, result.err
    first, second, third = api.created()
    assert first.custom_ids == [f"row-{n}" for n in range(2, 8)]
    assert second.custom_ids == ["row-3", "row-4", "row-6"]
    assert third.custom_ids == ["row-4"]
    for line in second.lines:
        user = line["body"]["messages"][-1]["content"]
        assert "was rejected because" in user and "tracking" in user.lower()
    got = {r["row"]: r for r in lines(out)}
    assert sorted(got) == list(range(2, 8))
    assert [(got[n]["source"], got[n]["attempts"]) for n in (2, 3, 4, 6)] == [
        ("llm", 1), ("llm", 2), ("fallback", 3), ("llm", 2)
    ]  # fmt: skip
    assert any(v["fact"] == "tracking_number" for v in got[3]["violations"][0])
    assert "9400111899223999999999" not in "".join(r["text"] for r in got.values())


def test_a_second_run_takes_every_reply_from_the_cache_and_creates_no_batch(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(4))
    with FakeBatchAPI() as api:
        first = run(*batch_args(source, tmp_path / "a.jsonl", api))
        again = run(*batch_args(source, tmp_path / "b.jsonl", api))
    assert first.code == 0 and again.code == 0, again.err
    assert len(api.created()) == 1
    assert re.search(r"cache hits\s+4", again.err)
    assert [r["text"] for r in lines(tmp_path / "a.jsonl")] == [
        r["text"] for r in lines(tmp_path / "b.jsonl")
    ]


def test_submit_only_prints_the_batch_and_resume_collects_it_without_another(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(5))
    out = tmp_path / "o.jsonl"
    with FakeBatchAPI() as api:
        submitted = run(*batch_args(source, out, api, "--submit-only"))
        assert submitted.code == 0, submitted.err
        (batch,) = api.created()
        assert submitted.out.split() == [batch.id]
        assert "--resume instead of --submit-only" in submitted.err
        assert not out.exists() or not lines(out)
        saved = json.loads(state_of(out).read_text(encoding="utf-8"))
        assert [(b["round"], b["id"], b["rows"]) for b in saved["batches"]] == [
            (1, batch.id, [2, 3, 4, 5, 6])
        ]
        collected = run(*batch_args(source, out, api, "--resume"))
    assert collected.code == 0, collected.err
    assert len(api.created()) == 1
    got = lines(out)
    assert sorted(r["row"] for r in got) == list(range(2, 7))
    assert all(r["source"] == "llm" for r in got)


def test_a_run_killed_after_creating_a_batch_but_before_saving_its_id_finds_it_again(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(3))
    out = tmp_path / "o.jsonl"
    with FakeBatchAPI() as api:
        assert run(*batch_args(source, out, api, "--submit-only")).code == 0
        saved = json.loads(state_of(out).read_text(encoding="utf-8"))
        saved["batches"][0]["id"] = None  # as a kill between creating and saving leaves it
        state_of(out).write_text(json.dumps(saved), encoding="utf-8")
        collected = run(*batch_args(source, out, api, "--resume"))
    assert collected.code == 0, collected.err
    assert len(api.created()) == 1
    assert len(lines(out)) == 3


def test_a_batch_killed_with_sigkill_while_polling_then_resumed_has_every_row_once(
    tmp_path: Path,
) -> None:
    count = 40
    source = write_csv(
        tmp_path / "in.csv", ["id", *HEADER], [[f"R{i}", *r] for i, r in enumerate(rows(count))]
    )
    out = tmp_path / "o.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["OPENAI_API_KEY"] = KEY
    hold = threading.Event()
    with FakeBatchAPI(answer=_fails_rows({rows(1, 5)[0][0]}), hold=hold) as api:
        args = [sys.executable, "-m", "sellermail", *batch_args(source, out, api)]
        child = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and child.poll() is None:
            if api.looks >= 3:  # polling a batch held in_progress
                break
            time.sleep(0.01)
        assert child.poll() is None, "the batch ended before it could be killed"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        assert json.loads(state_of(out).read_text(encoding="utf-8"))["batches"][0]["id"]
        hold.set()
        done = subprocess.run([*args, "--resume"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    first, retry = api.created()  # no batch made twice: round 1, and the retry of one row
    assert len(first.custom_ids) == count
    assert retry.custom_ids == ["row-7"]
    got = lines(out)
    assert sorted(r["row"] for r in got) == list(range(2, count + 2))
    assert {r["id"] for r in got} == {f"R{i}" for i in range(count)}
    assert all(r["source"] == "llm" for r in got)


@pytest.mark.parametrize("end", ["expired", "cancelled", "failed"])
def test_rows_a_batch_did_not_answer_are_left_for_resume_which_sends_only_those(
    run: Callable[..., Any], tmp_path: Path, end: str
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(5))
    out = tmp_path / "o.jsonl"
    answered = 0 if end == "failed" else 2
    with FakeBatchAPI(end=end, answered=answered) as api:
        first = run(*batch_args(source, out, api, "--no-cache"))
        assert first.code == 1
        assert f" {end}" in first.err
        assert re.search(
            rf"not written, their batch ended without their reply .*\s+{5 - answered}\b", first.err
        )
        assert len(lines(out)) == answered and state_of(out).exists()
        api.end, api.answered = "completed", None
        again = run(*batch_args(source, out, api, "--no-cache", "--resume"))
    assert again.code == 0, again.err
    (_, resent) = api.created()
    assert resent.custom_ids == [f"row-{n}" for n in range(2 + answered, 7)]
    assert sorted(r["row"] for r in lines(out)) == list(range(2, 7))
    assert not state_of(out).exists()


def test_an_outage_while_waiting_does_not_stop_the_run(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(2))
    out = tmp_path / "o.jsonl"
    with FakeBatchAPI(outage=5) as api:  # all the tries of one look
        result = run(*batch_args(source, out, api))
    assert result.code == 0, result.err
    assert api.outage == 0 and "HTTP 503" in result.err and "trying again" in result.err
    assert len(api.created()) == 1 and len(lines(out)) == 2


def test_under_strict_an_expired_batch_falls_back_and_exits_1(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(4))
    out = tmp_path / "o.jsonl"
    with FakeBatchAPI(end="expired", answered=1) as api:
        result = run(*batch_args(source, out, api, "--strict"))
    assert result.code == 1
    got = lines(out)
    assert [r["source"] for r in got] == ["llm", "fallback", "fallback", "fallback"]
    assert "batch_expired" in got[1]["violations"][-1][0]["detail"]


def test_a_request_the_provider_refuses_falls_back_for_that_row_only(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    body = rows(3)
    source = write_csv(tmp_path / "in.csv", HEADER, body)

    def answer(request: dict[str, Any]) -> str | tuple[int, str]:
        text = echo(request)
        return (400, "this request is malformed") if body[1][0] in text else text

    with FakeBatchAPI(answer=answer) as api:
        result = run(*batch_args(source, tmp_path / "o.jsonl", api))
    assert result.code == 0, result.err
    got = lines(tmp_path / "o.jsonl")
    assert [r["source"] for r in got] == ["llm", "fallback", "llm"]
    assert "HTTP 400: this request is malformed" in got[1]["violations"][-1][0]["detail"]


def test_a_server_without_the_batch_endpoints_is_one_line_and_exit_1(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(2))
    with FakeBatchAPI(endpoints=False) as api:
        result = run(*batch_args(source, tmp_path / "o.jsonl", api))
    assert result.code == 1
    assert result.err.count("\n") == 1 and "has no batch API" in result.err
    assert "--via direct" in result.err
    assert (tmp_path / "o.jsonl").read_text(encoding="utf-8") == ""  # said before any row


def test_a_profile_without_a_batch_api_is_refused_before_anything_is_sent(
    run: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEEPSEEK_API_KEY", KEY)
    source = write_csv(tmp_path / "in.csv", HEADER, rows(2))
    result = run("batch", str(source), "--out", str(tmp_path / "o.jsonl"), *SHIPPING,
                 "--profile", "deepseek", "--via", "batch-api")  # fmt: skip
    assert result.code == 2
    assert (
        result.err
        == "error: --via batch-api: the deepseek profile's provider has no batch API; use --via direct\n"
    )
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.parametrize(
    ("environment", "shown"),
    [({}, "yes"), ({"SELLERMAIL_PROFILE": "qwen"}, "yes"),
     ({"SELLERMAIL_PROFILE": "deepseek"}, "no"), ({"SELLERMAIL_PROFILE": "vllm"}, "not known (tried)"),
     ({"SELLERMAIL_PROFILE": "deepseek", "OPENAI_BASE_URL": "http://127.0.0.1:1/v1"},
      "not known (tried)")],  # a base URL of your own is not the profile's provider
)  # fmt: skip
def test_config_show_says_whether_the_profile_has_a_batch_api(
    run: Callable[..., Any], environment: dict[str, str], shown: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    result = run("config", "show", "--json")
    assert json.loads(result.out)["batch API"]["value"] == shown


def test_more_requests_than_a_batch_holds_are_split_and_dry_run_counts_them(
    run: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sellermail.llm.batches.MAX_REQUESTS", 2)
    source = write_csv(tmp_path / "in.csv", HEADER, rows(5))
    out = tmp_path / "o.jsonl"
    with FakeBatchAPI() as api:
        planned = run(*batch_args(source, out, api, "--dry-run"))
        assert planned.code == 0, planned.err
        assert (
            "batch API: round 1 would submit 5 requests in 3 files (one batch per file)"
            in planned.err
        )
        assert not api.created()
        result = run(*batch_args(source, out, api))
    assert result.code == 0, result.err
    assert [b.custom_ids for b in api.created()] == [["row-2", "row-3"], ["row-4", "row-5"],
                                                     ["row-6"]]  # fmt: skip
    assert sorted(r["row"] for r in lines(out)) == list(range(2, 7))


def test_the_key_reaches_the_server_and_no_file_or_output(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(3))
    out = tmp_path / "o.jsonl"
    with FakeBatchAPI() as api:
        submitted = run(*batch_args(source, out, api, "--submit-only"))
        state = state_of(out).read_text(encoding="utf-8")
        collected = run(*batch_args(source, out, api, "--resume", "--format", "csv"))
    assert collected.code == 0, collected.err
    assert all(h.get("authorization") == f"Bearer {KEY}" for h in api.headers)
    written = [state, out.read_text(encoding="utf-8"),
               (tmp_path / "o.csv").read_text(encoding="utf-8-sig")]  # fmt: skip
    shown = [submitted.out, submitted.err, collected.out, collected.err]
    assert not [text for text in written + shown if KEY in text or KEY[-8:] in text]


def test_batches_saved_for_an_output_are_not_ignored_by_another_run(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(2))
    out = tmp_path / "o.jsonl"
    with FakeBatchAPI() as api:
        assert run(*batch_args(source, out, api, "--submit-only")).code == 0
        live = run("batch", str(source), "--out", str(out), *SHIPPING, "--offline", "--resume")
        fresh = run(*batch_args(source, out, api))
    for refused in (live, fresh):
        assert refused.code == 2 and "--via batch-api --resume collects them" in refused.err
    assert len(api.created()) == 1
    again = run("batch", str(source), "--out", str(out), *SHIPPING, "--offline", "--overwrite")
    assert again.code == 0 and "forgotten, not cancelled" in again.err
    assert not state_of(out).exists() and len(lines(out)) == 2


def test_result_files_are_read_by_custom_id_and_lines_that_are_not_results_are_ignored() -> None:
    from sellermail.llm.batches import Failure, results

    reply = {"choices": [{"message": {"content": "Hi"}, "finish_reason": "stop"}]}
    data = b"\n".join([
        b"not json", b"[1, 2]", b'{"custom_id": 7}',
        json.dumps({"custom_id": "row-3", "response": {"status_code": 200, "body": reply}}).encode(),
        json.dumps({"custom_id": "row-2", "response": {"status_code": 200, "body": {"x": 1}}}).encode(),
        json.dumps({"custom_id": "row-4", "response": {"status_code": 429, "body": {
            "error": {"message": f"slow down {KEY}"}}}}).encode(),
        json.dumps({"custom_id": "row-5", "response": None,
                    "error": {"code": "batch_expired", "message": "not run"}}).encode(),
    ])  # fmt: skip
    found = results(data)
    assert sorted(found) == ["row-2", "row-3", "row-4", "row-5"]
    assert found["row-3"].text == "Hi"  # type: ignore[union-attr]
    assert "not a chat completion" in (found["row-2"].problem or "")  # type: ignore[union-attr]
    refused = found["row-4"]
    assert isinstance(refused, Failure) and refused.status == 429 and refused.transient
    assert refused.why.startswith("slow down") and KEY not in refused.why
    assert found["row-5"] == Failure(None, "not run")
