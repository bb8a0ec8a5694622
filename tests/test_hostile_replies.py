"""A reply that is not a chat completion (HTML, a JSON list, ``choices`` a string, no message,
content a number, JSON nested 100,000 deep...) is a failed attempt, never a crash: polish and
reply retry and fall back, triage --llm keeps the offline reading, and a batch writes every row.
The fake server (tests/fakeserver.py) sends the bodies of tests/hostile.py."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result
from fakeserver import FakeLLM, Reply
from hostile import DELIVERY, KEY, NOT_COMPLETIONS, POLISH, choice, completion
from sellermail.llm.wire import completion_from

Run = Callable[..., Result]
CLASSES = sorted(NOT_COMPLETIONS)


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def hostile(name: str) -> Reply:
    body, content_type = NOT_COMPLETIONS[name]
    return Reply(body=body, content_type=content_type)


@pytest.mark.parametrize("name", CLASSES)
def test_polish_counts_a_reply_that_is_no_completion_as_a_failed_attempt(
    run: Run, name: str
) -> None:
    with FakeLLM([hostile(name), Reply(echo=True)]) as server:
        result = run(*POLISH, "--base-url", server.url)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert (data["source"], data["attempts"]) == ("llm", 2)
    (problem,) = data["violations"][0]
    assert problem["kind"] == "reply" and "not a chat completion" in problem["detail"]
    assert "Traceback" not in result.err and KEY not in result.out + result.err


@pytest.mark.parametrize("name", CLASSES)
def test_every_class_of_non_completion_is_named_in_one_line(name: str) -> None:
    found = completion_from(NOT_COMPLETIONS[name][0])
    assert found.problem and found.problem.startswith("the reply was not a chat completion (")
    assert "\n" not in found.problem and len(found.problem) < 200
    assert found.text == "" and found.finish_reason is None


def test_polish_falls_back_with_one_line_when_every_reply_is_no_completion(run: Run) -> None:
    with FakeLLM([hostile("HTML page")]) as server:
        result = run(*POLISH, "--base-url", server.url, "--max-attempts", "2")
    data = json.loads(result.out)
    assert (result.code, data["source"], data["attempts"]) == (0, "fallback", 2)
    assert result.err == (
        "fell back to the deterministic text after 2 attempts "
        "(the reply was not a chat completion (an HTML page))\n"
    )


def test_odd_usage_and_finish_reason_cost_nothing_and_do_not_stop_a_good_reply(
    run: Run,
) -> None:
    from sellermail import render

    text = render("delivery-time-info", DELIVERY, tone="friendly").body
    body = completion(choices=choice({"content": text}, finish_reason={"odd": True}),
                      usage={"prompt_tokens": "100", "completion_tokens": -5})  # fmt: skip
    with FakeLLM([Reply(body=body)]) as server:
        result = run(*POLISH, "--base-url", server.url, "--tone", "friendly")
    data = json.loads(result.out)
    assert (data["source"], data["text"]) == ("llm", text)
    assert data["usage"] == {"prompt_tokens": 0, "completion_tokens": 0}


def test_content_given_as_text_parts_is_read_as_the_text(run: Run) -> None:
    from sellermail import render

    text = render("delivery-time-info", DELIVERY, tone="friendly").body
    half = len(text) // 2
    parts = [{"type": "text", "text": text[:half]}, {"type": "text", "text": text[half:]}]
    with FakeLLM([Reply(body=completion(choices=choice({"content": parts})))]) as server:
        result = run(*POLISH, "--base-url", server.url, "--tone", "friendly")
    assert json.loads(result.out)["text"] == text


def test_reply_falls_back_when_the_model_answers_no_completion(run: Run, tmp_path: Path) -> None:
    message = tmp_path / "m.txt"
    message.write_text("Hi, where is my parcel? Tracking LX123456785CN with USPS.", "utf-8")
    with FakeLLM([hostile("JSON list")]) as server:
        result = run("reply", str(message), "--base-url", server.url, "--json")
    assert result.code == 0, result.err
    reply = json.loads(result.out)["reply"]
    assert (reply["source"], reply["attempts"]) == ("fallback", 3)
    assert "LX123456785CN" in reply["text"]


@pytest.mark.parametrize("name", ["HTML page", "content a number", "deeply nested list"])
def test_triage_llm_keeps_the_offline_reading_when_the_model_answers_no_completion(
    run: Run, tmp_path: Path, name: str
) -> None:
    message = tmp_path / "m.txt"
    message.write_text("Hi, where is my parcel? Tracking LX123456785CN with USPS.", "utf-8")
    offline = json.loads(run("triage", str(message), "--json").out)
    with FakeLLM([hostile(name)]) as server:
        result = run("triage", str(message), "--llm", "--base-url", server.url, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == offline
    assert result.err.startswith("note: the reply was not a chat completion (")
    assert result.err.count("\n") == 1


@pytest.mark.parametrize(
    "answer",
    [
        '{"kind": ' + "[" * 50_000 + "]" * 50_000 + "}",
        '{"kind": ["buyer-tracking-request"]}',
        '{"kind": {"a": 1}, "facts": []}',
        "{" + "}" * 30_000,
        '{"kind": "buyer-tracking-request", "facts": {"dates": [[1], {"a": 2}], "asins": 5}}',
    ],
)
def test_triage_llm_reads_a_hostile_json_answer_without_crashing(
    run: Run, tmp_path: Path, answer: str
) -> None:
    message = tmp_path / "m.txt"
    message.write_text("Hi, where is my parcel? Tracking LX123456785CN with USPS.", "utf-8")
    with FakeLLM([Reply(content=answer)]) as server:
        result = run("triage", str(message), "--llm", "--base-url", server.url, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["facts"]["tracking_number"] == "LX123456785CN"
    assert "Traceback" not in result.err and result.err.count("\n") <= 1


def test_one_reply_that_is_no_completion_among_300_rows_costs_that_row_one_attempt(
    run: Run, tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    with source.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["order_id", "buyer_name", "tracking_number", "carrier"])
        writer.writerows(
            [f"113-{n:07d}-{n:07d}", f"Buyer {n}", f"9400111899223{n:09d}", "USPS"]
            for n in range(300)
        )
    out = tmp_path / "out.jsonl"
    script = [Reply(echo=True)] * 100 + [hostile("choices a string"), Reply(echo=True)]
    with FakeLLM(script) as server:
        result = run("batch", str(source), "--out", str(out), "--scenario",
                     "shipping-in-transit", "--base-url", server.url, "--model", "fake")  # fmt: skip
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["row"] for r in rows) == list(range(2, 302))
    assert {r["source"] for r in rows} == {"llm"}
    (retried,) = [r for r in rows if r["attempts"] == 2]
    assert "choices is a string" in retried["violations"][0][0]["detail"]
