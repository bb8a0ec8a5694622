"""Adversarial inputs, generated (hypothesis): random facts mappings through ``render``, and
random CSV and JSON Lines bytes through ``sellermail batch --offline``.

What must hold for any input:

- ``render`` returns a message or raises a :class:`~sellermail.errors.SellermailError` whose
  text is one short line; nothing else escapes.
- ``batch`` exits 0, 1 or 2 with no traceback; on 2 nothing was written (the input is checked
  whole before the first row); on 0 or 1 every input row is in the output exactly once,
  written or with its error.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sellermail
from conftest import Result
from sellermail.batch.sheets import MAX_LINE
from sellermail.errors import SellermailError

Run = Callable[..., Result]
SCENARIOS = sorted(scenario.id for scenario in sellermail.scenarios())
FIELDS = sorted({name for s in sellermail.scenarios() for name in s.fields})
#: Digits to Python, not to a marketplace; and other characters that trip parsers.
ODD = "²³¹١٢٣۴۵６７８𝟗०\u0660\u06f0\uff10\u200b\u202e\ufeff\x00\r\n\t\"';,|ß\u0130ﬀ"


def odd_text(max_size: int = 30) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(ODD) | st.characters(codec="utf-8"), max_size=max_size)


#: Values of every kind a library caller, a facts file or a JSON line can hand over.
SCALARS = st.one_of(
    odd_text(),
    st.sampled_from(["113-4567890-1234567", "LX123456785CN", "B08N5WRWNW", "7-15", "10-5",
                     "EUR 9,90", "123456789012345678901234567", "2024-02-30", "0", "-1", "1e9",
                     "Amazon.de", "Mars", "full refund"]),
    st.sampled_from([5000, 200_000]).map(lambda length: "x" * length),
    st.sampled_from([2000, 200_000]).map(lambda length: "٣" * length),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.sampled_from([5000, 4400]).map(lambda digits: 10**digits),  # too long for str()
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.dates(),
    st.decimals(allow_nan=True, allow_infinity=True),
)  # fmt: skip
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(odd_text(8), inner, max_size=3),
    max_leaves=12,
)  # fmt: skip
KEYS = st.sampled_from(FIELDS) | odd_text(12) | st.integers() | st.none() | st.just("x" * 1000)


def one_short_line(error: BaseException) -> None:
    text = str(error)
    assert "\n" not in text and "\r" not in text, text
    assert len(text) < 2000, len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    scenario=st.sampled_from(SCENARIOS),
    facts=st.dictionaries(KEYS, VALUES, max_size=6),
    known=st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=6),
    channel=st.sampled_from(["amazon", "email", "ebay", "walmart"]),
)
def test_any_facts_mapping_renders_or_is_one_line(
    scenario: str, facts: dict[Any, Any], known: dict[str, Any], channel: str
) -> None:
    try:
        sellermail.render(scenario, {**known, **facts}, channel=channel)
    except SellermailError as error:
        one_short_line(error)


# --- batch over random bytes -----------------------------------------------------------------

HEADERS = ["order_id", "tracking_number", "carrier", "buyer_name", "id", "tone", "status"]
#: Pieces a spreadsheet's bytes are made of, the hostile ones often.
PIECES = [b",", b";", b"\t", b'"', b'""', b"\n", b"\r\n", b"\r", b"\x00", b"\xff", b" ",
          "顺丰".encode("gb18030"), "王芳".encode(), "١٢٣".encode(), b"113-4567890-1234567",
          b"LX123456785CN", b"USPS", b"{", b"}", b"[" * 50, b"]" * 50, b'"tracking_number": ',
          b'"carrier": "UPS"', b"\xef\xbb\xbf", b"\\"]  # fmt: skip
#: Pieces too large for hypothesis to show: a cell over the csv module's limit, a line over
#: JSON Lines' 1 MB, a number of 5,000 digits.
LARGE = st.sampled_from([(b"x", 140_000), (b"y", 1_100_000), (b"1", 5000)]).map(
    lambda piece: piece[0] * piece[1]
)
BODIES = st.lists(st.sampled_from(PIECES) | st.binary(max_size=6) | LARGE, max_size=40).map(
    b"".join
)


@pytest.fixture
def batch(run: Run) -> Callable[[str, bytes], tuple[Result, list[dict[str, Any]] | None]]:
    """Run a batch over ``data`` saved as a file with ``suffix``; the result and the output's
    lines (``None`` when there is no output file)."""

    def go(suffix: str, data: bytes) -> tuple[Result, list[dict[str, Any]] | None]:
        with tempfile.TemporaryDirectory() as folder:
            source, out = Path(folder) / f"in{suffix}", Path(folder) / "out.jsonl"
            source.write_bytes(data)
            result = run("batch", str(source), "--out", str(out), "--offline",
                         "--scenario", "shipping-in-transit")  # fmt: skip
            if not out.exists():
                return result, None
            return result, [
                json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()
            ]

    return go


def sound(result: Result, written: list[dict[str, Any]] | None, expected: set[int] | None) -> None:
    assert result.code in (0, 1, 2), result
    assert "Traceback" not in result.err and "Traceback" not in result.out, result.err
    if result.code == 2:
        assert result.err.splitlines()[-1].startswith("error: "), result.err
        assert not written, "a refused input must leave nothing written"
        return
    assert written is not None
    rows = [line["row"] for line in written]
    assert len(rows) == len(set(rows)) and rows == sorted(rows), rows
    for line in written:
        assert line["error"] is None or "\n" not in line["error"]
    if expected is not None:
        assert set(rows) == expected


def csv_rows(data: bytes) -> set[int] | str | None:
    """The rows a UTF-8 file holds, read independently (``None`` for another encoding, or one
    that may be read as another), or
    ``"unsplittable"`` when the csv module cannot tell them apart."""
    if b"\x1b" in data:  # ISO-2022-JP escapes are 7-bit: that encoding may be the one chosen
        return None
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return None
    first = io.StringIO(text, newline="").readline()
    delimiter = max(",;\t", key=first.count)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error:
        return "unsplittable"
    return {n for n, cells in enumerate(records, 1) if n >= 2 and any(c.strip() for c in cells)}


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])  # fmt: skip
@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=4, unique=True),
       body=BODIES, encoding=st.sampled_from(["utf-8", "gb18030", "utf-16"]))  # fmt: skip
def test_any_csv_bytes_are_refused_whole_or_every_row_accounted_for(
    batch: Callable[..., Any], header: list[str], body: bytes, encoding: str
) -> None:
    data = ",".join(header).encode() + b"\n" + body
    if encoding != "utf-8":
        data = data.decode("utf-8", "replace").encode(encoding)
    result, written = batch(".csv", data)
    expected = csv_rows(data) if encoding == "utf-8" else None
    if expected == "unsplittable":
        assert result.code == 2, "a file the csv module cannot split into rows is refused whole"
        expected = None
    sound(result, written, expected if isinstance(expected, set) else None)


def jsonl_rows(data: bytes) -> set[int] | None:
    """The non-blank lines of a JSON Lines file, read independently; ``None`` when a line
    (not too long to be read) is not UTF-8: the batch must then refuse the file."""
    rows = set()
    for number, line in enumerate(data.split(b"\n"), 1):
        if len(line) >= MAX_LINE:  # reported as too long, whatever its bytes
            rows.add(number)
            continue
        try:
            text = (line.removeprefix(b"\xef\xbb\xbf") if number == 1 else line).decode("utf-8")
        except UnicodeDecodeError:
            return None
        if text.strip():
            rows.add(number)
    return rows


JSON_VALUES = st.recursive(
    st.one_of(odd_text(), st.integers(min_value=-(10**30), max_value=10**30), st.booleans(),
              st.none(), st.floats(allow_nan=False, allow_infinity=False)),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(odd_text(8), inner, max_size=3),
    max_leaves=8,
)  # fmt: skip
LINES = st.one_of(
    st.dictionaries(st.sampled_from(HEADERS), JSON_VALUES, max_size=4).map(
        lambda row: json.dumps(row, ensure_ascii=False).encode()
    ),
    BODIES,
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])  # fmt: skip
@given(lines=st.lists(LINES, min_size=1, max_size=6), ending=st.sampled_from([b"\n", b"\r\n"]))
def test_any_json_lines_bytes_are_refused_whole_or_every_line_accounted_for(
    batch: Callable[..., Any], lines: list[bytes], ending: bytes
) -> None:
    data = ending.join(lines) + ending
    result, written = batch(".jsonl", data)
    expected = jsonl_rows(data)
    if expected is None:
        assert result.code == 2, "a JSON Lines file that is not UTF-8 is refused whole"
    sound(result, written, expected)
