"""`sellermail batch`: spreadsheets in, one JSON line per row out — concurrent, resumable,
cached. Model traffic goes to the fake server (tests/fakeserver.py) on 127.0.0.1, except one
test replayed from cassettes/test_batch/ (recorded against llama.cpp's server with
SmolLM2-135M-Instruct; to re-record, see the README)."""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fakeserver import FakeLLM, Reply
from sellermail.batch.outbox import FIELDS

SHIPPING = ["--scenario", "shipping-in-transit"]
HEADER = ["订单号", "买家姓名", "跟踪号", "物流商"]


@pytest.fixture(autouse=True)
def _own_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test has its own response cache, and no key: only local servers are called."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SELLERMAIL_MODEL", "SELLERMAIL_PROFILE"):
        monkeypatch.delenv(name, raising=False)


def rows(count: int, start: int = 0) -> list[list[str]]:
    return [
        [f"113-{n:07d}-{n:07d}", f"买家{n} Li", f"9400111899223{n:09d}", "USPS"]
        for n in range(start, start + count)
    ]


def write_csv(path: Path, header: list[str], body: list[list[str]], encoding: str = "utf-8",
              delimiter: str = ",") -> Path:  # fmt: skip
    with path.open("w", encoding=encoding, newline="") as file:
        writer = csv.writer(file, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(body)
    return path


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- input formats -------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_chinese_headers_and_values_round_trip_in_each_csv_encoding(
    run: Callable[..., Any], tmp_path: Path, encoding: str
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(3), encoding)
    out = tmp_path / "out.jsonl"
    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--offline",
                 "--format", "csv")  # fmt: skip
    assert result.code == 0, result.err
    got = lines(out)
    assert [r["row"] for r in got] == [2, 3, 4]
    assert all(list(r) == list(FIELDS) and r["source"] == "offline" for r in got)
    assert "Hi 买家1 Li," in got[1]["text"] and "9400111899223000000001" in got[1]["text"]
    copy = (tmp_path / "out.csv").read_bytes()
    assert copy.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    table = list(csv.DictReader(copy.decode("utf-8-sig").splitlines(keepends=True)))
    assert [row["text"] for row in table] == [r["text"] for r in got]


def test_semicolon_csv_from_a_european_excel_is_read(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(2), delimiter=";")
    result = run("batch", str(source), "--out", str(tmp_path / "o.jsonl"), *SHIPPING, "--offline")
    assert result.code == 0, result.err
    assert len(lines(tmp_path / "o.jsonl")) == 2


