"""Checks made before an operation whose result could exceed the bounds of
:mod:`sellermail.compose.limits`: repeating, widening and formatting strings, raising numbers to
powers, filters that make text or lists from a count, and ``str`` methods that do the same.

Each check refuses (:class:`~sellermail.compose.sources.TemplateRefused`) what would be too
big, from the sizes of its arguments, before anything is made.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import islice
from typing import Any

from sellermail.compose.limits import (
    MAX_INT_BITS,
    MAX_ITEMS,
    MAX_SIZE,
    check_count,
    check_size,
    weight,
)
from sellermail.compose.sources import TemplateRefused

#: ``%`` conversion specifiers: the width and the precision.
_PRINTF = r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?[a-zA-Z%]"
#: Filters written in Python that are slow on long text (``textwrap``, a regex per word, pprint).
MAX_SLOW_INPUT = 100_000
_SEQUENCES = (str, bytes, list, tuple)


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Before ``left <operator> right``."""
    if operator == "*":
        if isinstance(left, int) and isinstance(right, int):
            if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise TemplateRefused(f"makes a number over {MAX_INT_BITS:,} bits")
        elif isinstance(right, int) and isinstance(left, _SEQUENCES):
            check_size(weight(left) * right, "a repeated value")
        elif isinstance(left, int) and isinstance(right, _SEQUENCES):
            check_size(weight(right) * left, "a repeated value")
    elif operator == "**" and isinstance(left, int) and isinstance(right, int):
        if right > 0 and abs(left) > 1 and (abs(left).bit_length() - 1) * right > MAX_INT_BITS:
            raise TemplateRefused(f"makes a number over {MAX_INT_BITS:,} bits")
    elif operator == "%" and isinstance(left, str):
        check_printf(left, right)


def check_printf(fmt: str, values: Any) -> None:
    """Before ``fmt % values``: no ``*`` widths, no width over the limit, and a result that
    cannot exceed it (each conversion may print all of ``values``)."""
    specs = re.findall(_PRINTF, fmt)
    widest = 0
    for width, precision in specs:
        if "*" in (width, precision):
            raise TemplateRefused("'*' widths are not allowed in % formatting")
        widest = max(widest, _number(width), _number(precision))
    check_count(widest, "a % format width")
    check_size(len(fmt) + len(specs) * (widest + weight(values)), "a formatted text")


def check_format_spec(spec: str) -> None:
    """Before ``format(value, spec)`` (``str.format`` fields): widths and precisions."""
    for digits in re.findall(r"\d+", spec):
        check_count(_number(digits), "a format width")


def _number(digits: str) -> int:
    return int(digits or 0) if len(digits) <= 20 else 10**20


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _replaced(s: Any, old: Any, new: Any, count: Any = None) -> None:
    text, old, new = _text(s), _text(old), _text(new)
    found = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    check_size(len(text) + found * max(0, len(new) - len(old)), "a replaced text")


def _items(value: Any) -> list[Any]:
    items = list(islice(iter(value), MAX_SIZE + 1))
    check_size(len(items), "a list")
    return items


# Filter checks: called with the filter's own arguments (after the context, eval context or
# environment it may take); each returns the value to filter (an iterator read into a list).


def _center(value: Any, width: Any = 80) -> Any:
    check_count(width, "a center width")
    return value


def _indent(s: Any, width: Any = 4, first: Any = False, blank: Any = False) -> Any:
    text = _text(s)
    step = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
    check_size(len(text) + (text.count("\n") + 1) * max(step, 0), "an indented text")
    return s


def _wordwrap(
    s: Any, width: Any = 79, long: Any = True, wrapstring: Any = None, *_: Any, **__: Any
) -> Any:
    text = _text(s)
    check_count(len(text), "wordwrap's text length", MAX_SLOW_INPUT)
    check_size(len(text) * (1 + len(_text(wrapstring or "\n"))), "a wrapped text")
    return s


def _slow(value: Any, *_: Any, **__: Any) -> Any:
    check_count(weight(value, MAX_SLOW_INPUT), "this filter's input size", MAX_SLOW_INPUT)
    return value


def _replace(s: Any, old: Any = "", new: Any = "", count: Any = None) -> Any:
    _replaced(s, old, new, count)
    return s


def _format(value: Any, *args: Any, **kwargs: Any) -> Any:
    check_printf(_text(value), kwargs or args)
    return value


def _join(value: Any, d: Any = "", attribute: Any = None) -> Any:
    items = _items(value)
    check_size(weight(items) + len(items) * len(_text(d)), "a joined text")
    return items


def _batch(value: Any, linecount: Any = 1, *_: Any, **__: Any) -> Any:
    check_count(linecount, "a batch size", MAX_ITEMS)
    return value


def _slice(value: Any, slices: Any = 1, *_: Any, **__: Any) -> Any:
    check_count(slices, "a slice count", MAX_ITEMS)
    return value


def _sum(iterable: Any, attribute: Any = None, start: Any = 0) -> Any:
    if isinstance(start, (int, float)):
        return iterable
    items = _items(iterable)  # adding lists one by one copies them again and again
    check_count(len(items), "the number of lists to sum", 1_000)
    return items


def _tojson(value: Any, indent: Any = None) -> Any:
    check_count(indent, "a tojson indent", 16)
    return value


FILTER_CHECKS: dict[str, Callable[..., Any]] = {
    "center": _center,
    "indent": _indent,
    "wordwrap": _wordwrap,
    "urlize": _slow,
    "pprint": _slow,
    "replace": _replace,
    "format": _format,
    "join": _join,
    "batch": _batch,
    "slice": _slice,
    "sum": _sum,
    "tojson": _tojson,
}


def check_method(method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Before a call of a ``str`` (or ``bytes``) method that makes text from a count: the
    arguments to call it with (an iterator given to ``join`` read into a list)."""
    owner = getattr(method, "__self__", None)
    if not isinstance(owner, (str, bytes, bytearray)):
        return args
    name = getattr(method, "__name__", "")
    first = args[0] if args else next(iter(kwargs.values()), None)
    if name in ("center", "ljust", "rjust", "zfill"):
        check_count(first, f"a {name} width")
    elif name == "expandtabs":
        tabs = owner.count("\t") if isinstance(owner, str) else owner.count(b"\t")
        check_size(len(owner) + tabs * (first if isinstance(first, int) else 8), "a text")
    elif name == "replace" and len(args) >= 2:
        _replaced(owner, *args[:3])
    elif name == "join" and args:
        items = _items(args[0])
        check_size(weight(items) + len(items) * len(owner), "a joined text")
        return (items, *args[1:])
    elif name == "translate" and isinstance(owner, str):
        table = first
        if not isinstance(table, dict):
            raise TemplateRefused("str.translate() takes a dict here")
        longest = max((len(v) for v in table.values() if isinstance(v, str)), default=1)
        check_size(len(owner) * longest, "a translated text")
    return args


def join_checked(values: Iterable[Any]) -> None:
    """Before ``a ~ b ~ ...``: the parts together."""
    check_size(sum(weight(value) for value in values), "a joined text")
