"""Facts: gathered from a facts file, ``--set`` assignments and defaults, then validated.

Strength, weakest first: field defaults < facts file < ``--set``. Every value is parsed by its
field's type (:mod:`sellermail.fieldtypes`); an unknown field, a missing required field or a bad
value is a :class:`~sellermail.errors.FactError` naming the field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sellermail.compose.catalogue import FieldSpec, Scenario
from sellermail.compose.fieldtypes import LIST_TYPES, PARSERS, Context, parse_marketplace
from sellermail.compose.notation import (
    choose,
    default_text,
    home_marketplace,
    language_name,
    locale,
    marketplace_language,
)
from sellermail.errors import FactError, SellermailError, brief, did_you_mean, named


@dataclass(frozen=True)
class Facts:
    """Validated, typed facts of one message, in the scenario's field order."""

    values: dict[str, Any]
    #: Fields the user gave (the rest came from defaults).
    given: frozenset[str]
    #: Non-fatal remarks, e.g. a tracking number failing its check digit.
    warnings: tuple[str, ...] = field(default=())
    #: The language the message is written in (see :func:`sellermail.compose.notation.choose`).
    language: str = "en"
    #: The notation its facts are written in: the language's, or a locale's (``es-MX``).
    locale: str = "en"


def read_facts_file(path: Path | str) -> dict[str, Any]:
    """Read a YAML or JSON mapping of field -> value (in any encoding the decoder reads; see
    :mod:`sellermail.io.structured` for what is refused: deep nesting, YAML aliases, a key
    given twice, a key that is not text)."""
    from sellermail.io.files import read_text

    path = Path(path)
    where = f"facts file {str(path)!r}"
    return facts_from_text(read_text(path, where), where, json=path.suffix.lower() == ".json")


def facts_from_text(text: str, where: str, *, json: bool = False) -> dict[str, Any]:
    """A facts file's text (YAML, or JSON when ``json``) as its mapping; ``where`` names it in
    errors."""
    from sellermail.io.structured import DataError, parse_json, parse_yaml

    try:
        data = parse_json(text) if json else parse_yaml(text)
    except DataError as exc:
        raise SellermailError(f"{where}: {exc}") from None
    if data is None or data == "":
        return {}
    if not isinstance(data, dict):
        raise SellermailError(f"{where}: must be a mapping of field: value")
    return data


class Repeated(list[Any]):
    """The values of a field given more than once with ``--set``: a list field takes them all,
    a one-value field the last (any other list for a one-value field is an error)."""


def parse_assignments(assignments: Iterable[str]) -> dict[str, Any]:
    """``["a=1", "b=x,y"]`` -> ``{"a": "1", "b": "x,y"}``; a repeated field collects a list."""
    result: dict[str, Any] = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise SellermailError(f"--set: {item!r} is not field=value")
        if name in result:
            previous = result[name]
            result[name] = Repeated(
                [*(previous if isinstance(previous, list) else [previous]), value]
            )
        else:
            result[name] = value
    return result


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, list):
        return not any(not isinstance(item, str) or item.strip() for item in value)
    return isinstance(value, str) and not value.strip()


def _default(spec: FieldSpec, raw: Mapping[str, Any], language: str) -> Any:
    """The field's default (an English default text as ``language`` says it); ``{field}``
    references are filled from the other raw facts."""
    default = spec.default
    if spec.type in LIST_TYPES or not isinstance(default, (str, list)):
        return default
    for english in default if isinstance(default, list) else [default]:
        candidate = default_text(english, language)
        refs = re.findall(r"\{(\w+)\}", candidate)
        if not any(_blank(raw.get(ref)) for ref in refs):
            return candidate.format(**{ref: raw[ref] for ref in refs})
    return None


def _flatten(spec: FieldSpec, value: Any) -> Any:
    """A repeated ``--set`` of a one-value field keeps the last; of a list field, all items.
    A list from anywhere else (a facts file, a batch row) for a one-value field is an error:
    which of its items was meant is for the user to say."""
    if isinstance(value, list) and spec.type not in LIST_TYPES:
        if not isinstance(value, Repeated):
            raise FactError(spec.name, f"expected one value, got a list {brief(list(value))}")
        return value[-1]
    return value


def resolve(
    scenario: Scenario,
    *sources: Mapping[str, Any],
    channel: str = "amazon",
    language: str | None = None,
) -> Facts:
    """Merge ``sources`` (weakest first) with the defaults and validate every field, for a
    message in ``language`` (by default the marketplace's, see
    :func:`~sellermail.compose.notation.choose`)."""
    if language is not None:
        language = choose(scenario, language, None)
    raw: dict[str, Any] = {}
    for source in sources:
        for name, value in source.items():
            if not isinstance(name, str):
                raise FactError("facts", f"a field name must be text, not {type(name).__name__}")
            if name not in scenario.fields:
                hint = did_you_mean(name, scenario.fields)
                raise FactError(named(name), f"is not a field of {scenario.id}{hint}")
            raw[name] = value
    given = frozenset(name for name, value in raw.items() if not _blank(value))
    ctx = Context(channel=channel)
    marketplace = raw.get("marketplace")
    if _blank(marketplace) and "marketplace" in scenario.fields:
        # a message asked for in a marketplace's language is for that marketplace (its bare
        # amounts in its currency) unless the facts name another
        home = home_marketplace(language) if language else None
        marketplace = home or scenario.fields["marketplace"].default
        if home:
            raw["marketplace"] = home
    marketplace = marketplace.strip() if isinstance(marketplace, str) else None
    if language is None:
        language = choose(scenario, None, marketplace)
        wanted = marketplace_language(marketplace) if scenario.is_buyer_message else "en"
        if language != wanted:  # a user's scenario without the marketplace's language
            ctx.warnings.append(
                f"language: {scenario.id} has no {language_name(wanted)} template ({wanted}/"
                f"{scenario.id}.j2), the language of {marketplace}: it is written in English"
            )
    values: dict[str, Any] = {}
    order = sorted(scenario.fields.values(), key=lambda spec: spec.name != "marketplace")
    for spec in order:
        value = raw.get(spec.name)
        if _blank(value):
            if spec.required:
                raise FactError(spec.name, f"is required ({spec.help or spec.type})")
            value = _default(spec, raw, language)
            if value is None:
                continue
        parse = parse_marketplace if spec.name == "marketplace" else PARSERS[spec.type]
        values[spec.name] = parse(spec.name, _flatten(spec, value), ctx)
    ordered = {name: values[name] for name in scenario.fields if name in values}
    _check_spans(ordered)
    return Facts(ordered, given, tuple(ctx.warnings), language, locale(language, marketplace))


def _check_spans(values: Mapping[str, Any]) -> None:
    """A span of two dates (``X_from`` and ``X_to``) runs forwards."""
    for name, start in values.items():
        if not name.endswith("_from"):
            continue
        end = values.get(f"{name.removesuffix('_from')}_to")
        if isinstance(start, dt.date) and isinstance(end, dt.date) and start > end:
            raise FactError(
                name,
                f"{start.isoformat()} is after {name.removesuffix('_from')}_to "
                f"{end.isoformat()} (a span runs from the earlier date to the later)",
            )
