"""The event loop behind the blocking :func:`sellermail.llm.client.send`.

A request's deadline is only a deadline if a read that hangs (a server that never answers, or
sends one byte every few seconds) can be cut off: asyncio can cancel a pending read, a blocking
socket cannot be. So the blocking ``send`` runs the asynchronous one on this loop, which lives
in a daemon thread of its own: it works the same whether or not the caller runs an event loop
itself, and its clients (with their open connections) are kept between requests. A forked child
starts a loop of its own.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")

_lock = threading.Lock()
_loop: asyncio.AbstractEventLoop | None = None


def _forget() -> None:
    """In a forked child the loop's thread is gone: start again."""
    global _loop, _lock
    _loop = None
    _lock = threading.Lock()


os.register_at_fork(after_in_child=_forget)


def loop() -> asyncio.AbstractEventLoop:
    """The loop (started on first use)."""
    global _loop
    with _lock:
        if _loop is None:
            fresh = asyncio.new_event_loop()
            thread = threading.Thread(target=fresh.run_forever, name="sellermail-llm",
                                      daemon=True)  # fmt: skip
            thread.start()
            _loop = fresh
        return _loop


def run(work: Coroutine[Any, Any, T], limit: float) -> T:
    """Run ``work`` on the loop and wait for its result (its own deadline ends it; ``limit``
    seconds is a last resort). Ctrl-C, or the limit, cancels it."""
    future: Future[T] = asyncio.run_coroutine_threadsafe(work, loop())
    try:
        return future.result(timeout=limit)
    except BaseException:
        future.cancel()
        raise
