"""The guard: a text against the ledger of facts it must keep and the channel's policy.

``guard(ledger, text)`` is pure; :func:`sellermail.ledger_for` makes a ledger by rendering."""

from sellermail.guard.verdict import Report, Violation, guard

__all__ = ["Report", "Violation", "guard"]
