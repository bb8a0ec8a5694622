"""Read a batch's rows: CSV (comma, semicolon or tab; UTF-8, with or without BOM, UTF-16, or
the legacy encoding :func:`~sellermail.io.decode.sniff_encoding` finds: GB18030/GBK, Big5,
Shift_JIS, Windows-1252 …), Excel ``.xlsx`` or JSON Lines, one row at a time — a file of any
size is never loaded whole.

Columns are field names, or headers that ``templates/_columns.yaml`` (Chinese ERP and Seller
Central exports) or the user's own map (``--columns``) turns into field names; ``id``,
``scenario``, ``tone``, ``channel`` and ``language`` are the row's own settings. A column that maps to
nothing stops the batch before it starts (a fact the user typed is never dropped silently).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sellermail.compose.catalogue import Catalogue, builtin_columns
from sellermail.errors import SellermailError, did_you_mean, named, shown
from sellermail.io.decode import sniff_encoding
from sellermail.io.structured import DataError, parse_json, parse_yaml

#: Columns that set up the row rather than fill a field.
SETTINGS = ("id", "scenario", "tone", "channel", "language")
SHEET_FORMATS = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx",
         ".jsonl": "jsonl", ".ndjson": "jsonl"}  # fmt: skip
#: How Excel writes a long number it has rounded: 9.40011E+21.
_SHORTENED = re.compile(r"-?\d(?:[.,]\d+)?E\+\d+", re.I)
#: Above this, a number stored by Excel has lost digits (it keeps 15 significant digits).
_EXACT_LIMIT = 10**15
#: The longest line of a JSON Lines file (a row's facts take a few hundred bytes).
MAX_LINE = 1 << 20
#: What the csv module's complaints mean for the person who saved the file.
_CSV_TROUBLE = (
    ("unexpected end of data", "a quote (\") opens a cell and is never closed, so every row "
     "after it would run into this one; close the quote, or write a quote inside a cell as \"\""),
    ("field larger than field limit", f"a cell holds more than {csv.field_size_limit():,} "
     "characters; is a quote (\") not closed?"),
    ("expected after", "a quoted cell goes on after its closing quote; write a quote inside a "
     "cell as \"\""),
)  # fmt: skip


@dataclass(frozen=True)
class Row:
    """One row: its number as the spreadsheet shows it (the header is row 1; for JSON Lines,
    the line number), its values by field name (blank cells left out), or why it is unreadable."""

    number: int
    values: dict[str, Any]
    error: str | None = None


def header_key(header: str) -> str:
    """``Order ID`` / ``order-id`` / `` order_id`` -> ``order_id``."""
    return re.sub(r"[\s\-_]+", "_", header.strip().lstrip("\ufeff").lower()).strip("_")


def _targets(catalogue: Catalogue) -> set[str]:
    return catalogue.field_names() | set(SETTINGS)


def read_column_map(path: Path, catalogue: Catalogue) -> dict[str, str | None]:
    """The user's ``--columns`` file: ``header: field`` (``null`` leaves a column out)."""
    from sellermail.io.files import read_text

    where = f"columns file {str(path)!r}"
    try:
        data = parse_yaml(read_text(path, where), nulls=True)
    except DataError as exc:
        raise SellermailError(f"{where}: {exc}") from None
    if not isinstance(data, dict):
        raise SellermailError(f"{where}: expected lines of 'column header: field name'")
    targets = _targets(catalogue)
    mapping: dict[str, str | None] = {}
    for header, field in data.items():
        if field is not None and str(field) not in targets:
            hint = did_you_mean(str(field), targets)
            raise SellermailError(
                f"{where}: {named(header)}: {shown(str(field))} is not a field name{hint}"
            )
        mapping[header_key(str(header))] = None if field is None else str(field)
    return mapping


def map_columns(
    headers: Iterable[str],
    user_map: Mapping[str, str | None] | None,
    catalogue: Catalogue,
) -> dict[str, str | None]:
    """Each header's field (``None``: left out on purpose); an unmapped or twice-mapped
    column is an error that names it."""
    builtin = {header_key(k): v for k, v in builtin_columns()["columns"].items()}
    targets = _targets(catalogue)
    mapping: dict[str, str | None] = {}
    unknown: list[str] = []
    named: dict[str, str] = {}
    for header in headers:
        key = header_key(header)
        if key and key in named:
            raise SellermailError(
                f"columns: {named[key]!r} and {header!r} are the same column; rename or delete one"
            )
        named[key] = header
        if user_map is not None and key in user_map:
            mapping[header] = user_map[key]
        elif key in targets or key in builtin:
            mapping[header] = key if key in targets else builtin[key]
        elif key:
            unknown.append(header)
    if unknown:
        shown = ", ".join(f"{h!r}{did_you_mean(header_key(h), targets)}" for h in unknown[:5])
        more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
        verb = "maps" if len(unknown) == 1 else "map"
        raise SellermailError(
            f"columns: {shown}{more} {verb} to no field; map it (or them) in a --columns file "
            "('header: field', or 'header: null' to leave the column out)"
        )
    seen: dict[str, str] = {}
    for header, field in mapping.items():
        if field is not None and field in seen:
            raise SellermailError(
                f"columns: {seen[field]!r} and {header!r} both fill {field}; "
                f"leave one out with '{header}: null' in a --columns file"
            )
        if field is not None:
            seen[field] = header
    return mapping


