"""The bounds every template rendering stays within, and the budget that counts its work.

A rendering (one :meth:`~jinja2.Template.render`, or one scenario's body or subject with the
templates it includes) has a :class:`Budget`: at most :data:`MAX_STEPS` steps (loop
iterations, calls, filters, attribute look-ups, printed values) and :data:`TIME_LIMIT`
seconds, checked at every step. Each value a template makes (a string, a list, a number) is at
most :data:`MAX_SIZE` characters or items, counted through nested lists so that a list of
lists of the same list counts every time it is reached, and all of them together at most
:data:`MAX_MADE`; numbers have at most :data:`MAX_INT_BITS` bits; the text is at most
:data:`MAX_OUTPUT` characters; calls nest at most :data:`MAX_DEPTH` deep. What could exceed a
bound is refused before it is computed wherever the size is known in advance (``'x' * n``,
``center(n)``, ``range(n)``), and checked right after otherwise.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from jinja2.utils import Namespace

from sellermail.compose.sources import TemplateRefused

#: The longest text a rendering produces, in characters.
MAX_OUTPUT = 1_000_000
#: The largest value a template makes: characters of a string, items of a list (nested lists
#: counted through, a shared one each time it is reached).
MAX_SIZE = 1_000_000
#: All the values a rendering makes, together.
MAX_MADE = 16_000_000
#: Items of a ``range()`` and of a list that a filter makes from a count.
MAX_ITEMS = 100_000
#: Steps of one rendering: loop iterations, calls, filters, attribute look-ups, printed values.
MAX_STEPS = 500_000
#: Seconds one rendering may take.
TIME_LIMIT = 3.0
#: How deep macro (and other) calls may nest.
MAX_DEPTH = 64
#: The largest whole number a template makes (about 3,900 digits: every one can be printed).
MAX_INT_BITS = 13_000
#: Tokens of one template: what compiling it costs is bounded by this.
MAX_TOKENS = 20_000


class Budget:
    """What one rendering has spent (a plain class: a dataclass costs start-up time)."""

    __slots__ = ("deadline", "depth", "made", "steps")

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.steps = 0
        self.made = 0
        self.depth = 0


class _Current(threading.local):
    budget: Budget | None = None


_CURRENT = _Current()


@contextmanager
def budget() -> Iterator[Budget]:
    """The budget of the rendering under way in this thread, or a new one for a rendering that
    starts here."""
    if _CURRENT.budget is not None:
        yield _CURRENT.budget
        return
    _CURRENT.budget = fresh = Budget(time.monotonic() + TIME_LIMIT)
    try:
        yield fresh
    finally:
        _CURRENT.budget = None


def current() -> Budget | None:
    return _CURRENT.budget


def tick(steps: int = 1) -> None:
    """Count ``steps`` against the rendering's budget (none outside a rendering: compiling)."""
    spent = _CURRENT.budget
    if spent is None:
        return
    spent.steps += steps
    if spent.steps > MAX_STEPS:
        raise TemplateRefused(f"takes too long (over {MAX_STEPS:,} steps)")
    if time.monotonic() > spent.deadline:
        raise TemplateRefused(f"takes too long (over {TIME_LIMIT:g} seconds)")


def weight(value: Any, cap: int = MAX_SIZE) -> int:
    """How big ``value`` is when printed or compared, roughly: characters of strings, items of
    lists, tuples, sets and dicts (keys and values), counted through nesting; a shared part
    counts each time it is reached; a string in a list counts one more than its length, as an
    empty one still prints. Stops counting once over ``cap``."""
    total = -1 if isinstance(value, (str, bytes, bytearray)) else 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, (str, bytes, bytearray)):
            total += len(item) + 1
        elif isinstance(item, (list, tuple, set, frozenset)):
            total += 1
            stack.extend(item)
        elif isinstance(item, dict):
            total += 1
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, int):
            total += item.bit_length() // 3 + 1
        else:
            total += 1
            if isinstance(item, Namespace):  # a namespace() prints its dict
                stack.append(object.__getattribute__(item, "_Namespace__attrs"))
        if total > cap:
            break
    return total


def made(value: Any) -> Any:
    """``value``, once it is known to be within :data:`MAX_SIZE` and counted against
    :data:`MAX_MADE`."""
    if isinstance(value, str):  # the usual case, first
        size = len(value)
    elif isinstance(value, (bool, float, type(None))):
        return value
    elif isinstance(value, int):
        check_int(value)
        return value
    else:
        size = weight(value)
    if size > MAX_SIZE:
        raise TemplateRefused(f"makes a value over {MAX_SIZE:,} characters or items")
    spent = _CURRENT.budget
    if spent is not None:
        spent.made += size
        if spent.made > MAX_MADE:
            raise TemplateRefused(f"makes over {MAX_MADE:,} characters or items in all")
    return value


def check_int(value: int) -> None:
    if value.bit_length() > MAX_INT_BITS:
        raise TemplateRefused(f"makes a number over {MAX_INT_BITS:,} bits")


def check_size(size: int, what: str = "a value") -> None:
    """Refuse, before it is made, ``what`` that would be ``size`` characters or items."""
    if size > MAX_SIZE:
        raise TemplateRefused(f"would make {what} over {MAX_SIZE:,} characters or items")


def check_count(count: Any, what: str, limit: int = MAX_SIZE) -> None:
    """Refuse a width, count or length (``what``) given as a number over ``limit``."""
    if isinstance(count, int) and count > limit:
        raise TemplateRefused(f"{what} is {count:,}, over the limit of {limit:,}")


def bounded_list(pieces: Iterator[str] | list[str]) -> list[str]:
    """The pieces of a text, refused once they pass :data:`MAX_OUTPUT` characters."""
    out: list[str] = []
    size = 0
    for piece in pieces:
        size += len(piece)
        if size > MAX_OUTPUT:
            raise TemplateRefused(f"the text is over {MAX_OUTPUT:,} characters")
        out.append(piece)
    return out


def bounded_join(pieces: Iterator[str] | list[str]) -> str:
    """``"".join(pieces)`` within :data:`MAX_OUTPUT`: the environment's ``concat`` (of a
    rendering, a macro, a block, a filter block); an imported template's text is
    :func:`bounded_list`."""
    return "".join(bounded_list(pieces))
