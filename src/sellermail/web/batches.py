"""The batch view's work: an uploaded spreadsheet kept in a private temporary folder, checked
before it runs (its column mapping and every row's error, as ``--dry-run`` finds them), then
run in a thread of its own with ``sellermail batch``'s library calls, its progress read by the
page, its JSON Lines and CSV results downloaded. The folder goes when the server stops.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sellermail.errors import SellermailError

if TYPE_CHECKING:  # the batch machinery is loaded by the first upload, not at start-up
    from sellermail.batch.run import BatchRequest
    from sellermail.batch.runner import Tally
    from sellermail.compose.catalogue import Catalogue

#: Row errors shown before the page says how many more there are.
SHOWN_ERRORS = 50
RESULTS = {"jsonl": "results.jsonl", "csv": "results.csv"}


@dataclass
class Job:
    """One uploaded spreadsheet and, once started, its run."""

    folder: Path
    request: BatchRequest
    tally: Tally | None = None
    state: str = "ready"  # ready, running, done, failed
    error: str | None = None
    offline_reason: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def named(self, exc: SellermailError) -> SellermailError:
        """``exc`` with the temporary folder left out of the file names it gives."""
        return SellermailError(str(exc).replace(f"{self.folder}/", ""))


class Batches:
    """The uploaded batches of one server, by a random id."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="sellermail-web-"))  # 0700: the user's alone
        self.jobs: dict[str, Job] = {}

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def job(self, job_id: str) -> Job:
        if job_id not in self.jobs:
            raise SellermailError(f"batch {job_id!r}: no such batch (upload the file again)")
        return self.jobs[job_id]

    def upload(
        self, name: str, data: bytes, settings: dict[str, str | None], catalogue: Catalogue
    ) -> dict[str, Any]:
        """Keep the file and check it: the columns' fields and every row's error, or the one
        line that stops the batch (an unmapped column, no scenario)."""
        from sellermail.batch.run import BatchRequest, check_batch, prepare
        from sellermail.batch.sheets import SHEET_FORMATS

        file_name = Path(name.replace("\\", "/")).name
        if Path(file_name).suffix.lower() not in SHEET_FORMATS:
            raise SellermailError(f"input {name!r}: expected a .csv, .xlsx or .jsonl file")
        job_id = secrets.token_hex(8)
        folder = self.root / job_id
        folder.mkdir()
        (folder / file_name).write_bytes(data)
        request = BatchRequest(folder / file_name, out=folder / RESULTS["jsonl"], out_format="csv",
                               scenario=settings["scenario"], tone=settings["tone"],
                               channel=settings["channel"] or "amazon",
                               catalogue=catalogue)  # fmt: skip
        job = Job(folder, request)
        try:
            prepared = prepare(BatchRequest(request.input_file, scenario=request.scenario,
                                            tone=request.tone, channel=request.channel,
                                            catalogue=catalogue, offline=True))  # fmt: skip
            found = check_batch(prepared)
        except SellermailError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise job.named(exc) from None
        self.jobs[job_id] = job
        errors = [{"row": row, "error": job.named(SellermailError(e)).args[0]}
                  for row, e in found.errors[:SHOWN_ERRORS]]  # fmt: skip
        return {"job": job_id, "file": file_name, "rows": prepared.rows,
                "mapping": prepared.work.mapping, "valid": found.tally.sources["valid"],
                "errors": errors, "error_count": len(found.errors)}  # fmt: skip

    def start(self, job_id: str, *, offline: bool) -> dict[str, Any]:
        """Run the batch in its own thread: the configured model, or offline."""
        job = self.job(job_id)
        with job.lock:
            if job.state != "ready":
                raise SellermailError(f"batch {job_id!r}: has run already (upload it again)")
            job.state = "running"
        threading.Thread(target=self._run, args=(job, offline), daemon=True).start()
        return self.progress(job_id)

    def _run(self, job: Job, offline: bool) -> None:
        from sellermail.batch.run import prepare, run_batch
        from sellermail.llm.config import load_llm_settings

        def moved(tally: Tally) -> None:
            job.tally = tally

        try:
            job.request.settings = load_llm_settings()
            job.request.offline = offline
            prepared = prepare(job.request)
            job.offline_reason = prepared.offline_reason
            job.tally = run_batch(prepared, moved).tally
            job.state = "done"
        except SellermailError as exc:
            job.error, job.state = str(job.named(exc)), "failed"
        except Exception as exc:  # a thread's failure is the page's line, never a lost batch
            job.error, job.state = f"batch: stopped ({type(exc).__name__}: {exc})", "failed"

    def progress(self, job_id: str) -> dict[str, Any]:
        job = self.job(job_id)
        tally = job.tally
        counts = {"total": 0, "finished": 0, "errors": 0, "unsent": 0,
                  "sources": {}}  # fmt: skip
        if tally is not None:
            counts = {"total": tally.total, "finished": tally.finished, "errors": tally.errors,
                      "unsent": tally.unsent, "sources": dict(tally.sources)}  # fmt: skip
        return {"job": job_id, "state": job.state, "error": job.error,
                "offline_reason": job.offline_reason, **counts}  # fmt: skip

    def results(self, job_id: str, kind: str) -> Path:
        job = self.job(job_id)
        if kind not in RESULTS:
            raise SellermailError(f"format: {kind!r} is unknown (expected jsonl or csv)")
        if job.state != "done":
            raise SellermailError(f"batch {job_id!r}: has not finished")
        return job.folder / RESULTS[kind]