def test_xlsx_cells_become_facts_and_a_rounded_long_number_is_a_row_error(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Order ID", "Buyer Name", "Tracking Number", "Carrier"])
    sheet.append(["113-4567890-1234567", "Emily", "LX123456785CN", "USPS"])
    sheet.append(["113-4567890-1234568", "Anna", 9400111899223197428490, "USPS"])
    sheet.append([None, None, None, None])  # blank rows are skipped, numbering kept
    sheet.append(["113-4567890-1234569", "Tom", 123456789012, "UPS"])
    book.save(tmp_path / "in.xlsx")
    out = tmp_path / "out.jsonl"
    result = run("batch", str(tmp_path / "in.xlsx"), "--out", str(out), *SHIPPING, "--offline")
    assert result.code == 1  # a row needs attention
    got = {r["row"]: r for r in lines(out)}
    assert sorted(got) == [2, 3, 5]
    assert "LX123456785CN" in got[2]["text"]
    assert got[3]["error"].startswith("tracking_number: ") and "Excel rounded" in got[3]["error"]
    assert "123456789012" in got[5]["text"]


def test_jsonl_lines_that_are_not_objects_are_row_errors_and_the_batch_goes_on(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    good = {"id": "A1", "order_id": "113-4567890-1234567", "tracking_number": "LX123456785CN",
            "carrier": "USPS", "scenario": "shipping-in-transit"}  # fmt: skip
    source.write_text(json.dumps(good) + "\n{oops\n\n[1, 2]\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("batch", str(source), "--out", str(out), "--offline")
    assert result.code == 1
    got = lines(out)
    assert [(r["row"], r["id"], r["source"]) for r in got] == [
        (1, "A1", "offline"), (2, None, None), (4, None, None)
    ]  # fmt: skip
    assert got[1]["error"].startswith("input: line 2 is not JSON")
    assert got[2]["error"] == "input: line 4 is not a JSON object"


# --- columns and rows ------------------------------------------------------------------------


def test_an_unmapped_column_stops_the_batch_before_it_starts(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(
        tmp_path / "in.csv", [*HEADER, "付款时间"], [[*r, "2026-11-01"] for r in rows(2)]
    )
    out = tmp_path / "out.jsonl"
    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--offline")
    assert result.code == 2
    assert result.err.count("\n") == 1 and "'付款时间'" in result.err and "--columns" in result.err
    assert not out.exists()
    columns = tmp_path / "columns.yaml"
    columns.write_text("付款时间: null\n", encoding="utf-8")
    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--offline",
                 "--columns", str(columns))  # fmt: skip
    assert result.code == 0, result.err
    assert len(lines(out)) == 2


def test_a_column_map_names_any_header_and_a_wrong_target_gets_a_hint(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(
        tmp_path / "in.csv", ["单号", "快递", "物流商"], [["LX123456785CN", "x", "DHL"]]
    )
    columns = tmp_path / "columns.yaml"
    columns.write_text("单号: tracking_numbr\n", encoding="utf-8")
    result = run("batch", str(source), "--out", str(tmp_path / "o.jsonl"), *SHIPPING,
                 "--offline", "--columns", str(columns))  # fmt: skip
    assert result.code == 2
    assert (
        "单号: 'tracking_numbr' is not a field name (did you mean 'tracking_number'?)" in result.err
    )
    columns.write_text("单号: tracking_number\n快递: null\n", encoding="utf-8")
    result = run("batch", str(source), "--out", str(tmp_path / "o.jsonl"), *SHIPPING,
                 "--offline", "--columns", str(columns))  # fmt: skip
    assert result.code == 0, result.err
    assert "LX123456785CN" in lines(tmp_path / "o.jsonl")[0]["text"]


def test_two_columns_filling_one_field_stop_the_batch(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(
        tmp_path / "in.csv", ["跟踪号", "运单号", "物流商"], [["LX123456785CN", "X", "DHL"]]
    )
    result = run("batch", str(source), "--out", str(tmp_path / "o.jsonl"), *SHIPPING, "--offline")
    assert result.code == 2
    assert "'跟踪号' and '运单号' both fill tracking_number" in result.err


def test_a_column_the_scenario_does_not_have_stops_the_batch(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", [*HEADER, "商品名称"], [[*r, "Mat"] for r in rows(1)])
    result = run("batch", str(source), "--out", str(tmp_path / "o.jsonl"), *SHIPPING, "--offline")
    assert result.code == 2
    assert "'商品名称' fills product, which shipping-in-transit does not have" in result.err


def test_without_a_scenario_column_or_option_the_batch_does_not_start(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(1))
    result = run("batch", str(source), "--out", str(tmp_path / "o.jsonl"), "--offline")
    assert result.code == 2 and "--scenario" in result.err


def test_rows_choose_their_scenario_by_id_or_chinese_title_and_tone_in_chinese(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(
        tmp_path / "in.csv",
        ["场景", "语气", "订单号", "跟踪号", "物流商"],
        [
            ["shipping-in-transit", "简洁", "113-4567890-1234567", "LX123456785CN", "USPS"],
            ["回复买家索要单号", "正式", "113-4567890-1234568", "", ""],
            ["no-such-thing", "", "113-4567890-1234569", "LX123456785CN", "USPS"],
            ["tracking-number-reply", "", "113-4567890-1234569", "LX123456785CN", "USPS"],
        ],
    )
    out = tmp_path / "o.jsonl"
    assert run("batch", str(source), "--out", str(out), "--offline").code == 1
    first, second, third, fourth = lines(out)
    assert first["scenario"] == "shipping-in-transit" and first["text"].startswith("Hello,")
    assert second["scenario"] == "tracking-number-reply" and second["error"] is None
    assert second["text"].startswith("Dear Customer,")  # 正式: formal
    assert third["error"].startswith("scenario: 'no-such-thing' is unknown")
    assert fourth["scenario"] == "tracking-number-reply"
    assert fourth["error"] == "tracking_number: is not a field of tracking-number-reply"


def test_a_row_with_a_bad_fact_gets_an_error_naming_the_field_and_the_rest_run(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    body = rows(3)
    body[1][2] = "NOT A NUMBER!"
    source = write_csv(tmp_path / "in.csv", HEADER, body)
    out = tmp_path / "o.jsonl"
    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--offline")
    assert result.code == 1
    got = lines(out)
    assert [r["error"] is None for r in got] == [True, False, True]
    assert got[1]["error"].startswith("tracking_number: 'NOT A NUMBER!'")
    assert re.search(r"errors \(see the error key\) +1\b", result.err)


@pytest.mark.parametrize(
    ("name", "problem"),
    [("in.xls", "old .xls format"), ("in.pdf", "expected a .csv, .xlsx or .jsonl"),
     ("missing.csv", "no such file")],
)  # fmt: skip
def test_an_input_that_cannot_be_read_is_one_line(
    run: Callable[..., Any], tmp_path: Path, name: str, problem: str
) -> None:
    if name != "missing.csv":
        (tmp_path / name).write_bytes(b"\x00\x01")
    result = run("batch", str(tmp_path / name), "--out", str(tmp_path / "o.jsonl"), *SHIPPING)
    assert result.code == 2 and problem in result.err and result.err.count("\n") == 1


# --- the output file -------------------------------------------------------------------------


def test_an_existing_output_is_never_overwritten_unless_asked(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(2))
    out = tmp_path / "o.jsonl"
    out.write_text('{"precious": true}\n', encoding="utf-8")
    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--offline")
    assert result.code == 2 and "--resume" in result.err and "--overwrite" in result.err
    assert out.read_text(encoding="utf-8") == '{"precious": true}\n'
    assert run("batch", str(source), "--out", str(out), *SHIPPING, "--offline",
               "--overwrite").code == 0  # fmt: skip
    assert len(lines(out)) == 2


def test_resume_skips_done_rows_and_redoes_a_torn_last_line(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(5))
    out = tmp_path / "o.jsonl"
    assert run("batch", str(source), "--out", str(out), *SHIPPING, "--offline").code == 0
    whole = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(whole[:2]) + whole[2][:40], encoding="utf-8")  # killed mid-write
    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--offline", "--resume")
    assert result.code == 0, result.err
    got = lines(out)
    assert sorted(r["row"] for r in got) == [2, 3, 4, 5, 6]
    assert "already done (--resume)" in result.err


def test_resume_refuses_an_output_written_from_another_input(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(
        tmp_path / "in.csv", ["id", *HEADER], [[f"A{i}", *r] for i, r in enumerate(rows(2))]
    )
    out = tmp_path / "o.jsonl"
    assert run("batch", str(source), "--out", str(out), *SHIPPING, "--offline").code == 0
    other = write_csv(
        tmp_path / "other.csv", ["id", *HEADER], [[f"B{i}", *r] for i, r in enumerate(rows(3))]
    )
    result = run("batch", str(other), "--out", str(out), *SHIPPING, "--offline", "--resume")
    assert result.code == 2
    assert "row 2 has id 'B0' in the input but 'A0' in the output file" in result.err


def test_spreadsheet_copy_defuses_cells_excel_would_run_as_formulas(tmp_path: Path) -> None:
    from sellermail.batch.outbox import record, spreadsheet_copy

    out = tmp_path / "o.jsonl"
    out.write_text(
        json.dumps(record(3, "=HYPERLINK(1)", "x", text="b")) + "\n"
        + json.dumps(record(2, "+1", "x", text="a")) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    table = list(csv.DictReader(spreadsheet_copy(out).read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["row"], r["id"]) for r in table] == [("2", "'+1"), ("3", "'=HYPERLINK(1)")]


def _kill_midway(args: list[str], out: Path, after_lines: int, env: dict[str, str]) -> None:
    child = subprocess.Popen([sys.executable, "-m", "sellermail", *args], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= after_lines:
            break
        time.sleep(0.005)
    assert child.poll() is None, "the batch ended before it could be killed"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()


@pytest.mark.parametrize("online", [False, True], ids=["offline", "online"])
def test_a_batch_killed_with_sigkill_then_resumed_has_every_row_exactly_once(
    tmp_path: Path, online: bool
) -> None:
    count = 300 if online else 20_000
    source = write_csv(
        tmp_path / "in.csv", ["id", *HEADER], [[f"R{i}", *r] for i, r in enumerate(rows(count))]
    )
    out = tmp_path / "o.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    with FakeLLM([Reply(echo=True, delay=0.02)]) as server:
        model = ["--base-url", server.url, "--model", "fake", "--concurrency", "8"]
        args = [
            "batch",
            str(source),
            "--out",
            str(out),
            *SHIPPING,
            *(model if online else ["--offline"]),
        ]
        _kill_midway(args, out, count // 4, env)
        killed_at = out.read_bytes().count(b"\n")
        assert killed_at < count
        done = subprocess.run([sys.executable, "-m", "sellermail", *args, "--resume"], env=env,
                              capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    got = lines(out)
    assert len(got) == count
    assert sorted(r["row"] for r in got) == list(range(2, count + 2))
    assert {r["id"] for r in got} == {f"R{i}" for i in range(count)}
    assert all(r["source"] == ("llm" if online else "offline") for r in got)


# --- the model -------------------------------------------------------------------------------


def test_rows_are_polished_concurrently_and_a_second_run_costs_no_tokens(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(24))
    out = tmp_path / "o.jsonl"
    with FakeLLM([Reply(echo=True, delay=0.1)]) as server:
        model = ["--base-url", server.url, "--model", "fake", "--concurrency", "6"]
        first = run("batch", str(source), "--out", str(out), *SHIPPING, *model)
        assert first.code == 0, first.err
        assert len(server.received) == 24 and server.max_in_flight == 6
        assert all(r["source"] == "llm" and r["attempts"] == 1 for r in lines(out))
        assert "tokens used (prompt + completion)  2,400 + 1,200" in first.err
        again = run("batch", str(source), "--out", str(out), *SHIPPING, *model, "--overwrite")
        assert again.code == 0 and len(server.received) == 24  # all from the cache
        assert "cache hits" in again.err and "tokens used" not in again.err
        fresh = run("batch", str(source), "--out", str(out), *SHIPPING, *model, "--overwrite",
                    "--no-cache")  # fmt: skip
        assert fresh.code == 0 and len(server.received) == 48


def test_a_429_storm_slows_the_pool_and_fails_no_row(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(12))
    out = tmp_path / "o.jsonl"
    storm = [Reply(429, headers={"Retry-After": "0.2"}) for _ in range(8)]
    with FakeLLM([*storm, Reply(echo=True, delay=0.02)]) as server:
        result = run("batch", str(source), "--out", str(out), *SHIPPING, "--base-url",
                     server.url, "--model", "fake", "--concurrency", "8")  # fmt: skip
        assert len(server.received) == 20
    assert result.code == 0, result.err
    assert [r["source"] for r in lines(out)] == ["llm"] * 12


def test_a_rejected_key_stops_the_batch_with_one_line_and_resume_finishes_it(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(5))
    out = tmp_path / "o.jsonl"
    model = ["--model", "fake", "--concurrency", "2"]
    with FakeLLM([Reply(401)]) as server:
        result = run(
            "batch", str(source), "--out", str(out), *SHIPPING, "--base-url", server.url, *model
        )
    assert result.code == 2
    assert result.err.splitlines()[-1].startswith("error: model: ") and "HTTP 401" in result.err
    assert "--resume" in result.err
    with FakeLLM([Reply(echo=True)]) as server:
        result = run("batch", str(source), "--out", str(out), *SHIPPING, "--base-url", server.url,
                     *model, "--resume")  # fmt: skip
    assert result.code == 0, result.err
    assert sorted(r["row"] for r in lines(out)) == [2, 3, 4, 5, 6]


def test_a_row_the_guard_keeps_failing_falls_back_and_strict_exits_1(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(2))
    out = tmp_path / "o.jsonl"
    with FakeLLM([Reply(content="Your parcel is on its way!")]) as server:
        result = run("batch", str(source), "--out", str(out), *SHIPPING, "--base-url", server.url,
                     "--model", "fake", "--max-attempts", "2", "--strict")  # fmt: skip
    assert result.code == 1
    got = lines(out)
    assert [(r["source"], r["attempts"]) for r in got] == [("fallback", 2)] * 2
    assert any(v["fact"] == "tracking_number" for v in got[0]["violations"][-1])


def test_dry_run_checks_rows_and_estimates_cost_without_sending(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    config = Path(os.environ["SELLERMAIL_CONFIG"])
    config.write_text('[profiles.local]\nbase_url = "http://127.0.0.1:9/v1"\nmodel = "m"\n'
                      "price_input = 1.0\nprice_output = 2.0\n", encoding="utf-8")  # fmt: skip
    body = rows(4)
    body[2][0] = "bad-order"
    source = write_csv(tmp_path / "in.csv", HEADER, body)
    out = tmp_path / "o.jsonl"
    result = run(
        "batch", str(source), "--out", str(out), *SHIPPING, "--profile", "local", "--dry-run"
    )
    assert result.code == 1
    assert not out.exists()
    assert "row 4: order_id: 'bad-order'" in result.err
    assert "3 rows valid, 1 with errors; nothing was sent" in result.err
    assert "estimated tokens" in result.err and "estimated cost: $" in result.err


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("cp1252", "Jürgen Müller-Größe"), ("gb18030", "张伟"), ("utf-16", "Zoë 张")],
)
def test_legacy_and_utf16_csv_exports_are_told_apart(
    run: Callable[..., Any], tmp_path: Path, encoding: str, name: str
) -> None:
    body = [["113-4567890-1234567", name, "LX123456785CN", "DHL"]]
    header = ["order_id", "buyer_name", "tracking_number", "carrier"]
    source = write_csv(
        tmp_path / "in.csv", header, body, encoding, ";" if encoding == "cp1252" else "\t"
    )
    out = tmp_path / "o.jsonl"
    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--offline")
    assert result.code == 0, result.err
    first = name if any(char >= "\u2e80" for char in name) else name.split()[0]
    assert lines(out)[0]["text"].startswith(f"Hi {first},")  # greeted by first name


# --- against a real model (recorded) -----------------------------------------------------------

SMOLLM = ["--base-url", "http://localhost:8080/v1", "--model", "SmolLM2-135M-Instruct",
          "--temperature", "0"]  # fmt: skip


@pytest.mark.vcr
def test_a_batch_against_a_real_model_keeps_every_fact_and_a_rerun_costs_nothing(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    """Recorded against llama.cpp's server with SmolLM2-135M-Instruct (see the README)."""
    import sellermail

    body = [
        ["113-4567890-1234567", "Emily", "LX123456785CN", "USPS"],
        ["113-4567890-1234568", "Jonas", "1Z999AA10123456784", "UPS"],
        ["113-4567890-1234569", "Maria", "9400111899223197428490", "USPS"],
        ["113-4567890-1234570", "Ken", "JD014600006281234567", "DHL"],
    ]
    source = write_csv(tmp_path / "in.csv", HEADER, body)
    out = tmp_path / "o.jsonl"
    first = run("batch", str(source), "--out", str(out), *SHIPPING, *SMOLLM, "--concurrency", "2")
    got = sorted(lines(out), key=lambda r: r["row"])
    assert len(got) == 4 and first.code == 0, first.err
    # What SmolLM2 answered when this was recorded: Emily's, Maria's and Ken's rows never
    # passed the guard and fell back; Jonas's was polished on the second attempt.
    assert [(r["source"], r["attempts"]) for r in got] == [
        ("fallback", 3),
        ("llm", 2),
        ("fallback", 3),
        ("fallback", 3),
    ]
    names = ["order_id", "buyer_name", "tracking_number", "carrier"]
    for row, line in zip(body, got, strict=True):
        facts = dict(zip(names, row, strict=True))
        deterministic = sellermail.render("shipping-in-transit", facts).body
        if line["source"] == "fallback":
            assert line["text"] == deterministic
        else:
            assert sellermail.check("shipping-in-transit", facts, line["text"]).ok
            assert line["text"] != deterministic
    again = run("batch", str(source), "--out", str(out), *SHIPPING, *SMOLLM, "--overwrite")
    assert again.code == 0 and "tokens used" not in again.err and "cache hits" in again.err
    assert sorted(lines(out), key=lambda r: r["row"]) == got


# --- what a review broke (each once lost or mangled data) --------------------------------------


def test_the_output_or_its_spreadsheet_copy_never_replaces_the_input(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "orders.csv", HEADER, rows(2))
    before = source.read_bytes()
    copy = run("batch", str(source), "--out", str(tmp_path / "orders.jsonl"), *SHIPPING,
               "--offline", "--format", "csv")  # fmt: skip
    same = run("batch", str(source), "--out", str(source), *SHIPPING, "--offline", "--overwrite")
    for result in (copy, same):
        assert result.code == 2 and "would overwrite the input" in result.err
    assert source.read_bytes() == before


def test_resume_and_overwrite_together_are_refused(run: Callable[..., Any], tmp_path: Path) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(2))
    out = tmp_path / "o.jsonl"
    assert run("batch", str(source), "--out", str(out), *SHIPPING, "--offline").code == 0
    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--offline", "--resume",
                 "--overwrite")  # fmt: skip
    assert result.code == 2 and "choose one" in result.err
    assert len(lines(out)) == 2


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("order_id,buyer_name,tracking_number,carrier\n113-4567890-1234567,Emily,LX123456785CN,"
         "USPS,EXTRA-NOTE\n", "1 cell(s) beyond the last column ('EXTRA-NOTE')"),
        ("order_id,,tracking_number,carrier\n113-4567890-1234567,lost value,LX123456785CN,USPS\n",
         "the cell 'lost value' is in a column without a header"),
    ],
)  # fmt: skip
def test_a_cell_outside_the_columns_is_a_row_error_not_dropped(
    run: Callable[..., Any], tmp_path: Path, text: str, problem: str
) -> None:
    (tmp_path / "in.csv").write_text(text, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = run("batch", str(tmp_path / "in.csv"), "--out", str(out), *SHIPPING, "--offline")
    assert result.code == 1
    assert problem in lines(out)[0]["error"]


def test_a_header_twice_stops_the_batch(run: Callable[..., Any], tmp_path: Path) -> None:
    (tmp_path / "in.csv").write_text(
        "buyer_name,tracking_number,Buyer Name\nEmily,LX123456785CN,Bob\n", encoding="utf-8"
    )
    result = run("batch", str(tmp_path / "in.csv"), "--out", str(tmp_path / "o.jsonl"), *SHIPPING,
                 "--offline")  # fmt: skip
    assert result.code == 2 and "'buyer_name' and 'Buyer Name' are the same column" in result.err


def test_a_jsonl_row_with_a_list_where_text_belongs_is_a_row_error(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    good = {"tracking_number": "LX123456785CN", "carrier": "USPS"}
    source.write_text(json.dumps(good | {"tone": ["a"]}) + "\n" + json.dumps(good) + "\n"
                      + json.dumps(good | {"tracking_number": 94001118992231974284}) + "\n",
                      encoding="utf-8")  # fmt: skip
    out = tmp_path / "o.jsonl"
    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--offline")
    assert result.code == 1
    first, second, third = lines(out)
    assert (
        first["error"] == "tone: expected text, got ['a']"
        and first["scenario"] == "shipping-in-transit"
    )
    assert second["error"] is None
    assert third["error"] is None and "94001118992231974284" in third["text"]  # JSON is exact


def test_rows_that_cannot_reach_the_model_are_left_for_resume_not_frozen_as_fallbacks(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(3))
    out = tmp_path / "o.jsonl"
    model = ["--model", "fake", "--concurrency", "1"]
    down = [Reply(503, headers={"Retry-After": "0"}) for _ in range(14)]  # all tries but one
    with FakeLLM([*down, Reply(echo=True)]) as server:
        result = run(
            "batch", str(source), "--out", str(out), *SHIPPING, "--base-url", server.url, *model
        )
    assert result.code == 1 and "not written, model unreachable" in result.err
    assert [r["source"] for r in lines(out)] == ["llm"]  # the others are not frozen as fallbacks
    with FakeLLM([Reply(echo=True)]) as server:
        again = run("batch", str(source), "--out", str(out), *SHIPPING, "--base-url", server.url,
                    *model, "--resume")  # fmt: skip
    assert again.code == 0, again.err
    assert sorted(r["row"] for r in lines(out)) == [2, 3, 4]


def test_a_request_the_api_refuses_falls_back_for_that_row_only(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "in.csv", HEADER, rows(3))
    out = tmp_path / "o.jsonl"
    with FakeLLM([Reply(400), Reply(echo=True)]) as server:
        result = run("batch", str(source), "--out", str(out), *SHIPPING, "--base-url", server.url,
                     "--model", "fake", "--concurrency", "1")  # fmt: skip
    assert result.code == 0, result.err
    assert sorted(r["source"] for r in lines(out)) == ["fallback", "llm", "llm"]
    fallback = next(r for r in lines(out) if r["source"] == "fallback")
    assert "HTTP 400" in fallback["violations"][-1][0]["detail"]
    assert "Error code: 400" not in fallback["violations"][-1][0]["detail"]


def test_a_list_for_a_one_value_field_is_a_row_error_not_its_last_item(
    run: Callable[..., Any], tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    row = {"tracking_number": "LX123456785CN", "carrier": "USPS", "buyer_name": ["Ann", "Bob"]}
    source.write_text(json.dumps(row) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert run("batch", str(source), "--out", str(out), *SHIPPING, "--offline").code == 1
    assert lines(out)[0]["error"] == "buyer_name: expected one value, got a list ['Ann', 'Bob']"


def test_a_cache_that_cannot_be_opened_is_said_once_and_the_batch_still_runs(
    run: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    source = write_csv(tmp_path / "in.csv", HEADER, rows(2))
    out = tmp_path / "o.jsonl"
    with FakeLLM([Reply(echo=True)]) as server:
        result = run("batch", str(source), "--out", str(out), *SHIPPING, "--base-url", server.url,
                     "--model", "fake")  # fmt: skip
    assert result.code == 0, result.err
    assert result.err.count("note: the response cache") == 1 and "is off" in result.err
    assert [r["source"] for r in lines(out)] == ["llm", "llm"]
