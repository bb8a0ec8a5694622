"""A spreadsheet that would make rows run together, a cell too large to read, header cells
that are not text, a line nested a thousand deep: a file that cannot be split into its rows is
refused before anything is written (naming the row); a bad row is that row's error and the
batch goes on; never a traceback."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import Result

Run = Callable[..., Result]
SHIPPING = ["--scenario", "shipping-in-transit", "--offline"]
HEADER = "order_id,tracking_number,carrier,buyer_name\n"


def row(n: int, buyer: str = "Li") -> str:
    return f"113-000000{n}-000000{n},LX12345678{n}CN,USPS,{buyer} {n}\n"


def batch(run: Run, source: Path, *extra: str) -> tuple[Result, Path]:
    out = source.with_name("out.jsonl")
    return run("batch", str(source), "--out", str(out), *SHIPPING, *extra), out


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def refused_before_writing(result: Result, out: Path, problem: str) -> None:
    assert result.code == 2, result
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert problem in result.err, result.err
    assert not out.exists()


# --- a CSV that cannot be split into its rows ------------------------------------------------


def test_a_quote_never_closed_is_refused_with_its_row(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "orders.csv"
    source.write_text(HEADER + row(1) + row(2, '"Wang') + row(3) + row(4), encoding="utf-8")
    result, out = batch(run, source)
    refused_before_writing(result, out, 'row 3: a quote (") opens a cell and is never closed')


def test_a_quote_closed_rows_later_is_refused_before_buyers_merge(run: Run, tmp_path: Path) -> None:
    # row 3 opens a quote, row 5 closes it: rows 3-5 would be one message with three order ids
    text = HEADER + row(1) + row(2, '"Wang') + row(3) + row(4).replace("\n", '"\n') + row(5)
    source = tmp_path / "orders.csv"
    source.write_text(text, encoding="utf-8")
    result, out = batch(run, source)
    refused_before_writing(result, out, "row 3: a quoted cell holds lines that look like rows")


def test_text_after_a_closing_quote_is_refused_with_its_row(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "orders.csv"
    source.write_text(HEADER + row(1) + row(2, '"Wang" Wei'), encoding="utf-8")
    result, out = batch(run, source)
    refused_before_writing(result, out, "row 3: a quoted cell goes on after its closing quote")


def test_a_cell_over_the_csv_modules_limit_is_refused_with_its_row(
    run: Run, tmp_path: Path
) -> None:
    source = tmp_path / "orders.csv"
    source.write_text(HEADER + row(1) + row(2, "x" * 200_000) + row(3), encoding="utf-8")
    result, out = batch(run, source)
    refused_before_writing(result, out, "row 3: a cell holds more than 131,072 characters")
    assert len(result.err) < 400


def test_a_quoted_cell_over_several_lines_is_still_one_cell(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "orders.csv"
    text = HEADER + row(1) + '113-0000002-0000002,LX123456782CN,USPS,"Li\nWei, Jr."\n' + row(3)
    source.write_text(text, encoding="utf-8")
    result, out = batch(run, source)
    assert result.code == 0, result.err
    got = lines(out)
    assert [line["row"] for line in got] == [2, 3, 4]
    assert "Hi Li," in got[1]["text"]


# --- header cells that are not text, cells of any kind ----------------------------------------


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for cells in rows:
        sheet.append(cells)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("header", "shown"),
    [(2024, "'2024'"), (3.5, "'3.5'"), (dt.datetime(2024, 1, 2), "'2024-01-02'"), (True, "'TRUE'")],
    ids=["int", "float", "date", "bool"],
)
def test_an_xlsx_header_that_is_a_number_date_or_boolean_is_named(
    run: Run, tmp_path: Path, header: Any, shown: str
) -> None:
    source = write_xlsx(
        tmp_path / "orders.xlsx", [["tracking_number", header], ["LX123456785CN", 1]]
    )
    result, out = batch(run, source)
    refused_before_writing(result, out, f"columns: {shown} maps to no field")


def test_an_xlsx_number_header_can_be_mapped_in_a_columns_file(run: Run, tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "orders.xlsx", [[2024, "carrier"], ["LX123456785CN", "UPS"]])
    columns = tmp_path / "columns.yaml"
    columns.write_text("2024: tracking_number\n", encoding="utf-8")
    result, out = batch(run, source, "--columns", str(columns))
    assert result.code == 0, result.err
    assert "LX123456785CN" in lines(out)[0]["text"]


def test_xlsx_cells_of_any_kind_are_each_rows_own_error(run: Run, tmp_path: Path) -> None:
    cells = [
        dt.time(12, 30),
        dt.timedelta(days=2),
        "#DIV/0!",
        1e300,
        True,
        -5,
        dt.datetime(2024, 1, 2, 3, 4),
    ]
    source = write_xlsx(
        tmp_path / "orders.xlsx",
        [
            ["tracking_number", "carrier"],
            *[[value, "UPS"] for value in cells],
            ["LX123456785CN", "UPS"],
        ],
    )
    result, out = batch(run, source)
    assert result.code == 1, result.err
    got = lines(out)
    assert [line["row"] for line in got] == list(range(2, 2 + len(cells) + 1))
    assert all(line["error"].startswith("tracking_number: ") for line in got[:-1])
    assert got[-1]["error"] is None


# --- JSON Lines --------------------------------------------------------------------------------


def test_a_json_line_that_is_hostile_is_that_rows_error(run: Run, tmp_path: Path) -> None:
    good = json.dumps({"tracking_number": "LX123456785CN"})
    source = tmp_path / "orders.jsonl"
    source.write_text(
        "\n".join([
            good,
            '{"tracking_number": ' + "[" * 100_000 + "]" * 100_000 + "}",
            '{"tracking_number": ' + "[" * 25 + "]" * 25 + "}",
            '{"tracking_number": "LX123456785CN", "tracking_number": "LX000000000CN"}',
            '{"tracking_number": 1' + "0" * 5000 + "}",
            '{"tracking_number": "' + "x" * 1_100_000 + '"}',
            '{"tracking_number": {"a": 1}}',
            good,
        ]) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    result, out = batch(run, source)
    assert result.code == 1, result.err
    got = {line["row"]: line["error"] for line in lines(out)}
    assert got == {
        1: None,
        2: "input: line 2: is nested more than 20 levels deep",
        3: "input: line 3: is nested more than 20 levels deep",
        4: "input: line 4: the key 'tracking_number' is given twice; keep one",
        5: "input: line 5: holds a number too long to read (more than 4,300 digits)",
        6: "input: line 6 is longer than 1,048,576 bytes",
        7: "tracking_number: expected a single value, got a mapping",
        8: None,
    }


def test_a_json_lines_file_that_is_not_utf8_names_the_line(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "orders.jsonl"
    source.write_bytes(b'{"carrier": "UPS"}\n{"carrier": "\xff"}\n')
    result, out = batch(run, source)
    refused_before_writing(result, out, "line 2, byte 14 is not UTF-8 (JSON Lines are UTF-8)")


def test_a_columns_file_with_an_alias_or_a_key_twice_is_refused(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "orders.csv"
    source.write_text("单号\nLX123456785CN\n", encoding="utf-8")
    columns = tmp_path / "columns.yaml"
    columns.write_text("单号: &t tracking_number\n运单: *t\n", encoding="utf-8")
    result, out = batch(run, source, "--columns", str(columns))
    refused_before_writing(result, out, "line 2: YAML aliases (*t) are not allowed here")
    columns.write_text("单号: tracking_number\n单号: carrier\n", encoding="utf-8")
    result, out = batch(run, source, "--columns", str(columns))
    refused_before_writing(result, out, "line 2: the key '单号' is given twice; keep one")


def test_an_input_that_is_a_pipe_or_device_is_named_not_waited_for(
    run: Run, tmp_path: Path
) -> None:
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    source = tmp_path / "orders.csv"
    os.mkfifo(source)
    result, out = batch(run, source)
    refused_before_writing(result, out, "is not a regular file (a device or a pipe)")
