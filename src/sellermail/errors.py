"""Exit statuses and the errors that carry them to the command line.

Every error a user can cause is a :class:`SellermailError`: the CLI prints its
one-line message on stderr and exits with its :attr:`~SellermailError.exit_status`.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit codes, a public contract (see DESIGN.md)."""

    OK = 0
    #: The guard found violations (``check``), a ``--strict`` polish fell back, or a batch
    #: row has an error or could not be sent (or, with ``--strict``, fell back).
    VIOLATIONS = 1
    #: Bad usage or bad input; the message names the field and what is wrong.
    BAD_INPUT = 2


class SellermailError(Exception):
    """An error caused by what the user gave; its message is one line."""

    exit_status = ExitStatus.BAD_INPUT


class FactError(SellermailError):
    """A fact that is missing, unknown, or not of its field's type."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class ScenarioError(SellermailError):
    """An unknown scenario, a broken template, or a refused channel or tone."""


def shown(value: str, limit: int = 60) -> str:
    """``value`` quoted for a one-line error: ``repr`` (line breaks escaped), cut to about
    ``limit`` characters with its length noted."""
    if len(value) <= limit:
        return repr(value)
    return f"{value[:limit]!r}… ({len(value):,} characters)"


def brief(value: object, limit: int = 80) -> str:
    """``repr(value)`` cut to about ``limit`` characters, for a one-line error; a value too
    large or too deep to show is named by its type."""
    try:
        text = repr(value)
    except (ValueError, RecursionError):  # an int of 4,300 digits and more; a deep list
        return f"<a {type(value).__name__} too large to show>"
    return text if len(text) <= limit else f"{text[:limit]}…"


def named(name: str, limit: int = 60) -> str:
    """A name (a field, a column header) for a one-line error: as it is when it is short and
    printable, else :func:`shown`."""
    return name if len(name) <= limit and name.isprintable() else shown(name, limit)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return `` (did you mean 'x'?)`` for the closest choice, or an empty string."""
    if len(word) > 64:  # no name is that long; comparing a huge word would take seconds
        return ""
    import difflib  # only on the error path: start-up stays light

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
