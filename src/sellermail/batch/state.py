"""What a ``--via batch-api`` run has handed to the provider, saved next to OUT
(``OUT.batches.json``) before it waits: every batch's round, rows, input file and id. A run
killed at any instant, or ended by ``--submit-only``, is continued by ``--resume`` from here.

The file is replaced whole (a new file renamed over it), so a kill leaves the old state or the
new one. It holds the API's address with any password masked, never a key. A batch whose input
file was uploaded but whose id was not yet saved (a kill in between) is found again by that
file; see :meth:`sellermail.llm.batches.BatchAPI.started_from`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sellermail.errors import SellermailError
from sellermail.io.files import replacing
from sellermail.llm.config import LLMSettings

VERSION = 1


def state_path(out: Path) -> Path:
    """Where the state of the batches behind ``out`` is kept."""
    return out.with_name(out.name + ".batches.json")


def digest(path: Path) -> str:
    """The input's fingerprint: a resumed run must read the very rows it submitted."""
    found = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            found.update(chunk)
    return found.hexdigest()


@dataclass
class Submitted:
    """One batch: its round (the attempt it makes for its rows), its rows, its input file,
    and its id and last known status once created."""

    round: int
    rows: list[int]
    input_file: str
    id: str | None = None
    status: str | None = None


@dataclass
class State:
    path: Path
    #: The API (credentials masked) and the model the batches were submitted to.
    api: str
    model: str
    #: The input's :func:`digest`.
    input: str
    batches: list[Submitted] = field(default_factory=list)

    def of_round(self, number: int) -> list[Submitted]:
        return [batch for batch in self.batches if batch.round == number]

    def save(self) -> None:
        data = {"version": VERSION, "api": self.api, "model": self.model, "input": self.input,
                "batches": [asdict(batch) for batch in self.batches]}  # fmt: skip
        try:
            with replacing(self.path, encoding="utf-8") as file:
                json.dump(data, file, indent=1)
                file.write("\n")
        except OSError as exc:
            raise SellermailError(
                f"{str(self.path)!r}: cannot save the batches' state ({exc.strerror or exc})"
            ) from None

    def forget(self) -> None:
        """Remove the file once every row is written (nothing is left to collect)."""
        self.path.unlink(missing_ok=True)


def api_of(settings: LLMSettings) -> str:
    return settings.masked_url() or "https://api.openai.com/v1"


def _bad(path: Path, why: str) -> SellermailError:
    return SellermailError(
        f"{str(path)!r}: {why}; it is not a sellermail batch state (move it away, or use "
        "--overwrite to start again)"
    )


def _submitted(path: Path, item: Any) -> Submitted:
    if not isinstance(item, dict):
        raise _bad(path, "a batch is not an object")
    rows, round_ = item.get("rows"), item.get("round")
    if not (isinstance(round_, int) and round_ >= 1 and isinstance(rows, list)
            and all(isinstance(n, int) for n in rows)
            and isinstance(item.get("input_file"), str)
            and all(isinstance(item.get(k), str | None) for k in ("id", "status"))):  # fmt: skip
        raise _bad(path, "a batch lacks its round, rows or input file")
    return Submitted(round_, rows, item["input_file"], item.get("id"), item.get("status"))


def load(path: Path, settings: LLMSettings, input_file: Path) -> State | None:
    """The state saved for this output, checked against the settings and input of this run
    (``None`` when there is none)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise _bad(path, f"cannot be read ({exc})") from None
    try:
        data = json.loads(text)
    except ValueError:
        raise _bad(path, "not JSON") from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise _bad(path, "unknown version")
    if not all(isinstance(data.get(k), str) for k in ("api", "model", "input")):
        raise _bad(path, "no api, model or input")
    batches = data.get("batches")
    if not isinstance(batches, list):
        raise _bad(path, "no list of batches")
    state = State(path, data["api"], data["model"], data["input"],
                  [_submitted(path, item) for item in batches])  # fmt: skip
    if (state.api, state.model) != (api_of(settings), settings.model):
        raise SellermailError(
            f"--resume: the batches in {str(path)!r} were sent to {state.api} for "
            f"{state.model}; run with that API and model (now {api_of(settings)}, "
            f"{settings.model})"
        )
    if state.input != digest(input_file):
        raise SellermailError(
            f"--resume: {str(input_file)!r} changed since its batches were submitted; "
            "use the same input, or another --out"
        )
    return state


def fresh(path: Path, settings: LLMSettings, input_file: Path) -> State:
    return State(path, api_of(settings), settings.model, digest(input_file))
