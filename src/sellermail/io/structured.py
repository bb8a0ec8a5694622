"""JSON and YAML from the user (facts files, column maps, JSON Lines rows), read defensively.

- Nesting is bounded (:data:`MAX_DEPTH` levels): a facts file is a mapping of values and
  lists, so ``[[[[...`` ten thousand deep is a mistake (or an attack), not facts.
- YAML aliases (``*name``) are refused altogether: a facts file has no use for them, and a few
  hundred bytes of nested aliases expand to gigabytes (the "billion laughs").
- A key given twice is an error naming it (a parser would silently keep the last).
- A YAML key must be text: a list or mapping as a key is an error.
- Every YAML scalar stays a string (``0123`` must not become 83, nor ``2014-01-23`` a date),
  unless ``nulls`` asks for a plain ``null``/``~``/empty value to be ``None``.

Every problem is a :class:`DataError` whose text the caller prefixes with the input's name.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from sellermail.errors import shown

#: The deepest nesting of lists and mappings accepted (a facts file needs two or three).
MAX_DEPTH = 20
NESTED = f"is nested more than {MAX_DEPTH} levels deep"

_Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


class DataError(ValueError):
    """Why a text is not usable data; ``syntax`` when it is not JSON (or YAML) at all."""

    def __init__(self, problem: str, *, syntax: bool = False, reason: str = "") -> None:
        super().__init__(problem)
        self.syntax = syntax
        #: The parser's own words, for a syntax error.
        self.reason = reason or problem


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise DataError(f"the key {shown(key)} is given twice; keep one")
        found[key] = value
    return found


def parse_json(text: str) -> Any:
    """``text`` as JSON, checked as the module docstring says."""
    try:
        data = json.loads(text, object_pairs_hook=_unique)
    except json.JSONDecodeError as exc:
        problem = f"invalid JSON at line {exc.lineno}: {exc.msg}"
        raise DataError(problem, syntax=True, reason=exc.msg) from None
    except RecursionError:
        raise DataError(NESTED) from None
    except ValueError as exc:  # a number of more than 4,300 digits
        if isinstance(exc, DataError):
            raise
        raise DataError("holds a number too long to read (more than 4,300 digits)") from None
    if not depth_ok(data):
        raise DataError(NESTED)
    return data


def depth_ok(data: Any) -> bool:
    """Whether ``data`` nests lists and mappings :data:`MAX_DEPTH` levels deep at most."""
    stack = [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, (list, tuple)):
            children = item
        else:
            continue
        if depth > MAX_DEPTH:
            return False
        stack.extend((child, depth + 1) for child in children)
    return True


def parse_yaml(text: str, *, nulls: bool = False) -> Any:
    """``text`` as one YAML document, built from the parser's events (see the module
    docstring); ``None`` for an empty document."""
    loader = _Loader(text)
    try:
        return _Builder(nulls).build(loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark else ""
        raise DataError(f"invalid YAML{at}", syntax=True) from None
    finally:
        loader.dispose()


class _NoKey:
    """A mapping waiting for its next key."""


_NO_KEY = _NoKey()


class _Builder:
    def __init__(self, nulls: bool) -> None:
        self.nulls = nulls
        self.root: Any = None
        #: The open lists and mappings, innermost last, each with its pending key.
        self.open: list[tuple[list[Any] | dict[str, Any], list[Any]]] = []

    def build(self, loader: Any) -> Any:
        documents = 0
        while loader.check_event():
            event = loader.get_event()
            line = event.start_mark.line + 1
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise DataError(f"line {line}: a second YAML document (---); keep one")
            elif isinstance(event, yaml.AliasEvent):
                raise DataError(
                    f"line {line}: YAML aliases (*{event.anchor}) are not allowed here; "
                    "write the value out in full"
                )
            elif isinstance(event, yaml.ScalarEvent):
                self._scalar(event, line)
            elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                self._start([] if isinstance(event, yaml.SequenceStartEvent) else {}, line)
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                self.open.pop()
        return self.root

    def _scalar(self, event: Any, line: int) -> None:
        value: str = event.value
        if self.open and isinstance(self.open[-1][0], dict) and self.open[-1][1][0] is _NO_KEY:
            mapping, pending = self.open[-1]
            if value in mapping:
                raise DataError(f"line {line}: the key {shown(value)} is given twice; keep one")
            pending[0] = value
            return
        plain_null = self.nulls and event.implicit[0] and value in _NULLS  # plain, not quoted
        self._add(None if plain_null else value)

    def _start(self, container: list[Any] | dict[str, Any], line: int) -> None:
        if self.open and isinstance(self.open[-1][0], dict) and self.open[-1][1][0] is _NO_KEY:
            raise DataError(f"line {line}: a key must be text, not a list or mapping")
        if len(self.open) >= MAX_DEPTH:
            raise DataError(f"line {line}: {NESTED}")
        self._add(container)
        self.open.append((container, [_NO_KEY]))

    def _add(self, value: Any) -> None:
        if not self.open:
            self.root = value
            return
        container, pending = self.open[-1]
        if isinstance(container, list):
            container.append(value)
        else:
            container[pending[0]] = value
            pending[0] = _NO_KEY
