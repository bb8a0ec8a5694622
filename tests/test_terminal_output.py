"""No control character but newline and tab reaches the terminal raw — not from a model's reply,
an inbound message, a draft, facts or a file name: ANSI escapes, OSC sequences, carriage
returns, backspaces and bidi overrides are shown as escapes (``\\x1b``, ``\\u202e``) in plain
and rich output, and escaped in JSON (where ``ensure_ascii=False`` would leave U+202E raw)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import sellermail
from conftest import Result
from fakeserver import FakeLLM, Reply
from hostile import DELIVERY, POLISH
from sellermail.io.terminal import UNSAFE, json_text, printable

Run = Callable[..., Result]
#: Erase the screen, a hyperlink (OSC 8), a carriage return, a backspace, a bidi override.
NASTY = "\x1b[2J\x1b]8;;http://evil.example\x07click\x1b]8;;\x07\r\x08\u202eevil\u202c\x9b"


def raw(result: Result) -> list[str]:
    """The unsafe characters that reached stdout or stderr."""
    return UNSAFE.findall(result.out + result.err)


def test_a_model_reply_with_control_characters_is_a_failed_attempt(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-terminal-0000000000")
    text = sellermail.render("delivery-time-info", DELIVERY, tone="friendly").body
    tainted = text.replace("Hi Emily,", f"Hi Emily,{NASTY}")
    with FakeLLM([Reply(content=tainted)]) as server:
        result = run(*POLISH, "--tone", "friendly", "--base-url", server.url,
                     "--max-attempts", "1")  # fmt: skip
    data = json.loads(result.out)
    assert (data["source"], data["text"]) == ("fallback", text)
    assert data["violations"][0][0]["detail"].startswith(
        "the reply holds control characters (\\x1b, \\x07, \\x0d, \\x08, \\u202e); "
    )
    assert raw(result) == []


def test_rendered_facts_are_printed_with_control_characters_escaped(run: Run) -> None:
    # In the store's name, which the message prints whole (a buyer is greeted by first name).
    args = ["render", "delivery-time-info", "--set=buyer_name=Eve", "--set=delivery_days=7-12",
            f"--set=store_name=Maple{NASTY}"]  # fmt: skip
    plain, as_json = run(*args), run(*args, "--json")
    assert plain.code == as_json.code == 0, plain.err
    assert raw(plain) == [] and raw(as_json) == []
    assert "Maple\\x1b[2J\\x1b]8;;http://evil.example\\x07click" in plain.out
    assert "\\u202eevil" in plain.out
    body = json.loads(as_json.out)["body"]  # the same text, escaped in JSON
    assert "Maple\x1b[2J" in body and "\u202eevil\u202c\x9b" in body


def test_an_inbound_message_cannot_drive_the_terminal_through_triage(
    run: Run, tmp_path: Path
) -> None:
    message = tmp_path / "m.txt"
    message.write_text(
        f"Hi, where is my parcel? Tracking number: LX123456785CN\nItem: Mug{NASTY}\n\n"
        f"Best regards,\nAnna{NASTY}",
        encoding="utf-8",
    )
    summary, as_json = run("triage", str(message)), run("triage", str(message), "--json")
    assert summary.code == as_json.code == 0, summary.err
    assert raw(summary) == [] and raw(as_json) == []
    assert "\\x1b[2J" in summary.out
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "x\x1b[31m\u202e\r.txt").write_text(message.read_text("utf-8"), encoding="utf-8")
    table, lines = (
        run("triage", "--dir", str(folder)),
        run("triage", "--dir", str(folder), "--json"),
    )
    assert raw(table) == [] and raw(lines) == []


def test_a_draft_quoted_in_violations_is_escaped(run: Run, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(f"Hi Emily, leave us a 5-star review{NASTY} please!", encoding="utf-8")
    result = run(
        "check", "delivery-time-info", str(draft), *[f"--set={k}={v}" for k, v in DELIVERY.items()]
    )
    assert result.code == 1 and "5-star review" in result.out
    assert raw(result) == []


def test_an_error_that_quotes_what_was_typed_is_escaped(run: Run) -> None:
    result = run("render", f"no-such-scenario{NASTY}")
    assert result.code == 2 and result.err.startswith("error: ")
    assert raw(result) == []


def test_a_batch_output_file_holds_no_raw_bidi_or_c1_control(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    row = {"tracking_number": "LX123456785CN", "carrier": "USPS", "buyer_name": f"Eve{NASTY}"}
    source.write_text(json.dumps(row) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("batch", str(source), "--out", str(out), "--scenario", "shipping-in-transit",
                 "--offline")  # fmt: skip
    assert result.code == 0, result.err
    written = out.read_text(encoding="utf-8")
    assert UNSAFE.findall(written) == []
    assert "Eve\x1b[2J" in json.loads(written)["text"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\r\nb\tc\n", "a\nb\tc\n"),
        ("a\rb", "a\\x0db"),
        ("\x1b[31mred", "\\x1b[31mred"),
        ("\u202eabc\u2066", "\\u202eabc\\u2066"),
        ("\x00\x7f\x85\u2028", "\\x00\\x7f\\x85\\u2028"),
        ("中文 émoji 😀 ZWJ\u200d", "中文 émoji 😀 ZWJ\u200d"),
    ],
)
def test_printable_escapes_exactly_the_unsafe_characters(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_json_text_escapes_what_ensure_ascii_false_leaves_raw_and_reads_back_the_same() -> None:
    data = {"text": f"中文 {NASTY} \x7f\u2029", "n": [1, None]}
    written = json_text(data, indent=2)
    assert UNSAFE.findall(written) == [] and "中文" in written
    assert json.loads(written) == data
