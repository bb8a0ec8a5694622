"""The guard: a text against the ledger of facts it must keep and the channel's policy.

``guard(ledger, text)`` is pure; :func:`sellermail.ledger_for` makes a ledger by rendering.
The names below are imported on first use: the command line imports :mod:`.secrets` (to mask
what it prints) on every start, and must not pay for the rules with it."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sellermail.guard.verdict import Report, Violation, guard

__all__ = ["Report", "Violation", "guard"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'sellermail.guard' has no attribute {name!r}")
    value = getattr(import_module("sellermail.guard.verdict"), name)
    globals()[name] = value
    return value
