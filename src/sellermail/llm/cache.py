"""The response cache: a model's replies on disk, so that running a batch again costs no tokens.

A reply is stored under a hash of everything that determines it — the API's base URL, the
model, the whole request (messages, temperature, length limit) — and only a complete answer is
kept (transport failures are not). One SQLite file in the user's cache folder; each reply is
committed as it arrives, so a killed run keeps what it paid for.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from sellermail.io.paths import user_dir
from sellermail.llm.client import ChatRequest, Completion
from sellermail.llm.config import LLMSettings

if TYPE_CHECKING:
    import sqlite3


def default_path() -> Path:
    return user_dir("cache") / "responses.sqlite3"


def key(request: ChatRequest, settings: LLMSettings) -> str:
    """The cache key of ``request`` sent to ``settings``' API."""
    identity = {"base_url": settings.base_url or "https://api.openai.com/v1",
                "request": request.payload()}  # fmt: skip
    text = json.dumps(identity, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ResponseCache:
    """``get``/``put`` replies by :func:`key`. A cache that cannot be opened (a read-only
    home, a damaged file) turns itself off and says why in ``problem``: a batch still runs,
    only without savings."""

    def __init__(self, path: Path | None = None) -> None:
        import sqlite3

        self.path = path or default_path()
        self.problem: str | None = None
        self._db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS replies (key TEXT PRIMARY KEY, reply TEXT)")
            self._db = db
        except (OSError, sqlite3.Error) as exc:
            self.problem = f"the response cache {str(self.path)!r} is off ({exc})"

    def get(self, cache_key: str) -> Completion | None:
        if self._db is None:
            return None
        row = self._db.execute("SELECT reply FROM replies WHERE key = ?", (cache_key,)).fetchone()
        return None if row is None else Completion(**json.loads(row[0]))

    def put(self, cache_key: str, completion: Completion) -> None:
        if self._db is not None and completion.finish_reason is not None:
            self._db.execute(
                "INSERT OR REPLACE INTO replies VALUES (?, ?)",
                (cache_key, json.dumps(asdict(completion), ensure_ascii=False)),
            )

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
