"""The response cache: a model's replies on disk, so that running a batch again costs no tokens.

A reply is stored under a hash of everything that determines it — the API's base URL, the
model, the whole request (messages, temperature, length limit) — and only a complete answer is
kept (transport failures, replies that are not chat completions, and replies holding the
configured key or anything shaped like a secret are not). One SQLite file in the user's cache
folder, readable by the user alone (the file 0600, the folder 0700); each reply is committed as
it arrives, so a killed run keeps what it paid for.
"""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import suppress
from dataclasses import asdict, fields
from pathlib import Path
from typing import TYPE_CHECKING

from sellermail.guard.secrets import secrets_in
from sellermail.io.paths import private_folder, user_dir
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


def _sound(completion: Completion) -> bool:
    """An entry as :meth:`ResponseCache.put` writes it: texts, counts, no secret."""
    texts = (completion.finish_reason, completion.refusal)
    counts = (completion.prompt_tokens, completion.completion_tokens)
    return (
        isinstance(completion.text, str)
        and all(value is None or isinstance(value, str) for value in texts)
        and all(isinstance(n, int) and not isinstance(n, bool) for n in counts)
        and completion.problem is None
        and not secrets_in(f"{completion.text}\n{completion.refusal or ''}")
    )


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
            private_folder(self.path.parent)
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
            for made in (self.path, *self.path.parent.glob(f"{self.path.name}-*")):
                made.chmod(0o600)  # made by an older version, or under umask 0
            db = sqlite3.connect(self.path, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS replies (key TEXT PRIMARY KEY, reply TEXT)")
            self._db = db
        except (OSError, sqlite3.Error) as exc:
            self.problem = f"the response cache {str(self.path)!r} is off ({exc})"

    def get(self, cache_key: str) -> Completion | None:
        """The reply kept under ``cache_key``; a damaged or foreign entry counts as none."""
        import sqlite3

        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT reply FROM replies WHERE key = ?", (cache_key,))
            found = row.fetchone()
            if found is None:
                return None
            data = json.loads(found[0])
            known = {f.name for f in fields(Completion)}
            completion = Completion(**{k: v for k, v in data.items() if k in known})
        except (sqlite3.Error, ValueError, TypeError, AttributeError, RecursionError):
            return None
        if not _sound(completion):
            return None
        return completion

    def put(self, cache_key: str, completion: Completion) -> None:
        """Keep a complete reply; a reply holding a secret, or that is no chat completion,
        is not kept."""
        import sqlite3

        if self._db is None or completion.finish_reason is None or completion.problem:
            return
        if secrets_in(f"{completion.text}\n{completion.refusal or ''}"):
            return
        with suppress(sqlite3.Error):
            self._db.execute(
                "INSERT OR REPLACE INTO replies VALUES (?, ?)",
                (cache_key, json.dumps(asdict(completion), ensure_ascii=False)),
            )

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
