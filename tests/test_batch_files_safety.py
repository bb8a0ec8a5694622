"""What a batch writes never destroys a file it was not asked to replace:
not the input through a hard or symbolic link, not an existing OUT.csv, not a file that is no
batch output when resuming, not the output of another run still going; and a full disk is one
line with the rows written so far intact."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import Result

Run = Callable[..., Result]
SHIPPING = ["--scenario", "shipping-in-transit", "--offline"]
CSV = "order_id,tracking_number\n" + "".join(
    f"113-000000{n}-000000{n},LX12345678{n}CN\n" for n in range(1, 6)
)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "orders.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def one_line(result: Result, code: int, *words: str) -> None:
    """Exit ``code`` and one error line (after notes, if any), the last on stderr."""
    assert result.code == code, result
    errors = [line for line in result.err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and result.err.endswith(errors[0] + "\n"), result.err
    assert "Traceback" not in result.err
    for word in words:
        assert word in errors[0], result.err


# --- the input is never an output ------------------------------------------------------------


@pytest.mark.parametrize("link", ["hard", "symbolic"])
@pytest.mark.parametrize("which", ["out", "csv copy"])
def test_an_output_linked_to_the_input_never_empties_it(
    run: Run, source: Path, tmp_path: Path, link: str, which: str
) -> None:
    out = tmp_path / "results.jsonl"
    linked = out if which == "out" else out.with_suffix(".csv")
    (os.link if link == "hard" else os.symlink)(source, linked)
    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--overwrite",
                 "--format", "csv")  # fmt: skip
    one_line(result, 2, "would overwrite the input", str(source))
    assert source.read_text(encoding="utf-8") == CSV


def test_the_columns_file_is_an_input_too(run: Run, source: Path, tmp_path: Path) -> None:
    columns = tmp_path / "columns.yaml"
    columns.write_text("order_id: order_id\n", encoding="utf-8")
    result = run("batch", str(source), "--out", str(columns), *SHIPPING, "--overwrite",
                 "--columns", str(columns))  # fmt: skip
    one_line(result, 2, "would overwrite the input", str(columns))
    assert columns.read_text(encoding="utf-8") == "order_id: order_id\n"


# --- an existing OUT.csv -----------------------------------------------------------------------


def test_an_existing_csv_copy_is_not_replaced_unasked(
    run: Run, source: Path, tmp_path: Path
) -> None:
    out = tmp_path / "results.jsonl"
    mine = out.with_suffix(".csv")
    mine.write_text("my own spreadsheet\n", encoding="utf-8")
    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--format", "csv")
    one_line(result, 2, "--format csv:", "exists already; --overwrite replaces it")
    assert mine.read_text(encoding="utf-8") == "my own spreadsheet\n"
    assert not out.exists()  # refused before anything was written

    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--format", "csv",
                 "--overwrite")  # fmt: skip
    assert result.code == 0, result.err
    assert mine.read_text(encoding="utf-8-sig").startswith("row,id,scenario")


def test_resume_replaces_a_csv_copy_an_earlier_run_wrote_and_no_other(
    run: Run, source: Path, tmp_path: Path
) -> None:
    out = tmp_path / "results.jsonl"
    assert run("batch", str(source), "--out", str(out), *SHIPPING, "--format", "csv").code == 0
    again = run("batch", str(source), "--out", str(out), *SHIPPING, "--format", "csv", "--resume")
    assert again.code == 0, again.err
    out.with_suffix(".csv").write_text("row,something else\n", encoding="utf-8")
    refused = run("batch", str(source), "--out", str(out), *SHIPPING, "--format", "csv",
                  "--resume")  # fmt: skip
    one_line(refused, 2, "exists already")
    assert out.with_suffix(".csv").read_text(encoding="utf-8") == "row,something else\n"


# --- --resume on a file that is no batch output ------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"hello", b"order_id,tracking_number\n113", b'{"a": 1}\n', b'{"id": null, "row": 2}\n',
     b"\x00\x01\x02", CSV.encode()],
    ids=["one-torn-line", "csv", "other-json", "part-of-a-result", "binary", "the-input-csv"],
)  # fmt: skip
def test_resume_refuses_a_file_that_is_no_batch_output_and_leaves_it_whole(
    run: Run, source: Path, tmp_path: Path, content: bytes
) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_bytes(content)
    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--resume")
    one_line(result, 2, "is not a batch result")
    assert out.read_bytes() == content


def test_resume_still_cuts_a_torn_last_line_and_finishes(
    run: Run, source: Path, tmp_path: Path
) -> None:
    out = tmp_path / "results.jsonl"
    assert run("batch", str(source), "--out", str(out), *SHIPPING).code == 0
    whole = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(whole[:2]) + whole[2][:25], encoding="utf-8")
    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--resume")
    assert result.code == 0, result.err
    assert [line["row"] for line in lines(out)] == [2, 3, 4, 5, 6]


# --- one run at a time -------------------------------------------------------------------------


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Path]:
    """An output file another batch holds (its lock, as a second process would hold it)."""
    if sys.platform == "win32":
        pytest.skip("flock is POSIX")
    import fcntl

    out = tmp_path / "results.jsonl"
    out.write_text('{"id": null, "row": 2}\n', encoding="utf-8")
    with out.open("a") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)
        yield out


@pytest.mark.parametrize("mode", [[], ["--overwrite"], ["--resume"]])
def test_a_second_batch_on_the_same_output_is_refused_and_touches_nothing(
    run: Run, source: Path, locked: Path, mode: list[str]
) -> None:
    before = locked.read_bytes()
    result = run("batch", str(source), "--out", str(locked), *SHIPPING, *mode)
    one_line(result, 2, "another sellermail batch is writing it")
    assert locked.read_bytes() == before


# --- a full disk -------------------------------------------------------------------------------


def test_a_full_device_is_one_line(run: Run, source: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    result = run("batch", str(source), "--out", "/dev/full", *SHIPPING)
    one_line(result, 2, "--out '/dev/full': cannot write (No space left on device)")


def test_a_disk_filling_up_keeps_the_rows_written_and_resume_finishes(
    run: Run, source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "results.jsonl"
    real_write = os.write

    def filling(fd: int, data: Any) -> int:
        if b'"row": 4' in bytes(data):  # the disk fills up half-way through the third row
            real_write(fd, bytes(data)[:20])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", filling)
    result = run("batch", str(source), "--out", str(out), *SHIPPING)
    one_line(
        result, 2, "cannot write (No space left on device)", "2 row(s) written before are kept"
    )
    monkeypatch.setattr(os, "write", real_write)
    text = out.read_text(encoding="utf-8")
    assert [json.loads(line)["row"] for line in text.splitlines()[:2]] == [2, 3]
    assert run("batch", str(source), "--out", str(out), *SHIPPING, "--resume").code == 0
    assert [line["row"] for line in lines(out)] == [2, 3, 4, 5, 6]


def test_a_named_pipe_nobody_reads_is_an_error_not_a_wait(source: Path, tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    pipe = tmp_path / "pipe.jsonl"
    os.mkfifo(pipe)
    # a child process, so that a wait for a reader fails the test by its timeout
    env = dict(os.environ, OPENAI_API_KEY="", SELLERMAIL_CONFIG=str(tmp_path / "none.toml"))
    done = subprocess.run(
        [sys.executable, "-m", "sellermail", "batch", str(source), "--out", str(pipe), *SHIPPING],
        capture_output=True, env=env, timeout=30,
    )  # fmt: skip
    one_line(
        Result(done.returncode, "", done.stderr.decode()), 2, f"--out {str(pipe)!r}: cannot write"
    )


def test_a_dry_run_is_not_stopped_by_an_existing_csv_copy(
    run: Run, source: Path, tmp_path: Path
) -> None:
    out = tmp_path / "results.jsonl"
    out.with_suffix(".csv").write_text("mine\n", encoding="utf-8")
    result = run("batch", str(source), "--out", str(out), *SHIPPING, "--format", "csv", "--dry-run")
    assert result.code == 0, result.err
    assert out.with_suffix(".csv").read_text(encoding="utf-8") == "mine\n"


def test_resume_still_fails_when_an_earlier_run_wrote_error_rows(run: Any, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("tracking_number,carrier\nLX123456785CN,USPS\nLX12,USPS\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["batch", str(rows), "--out", str(out), "--scenario", "shipping-in-transit", "--offline"]
    assert run(*args).code == 1
    resumed = run(*args, "--resume")
    assert resumed.code == 1, resumed.err