def _cell(value: Any) -> Any:
    """A cell as text (a date as ISO); ``None`` for a blank one."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        if abs(value) >= _EXACT_LIMIT:
            return _Shortened(f"{value:.6g}")
        value = int(value)
    if isinstance(value, str):
        return value.strip()
    return value if isinstance(value, (list, dict)) else str(value)


def _header(value: Any) -> str:
    """A header cell as text: Excel may hold a number, a date or TRUE there."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    text = _cell(value)
    return text if isinstance(text, str) else str(value)


def _swallowed(cells: list[str], width: int, delimiter: str) -> str | None:
    """A line inside a cell that reads as a whole row of its own (``width`` cells or more):
    what a quote left open leaves behind when a later stray quote closes it."""
    for cell in cells:
        if "\n" in cell or "\r" in cell:
            for line in cell.splitlines()[1:]:
                if len(next(csv.reader([line], delimiter=delimiter), [])) >= width:
                    return line
    return None


class _Shortened(str):
    """A long number that Excel rounded: its digits are lost."""


def _problem(field: str, value: Any) -> str | None:
    if isinstance(value, _Shortened) or (isinstance(value, str) and _SHORTENED.fullmatch(value)):
        return (f"{field}: {shown(value)} is a long number that Excel rounded (digits are lost); "
                "format the column as Text and export it again")  # fmt: skip
    return None


def _row(number: int, cells: Iterable[tuple[str, Any]], mapping: Mapping[str, str | None]) -> Row:
    values: dict[str, Any] = {}
    for header, raw in cells:
        field = mapping.get(header)
        value = _cell(raw)
        if value is not None and not str(header).strip():
            why = (
                f"input: the cell {shown(str(value))} is in a column without a header; give it one"
            )
            return Row(number, values, why)
        if field is None or value is None:
            continue
        if problem := _problem(field, value):
            return Row(number, values, problem)
        values[field] = value
    return Row(number, values)


