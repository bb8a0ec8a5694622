"""Front matter: the YAML between a template's two ``---`` lines, read with bounds and checked
key by key, so that a template of the wrong shape is one line naming the template and the key.

The YAML is at most :data:`MAX_FRONT_MATTER` characters and :data:`MAX_NODES` values, without
anchors and aliases (``&a`` / ``*a``: nothing a scenario needs, and the way to a "billion
laughs"); an error names the line, never quotes the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from sellermail.errors import ScenarioError, did_you_mean

#: The longest front matter (or ``_common.yaml``) read, in characters.
MAX_FRONT_MATTER = 64_000
#: The most values (strings, numbers, lists, mappings) in one.
MAX_NODES = 10_000

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SCALARS = (str, int, float, dt.date)


def split_front_matter(source: str, path: Path) -> tuple[str, str]:
    """Split ``---`` front matter from the body; the body keeps its line numbers."""
    lines = source.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise ScenarioError(f"template {path.name}: must start with '---' front matter")
    for end, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return "".join(lines[1:end]), "\n" * (end + 1) + "".join(lines[end + 1 :])
    raise ScenarioError(f"template {path.name}: front matter has no closing '---'")


def load_yaml(text: str, where: str) -> Any:
    """The YAML document ``text``, within the bounds of this module."""
    if len(text) > MAX_FRONT_MATTER:
        raise ScenarioError(f"{where}: is over {MAX_FRONT_MATTER:,} characters of YAML")
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "cannot be read"
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ScenarioError(f"{where}: invalid YAML{at} ({' '.join(problem.split())})") from None
    except (RecursionError, MemoryError):
        raise ScenarioError(f"{where}: invalid YAML (nested too deeply)") from None
    _check_nodes(data, where)
    return data


def _check_nodes(data: Any, where: str) -> None:
    seen: set[int] = set()
    stack = [data]
    count = 0
    while stack:
        item = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise ScenarioError(f"{where}: has over {MAX_NODES:,} YAML values")
        if isinstance(item, (list, dict)):
            if id(item) in seen:
                raise ScenarioError(f"{where}: YAML anchors and aliases (&, *) are not allowed")
            seen.add(id(item))
            stack.extend(item if isinstance(item, list) else [*item.keys(), *item.values()])


def kind(value: Any) -> str:
    """How a YAML value reads, for an error: ``a number (5)``, ``a list``, ``empty (null)``."""
    if value is None:
        return "empty (null)"
    names = {bool: "true/false", int: "a number", float: "a number", str: "a string",
             list: "a list", dict: "a mapping"}  # fmt: skip
    name = names.get(type(value), type(value).__name__)
    if isinstance(value, (bool, int, float)) or (isinstance(value, str) and len(value) <= 40):
        return f"{name} ({value!r})"
    return name


class Reader:
    """The values of one mapping (a front matter, a field spec), each checked for its type:
    a wrong one is a :class:`~sellermail.errors.ScenarioError` naming ``where`` and the key."""

    def __init__(
        self, data: Any, where: str, keys: Iterable[str], required: Iterable[str] = ()
    ) -> None:
        self.where = where
        if not isinstance(data, dict):
            raise ScenarioError(f"{where}: must be a mapping of key: value, not {kind(data)}")
        known = tuple(keys)
        for key in data:
            if key not in known:
                hint = did_you_mean(str(key), known)
                raise ScenarioError(f"{where}: unknown key {str(key)!r}{hint}")
        missing = [key for key in required if key not in data]
        if missing:
            raise ScenarioError(f"{where}: lacks {missing[0]!r}")
        self.data: dict[str, Any] = data

    def fail(self, key: str, expected: str) -> ScenarioError:
        return ScenarioError(
            f"{self.where}: {key} must be {expected}, not {kind(self.data.get(key))}"
        )

    def text(self, key: str, default: str | None = None, *, empty: bool = True) -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str) or (not empty and not value.strip()):
            raise self.fail(key, "a string" if empty else "a non-empty string")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.data.get(key)
        return None if value is None else self.text(key)

    def choice(self, key: str, choices: Iterable[str], default: str | None = None) -> str:
        value = self.data.get(key, default)
        options = tuple(choices)
        if not isinstance(value, str) or value not in options:
            raise self.fail(key, f"one of {', '.join(options)}")
        return value

    def choices(self, key: str, choices: Iterable[str], default: Iterable[str]) -> tuple[str, ...]:
        options = tuple(choices)
        values = self.strings(key, default)
        if not values:
            raise self.fail(key, f"a list of some of {', '.join(options)}")
        for value in values:
            if value not in options:
                hint = did_you_mean(value, options)
                raise ScenarioError(
                    f"{self.where}: {key}: unknown {key.rstrip('s')} {value!r}{hint}"
                    f" (expected some of {', '.join(options)})"
                )
        return values

    def strings(self, key: str, default: Iterable[str] = ()) -> tuple[str, ...]:
        value = self.data.get(key, list(default))
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.fail(key, "a list of strings")
        return tuple(value)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, "true or false")
        return value

    def mapping(self, key: str, default: dict[str, Any] | None = None) -> dict[str, Any]:
        value = self.data.get(key, {} if default is None else default)
        if not isinstance(value, dict) or not all(isinstance(name, str) for name in value):
            raise self.fail(key, "a mapping with names as keys")
        return dict(value)

    def value(self, key: str, *, lists: bool = True) -> Any:
        """A scalar (string, number, date), a list of scalars when ``lists``, or absent."""
        value = self.data.get(key)
        if value is None or is_scalar(value):
            return value
        if lists and isinstance(value, list) and all(is_scalar(item) for item in value):
            return value
        raise self.fail(key, "a string, a number" + (" or a list of them" if lists else ""))


def is_scalar(value: Any) -> bool:
    return isinstance(value, _SCALARS) and not isinstance(value, bool)