class Sheet:
    """An input file: its kind, its encoding (CSV), its headers, and its rows on demand."""

    def __init__(self, path: Path) -> None:
        self.path = path
        kind = SHEET_FORMATS.get(path.suffix.lower())
        if path.suffix.lower() == ".xls":
            raise SellermailError(
                f"input {str(path)!r}: sellermail cannot read the old .xls format; save it as .xlsx or CSV"
            )
        if kind is None:
            raise SellermailError(f"input {str(path)!r}: expected a .csv, .xlsx or .jsonl file")
        if path.is_dir():
            raise SellermailError(f"input {str(path)!r}: is a folder, not a file")
        if not path.is_file():
            what = "is not a regular file (a device or a pipe)" if path.exists() else "no such file"
            raise SellermailError(f"input {str(path)!r}: {what}")
        self.kind = kind
        self.encoding = (
            sniff_encoding(path, where=f"input {str(path)!r}") if kind == "csv" else "utf-8"
        )
        self.headers, self.count = self._survey()

    def _survey(self) -> tuple[list[str], int]:
        """The headers (for JSON Lines, every key used) and the number of rows, in one pass."""
        if self.kind == "jsonl":
            keys: dict[str, None] = {}
            count = 0
            for _, item, _error in self._json_lines():
                count += 1
                if isinstance(item, dict):
                    keys.update(dict.fromkeys(item))
            return list(keys), count
        rows = self._cells()
        first = next(rows, None)
        if first is None:
            raise SellermailError(f"input {str(self.path)!r}: the file is empty")
        headers = [_header(cell) for cell in first]
        return headers, sum(1 for row in rows if any(str(c).strip() for c in row))

    def _cells(self) -> Iterator[list[str]]:
        """The header row, then each non-blank row's cells (CSV and xlsx)."""
        if self.kind == "xlsx":
            yield from self._xlsx()
            return
        try:
            with self.path.open(encoding=self.encoding, newline="") as file:
                first = file.readline(MAX_LINE)
                dialect = max(",;\t", key=first.count)
                file.seek(0)
                yield from self._csv_rows(csv.reader(file, delimiter=dialect, strict=True), dialect)
        except UnicodeDecodeError as exc:
            raise SellermailError(
                f"input {str(self.path)!r}: cannot be read as {self.encoding} text ({exc.reason}); "
                "save it as CSV UTF-8"
            ) from None

    def _csv_rows(self, reader: Iterator[list[str]], delimiter: str) -> Iterator[list[str]]:
        """The reader's rows; a quote left open (rows run together), a cell too large for the
        csv module, or rows swallowed by a quoted cell stop the file, naming the row."""
        number, width = 0, 0
        try:
            for number, cells in enumerate(reader, 1):
                width = width or len(cells)
                if width >= 3 and (line := _swallowed(cells, width, delimiter)):
                    raise SellermailError(
                        f"input {str(self.path)!r}: row {number}: a quoted cell holds lines that "
                        f'look like rows of their own ({shown(line)}); is a quote (") not '
                        'closed? Write a quote inside a cell as ""'
                    )
                yield cells
        except csv.Error as exc:
            why = next((w for cue, w in _CSV_TROUBLE if cue in str(exc)), str(exc))
            raise SellermailError(f"input {str(self.path)!r}: row {number + 1}: {why}") from None

    def _xlsx(self) -> Iterator[list[Any]]:
        import openpyxl

        try:
            book = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:  # a damaged or foreign file: openpyxl raises many kinds
            raise SellermailError(
                f"input {str(self.path)!r}: not a readable .xlsx workbook ({exc})"
            ) from None
        try:
            rows = book.worksheets[0].iter_rows(values_only=True)
            while True:
                try:
                    cells = next(rows, None)
                except Exception as exc:  # damaged XML inside the workbook
                    raise SellermailError(
                        f"input {str(self.path)!r}: not a readable .xlsx workbook ({exc})"
                    ) from None
                if cells is None:
                    return
                yield ["" if c is None else c for c in cells]
        finally:
            book.close()

    def _json_lines(self) -> Iterator[tuple[int, Any, str | None]]:
        """Each non-blank line's number and object, or why it is not one (a line longer than
        :data:`MAX_LINE` is not read whole)."""
        try:
            with self.path.open("rb") as file:
                number = 0
                while line := file.readline(MAX_LINE + 1):
                    number += 1
                    if len(line) > MAX_LINE:
                        while (rest := file.readline(MAX_LINE)) and not rest.endswith(b"\n"):
                            pass
                        yield (
                            number,
                            None,
                            f"input: line {number} is longer than {MAX_LINE:,} bytes",
                        )
                        continue
                    if (found := self._json_line(number, line)) is not None:
                        yield found
        except OSError as exc:
            raise SellermailError(
                f"input {str(self.path)!r}: cannot be read ({exc.strerror})"
            ) from None

    def _json_line(self, number: int, line: bytes) -> tuple[int, Any, str | None] | None:
        """A line's object, or why it is not one; ``None`` for a blank line."""
        try:
            text = (line.removeprefix(codecs.BOM_UTF8) if number == 1 else line).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SellermailError(
                f"input {str(self.path)!r}: line {number}, byte {exc.start + 1} is not UTF-8 "
                "(JSON Lines are UTF-8)"
            ) from None
        if not text.strip():
            return None
        try:
            item = parse_json(text)
        except DataError as exc:
            if exc.syntax:
                return number, None, f"input: line {number} is not JSON ({exc.reason})"
            return number, None, f"input: line {number}: {exc}"
        if not isinstance(item, dict):
            return number, item, f"input: line {number} is not a JSON object"
        return number, item, None

    def rows(self, mapping: Mapping[str, str | None]) -> Iterator[Row]:
        """Every row, in order, with its columns mapped to fields."""
        if self.kind == "jsonl":
            for number, item, error in self._json_lines():
                yield Row(number, {}, error) if error else _row(number, item.items(), mapping)
            return
        cells = self._cells()
        headers = [_header(cell) for cell in next(cells)]
        for number, row in enumerate(cells, 2):
            if not any(str(c).strip() for c in row):
                continue
            extra = [str(c) for c in row[len(headers) :] if str(c).strip()]
            if extra:
                why = (f"input: {len(extra)} cell(s) beyond the last column ({', '.join(map(shown, extra[:3]))}); "
                       "a value with a comma needs quotes")  # fmt: skip
                yield Row(number, {}, why)
            else:
                yield _row(number, zip(headers, row, strict=False), mapping)
