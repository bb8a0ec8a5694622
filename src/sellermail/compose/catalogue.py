"""The scenario catalogue: each template file's front matter is its scenario's spec.

A template is ``<id>.j2``: YAML front matter between two ``---`` lines, then the Jinja2 body.
Built-in templates ship inside the package; a user's templates folder is searched first, so a
user can add scenarios or override built-in ones in the same format. Files whose names start
with ``_`` are shared partials (tone macros, common fields), not scenarios. A buyer scenario is
written in another language by ``<lang>/<id>.j2`` (the body, and a front matter holding only
its ``subject:`` when the English one has a subject), with that language's partials in
``<lang>/``.

A :class:`Catalogue` is the set of scenarios one run can use (the built-in ones, or a user's
folder and the built-in ones); whoever needs a scenario asks it, by id or by title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sellermail.compose.fieldtypes import LIST_TYPES, PARSERS, Context
from sellermail.compose.frontmatter import Reader, is_scalar, kind, load_yaml, split_front_matter
from sellermail.compose.notation import LANGUAGES
from sellermail.compose.sources import TemplateRefused, find, read_source
from sellermail.errors import FactError, ScenarioError, did_you_mean
from sellermail.io.paths import data_dir

TONES = ("neutral", "friendly", "formal", "apologetic", "firm", "concise")
CHANNELS = ("amazon", "email", "ebay", "walmart")
RECIPIENTS = ("buyer", "amazon", "seller")
#: Categories in catalogue order (the sections of the scenario spec).
CATEGORIES = ("listing", "appeal", "review", "return", "shipping", "after-sales")
SUFFIX = ".j2"
COMMON_FILE = "_common.yaml"

KEEP = ("verbatim", "addressee", "typed", "items", "free")
DEFAULT_KEEP = {"name": "verbatim", "text": "free", "list": "items", "offers": "free"}


@dataclass(frozen=True)
class FieldSpec:
    """One field of a scenario."""

    #: The field name, a public contract (facts files, CSV columns).
    name: str
    #: One of the types in :data:`sellermail.fieldtypes.PARSERS`.
    type: str
    #: A missing required field is an error.
    required: bool = False
    #: The value when the field is omitted. For ``name``/``text`` fields a list of
    #: candidates such as ``["{store_name} Customer Service", "Customer Service"]``:
    #: the first whose ``{field}`` references are all given is used.
    default: Any = None
    #: One line for ``show`` and for error messages.
    help: str = ""
    #: How a rewrite must keep the value (the guard's rule): ``verbatim`` (at least once, as
    #: written), ``addressee`` (a person written to: any part of the name, as each language
    #: addresses people: first name, title and surname, the whole), ``typed`` (the same fact
    #: in any equivalent notation), ``items`` (each list item's numbers and names), or
    #: ``free`` (guides the wording only). Defaults by type.
    keep: str = ""

    def __post_init__(self) -> None:
        if not self.keep:
            object.__setattr__(self, "keep", DEFAULT_KEEP.get(self.type, "typed"))


@dataclass(frozen=True, eq=False)
class Scenario:
    """A scenario: its spec (from the front matter) and where its template lives. Compared
    and hashed by identity: the catalogue loads each template file once."""

    id: str
    title: str
    title_zh: str
    category: str
    #: Who reads the message: ``buyer``, ``amazon`` (Seller Performance) or ``seller``.
    recipient: str
    #: The tone used when the user names none.
    tone: str
    #: Channels the scenario may be sent on.
    channels: tuple[str, ...]
    #: Channel -> why the scenario is refused there.
    refused: dict[str, str]
    fields: dict[str, FieldSpec]
    #: A facts mapping that renders; ``show`` prints it.
    example: dict[str, Any]
    #: Jinja2 source of the subject line, for messages sent by e-mail (appeals, letters).
    subject: str | None
    path: Path = field(compare=False)
    #: A marketing message (the e-mail channel then requires an opt-out line).
    marketing: bool = False
    #: The folders its template and the partials it imports are found in, the user's first.
    folders: tuple[Path, ...] = field(default=(), compare=False)
    #: The languages it is written in: English, and each ``<lang>/<id>.j2`` of its folders
    #: (buyer messages only: the others stay English).
    languages: tuple[str, ...] = ("en",)
    #: What the scenario's situation has already made so, as the guard's claim names
    #: ("resent": the replacement was sent): a draft may state it in any words.
    premises: tuple[str, ...] = ()

    @property
    def is_buyer_message(self) -> bool:
        return self.recipient == "buyer"


def builtin_dir() -> Path:
    """The built-in templates: inside the installed package, or the source checkout's."""
    return data_dir("templates")


def search_path(templates_dir: Path | None) -> tuple[Path, ...]:
    """The folders to look in, the user's first."""
    if templates_dir is None:
        return (builtin_dir(),)
    if not templates_dir.is_dir():
        raise ScenarioError(f"templates dir: {str(templates_dir)!r} is not a folder")
    return (templates_dir, builtin_dir())


def _read(folder: Path, name: str) -> str:
    """A file of a templates folder (see :mod:`sellermail.compose.sources`)."""
    try:
        path = find(folder, name)
        if path is None:
            raise TemplateRefused("no such file")
        return read_source(path)
    except TemplateRefused as exc:
        raise ScenarioError(f"template {name}: {exc}") from None


@cache
def _common(folder: Path) -> dict[str, Any]:
    if not (folder / COMMON_FILE).is_file():
        return {}
    groups = load_yaml(_read(folder, COMMON_FILE), f"template {COMMON_FILE}")
    if not isinstance(groups, dict) or not all(isinstance(group, str) for group in groups):
        raise ScenarioError(f"template {COMMON_FILE}: must be a mapping of group: fields")
    return groups


def _field(scenario_id: str, name: str, raw: Any, channel: str | None) -> FieldSpec:
    where = f"template {scenario_id}: field {name}"
    if not (name.isascii() and name.isidentifier() and name.islower() and name[0] != "_"):
        raise ScenarioError(f"{where}: a field name is lower-case letters, digits and '_'")
    read = Reader(raw, where, ("type", "required", "default", "help", "keep"), ("type",))
    type_ = raw["type"]
    if not isinstance(type_, str) or type_ not in PARSERS:
        raise ScenarioError(
            f"{where}: unknown type {type_!r} (expected one of {', '.join(PARSERS)})"
        )
    spec = FieldSpec(
        name,
        type_,
        required=read.flag("required"),
        default=read.value("default", lists=type_ in LIST_TYPES or type_ in ("name", "text")),
        help=read.text("help", ""),
        keep=read.choice("keep", KEEP) if "keep" in read.data else "",
    )
    if channel is not None:
        _check_default(where, spec, channel)
    return spec


def _check_default(where: str, spec: FieldSpec, channel: str) -> None:
    """A default must parse as its field's type (``name`` and ``text`` defaults may hold
    ``{field}`` references, filled when rendering)."""
    default = spec.default
    if default is None or spec.type in ("name", "text"):
        return
    try:
        PARSERS[spec.type](spec.name, default, Context(channel=channel))
    except FactError as exc:
        raise ScenarioError(f"{where}: default {exc.problem}") from None


_KEYS = ("id", "title", "title_zh", "category", "recipient", "tone", "channels", "refused",
         "fields", "example", "subject", "marketing", "common",
         "premises")  # fmt: skip


def _scenario(path: Path, spec: Any, folders: tuple[Path, ...]) -> Scenario:
    where = f"template {path.name}"
    read = Reader(spec, where, _KEYS, ("id", "title", "category", "recipient", "fields"))
    scenario_id = read.text("id")
    if scenario_id != path.name.removesuffix(SUFFIX):
        raise ScenarioError(f"{where}: id {scenario_id!r} must match the file name")
    category = read.choice("category", CATEGORIES)
    recipient = read.choice("recipient", RECIPIENTS)
    tone = read.choice("tone", TONES, default="neutral")
    channels = read.choices("channels", CHANNELS, default=CHANNELS)
    refused = read.mapping("refused")
    for name, reason in refused.items():
        if name not in CHANNELS:
            raise ScenarioError(f"{where}: refused: unknown channel {name!r}")
        if not isinstance(reason, str):
            raise ScenarioError(f"{where}: refused: {name} must be a reason (a string)")
    raw_fields = read.mapping("fields")
    for group in read.strings("common"):
        common = next((_common(f)[group] for f in folders if group in _common(f)), None)
        if common is None:
            raise ScenarioError(f"{where}: unknown common field group {group!r}")
        if not isinstance(common, dict):
            raise ScenarioError(f"template {COMMON_FILE}: {group} must be a mapping of fields")
        for name, raw in common.items():
            raw_fields.setdefault(str(name), raw)
    # Defaults are parsed now in a user's templates (the built-in ones are tested).
    check = None if path.parent == builtin_dir() else channels[0]
    fields = {name: _field(scenario_id, name, raw, check) for name, raw in raw_fields.items()}
    example = read.mapping("example")
    for name, value in example.items():
        if name not in fields:
            hint = did_you_mean(name, fields)
            raise ScenarioError(f"{where}: example: {name!r} is not a field{hint}")
        if not (is_scalar(value) or (isinstance(value, list) and all(map(is_scalar, value)))):
            raise ScenarioError(f"{where}: example: {name} must be a value, not {kind(value)}")
    return Scenario(
        id=scenario_id,
        title=read.text("title", empty=False),
        title_zh=read.text("title_zh", ""),
        category=category,
        recipient=recipient,
        tone=tone,
        channels=channels,
        refused=refused,
        fields=fields,
        example=example,
        subject=read.optional_text("subject"),
        marketing=read.flag("marketing"),
        premises=read.strings("premises"),
        path=path,
        folders=folders,
        languages=_languages(scenario_id, folders) if recipient == "buyer" else ("en",),
    )


def _languages(scenario_id: str, folders: tuple[Path, ...]) -> tuple[str, ...]:
    """English and every language a folder holds ``<lang>/<id>.j2`` for."""
    name = f"{scenario_id}{SUFFIX}"
    return (
        "en",
        *(code for code in LANGUAGES[1:] if any((f / code / name).is_file() for f in folders)),
    )


def language_folders(scenario: Scenario, language: str) -> tuple[Path, ...]:
    """Where a rendering in ``language`` finds its template and partials: each folder's
    ``<lang>/`` first (so ``_tone.j2`` is the language's), then the folders themselves."""
    if language == "en":
        return scenario.folders
    return (*(folder / language for folder in scenario.folders), *scenario.folders)


@cache
def language_subject(scenario: Scenario, language: str) -> str | None:
    """The subject line of ``scenario`` in ``language``: the English front matter's, or the
    language file's own front matter (``subject:`` alone), which it must have when the
    English one has a subject."""
    if language == "en" or scenario.subject is None:
        return scenario.subject
    name = f"{language}/{scenario.id}{SUFFIX}"
    folder = next(
        f for f in scenario.folders if (f / language / f"{scenario.id}{SUFFIX}").is_file()
    )
    source = _read(folder, name)
    subject = None
    if source.split("\n", 1)[0].strip() == "---":
        front, _ = split_front_matter(source, Path(name))
        subject = Reader(load_yaml(front, f"template {name}: front matter") or {},
                         f"template {name}", ("subject",)).optional_text("subject")  # fmt: skip
    if subject is None:
        raise ScenarioError(f"template {name}: needs its subject line in front matter "
                            "(subject: ..., as the English template has)")  # fmt: skip
    return subject


def _scenario_files(folders: tuple[Path, ...]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in folders:
        for path in sorted(folder.glob(f"*{SUFFIX}")):
            if not path.name.startswith("_"):
                found.setdefault(path.name.removesuffix(SUFFIX), path)
    return found


@cache
def _load(path: Path, folders: tuple[Path, ...]) -> Scenario:
    front, _ = split_front_matter(_read(path.parent, path.name), path)
    return _scenario(path, load_yaml(front, f"template {path.name}: front matter"), folders)


@cache
def builtin_columns() -> dict[str, Any]:
    """``_columns.yaml``: spreadsheet headers -> fields (``columns``) and Chinese tone names
    (``tones``), read once."""
    path = builtin_dir() / "_columns.yaml"
    data: dict[str, Any] = load_yaml(path.read_text(encoding="utf-8"), path.name)
    return data


@cache
def tone_aliases() -> dict[str, str]:
    """Tone names in Chinese (友好, 正式 ...) -> tone ids, from ``_columns.yaml``."""
    return {str(name): str(tone) for name, tone in (builtin_columns().get("tones") or {}).items()}


def tone_id(tone: str) -> str:
    """A tone by its id or its Chinese name; an unknown one is an error naming the choices."""
    tone = tone.strip()
    found = tone if tone in TONES else tone_aliases().get(tone) or tone_aliases().get(tone.lower())
    if found is None:
        raise ScenarioError(
            f"tone: {tone!r} is unknown{did_you_mean(tone, TONES)}"
            f" (expected one of {', '.join(TONES)})"
        )
    return found


class Catalogue:
    """The scenarios of one run: a user's templates folder (searched first, so its templates
    add scenarios or override built-in ones) and the built-in templates. Scenarios are read
    on first use, each file once."""

    def __init__(self, templates_dir: Path | None = None) -> None:
        #: The user's folder, or ``None`` for the built-in templates alone.
        self.templates_dir = templates_dir
        self.folders = search_path(templates_dir)
        self._titles: dict[str, Scenario] | None = None

    def __repr__(self) -> str:
        return f"Catalogue({self.templates_dir!r})"

    def _file(self, scenario_id: str) -> Path | None:
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", scenario_id):
            return None
        paths = (folder / f"{scenario_id}{SUFFIX}" for folder in self.folders)
        return next((path for path in paths if path.is_file()), None)

    def get(self, scenario_id: str) -> Scenario:
        """The scenario with this id; reads only its own file."""
        path = self._file(scenario_id)
        if path is not None:
            return _load(path, self.folders)
        known = _scenario_files(self.folders)
        raise ScenarioError(
            f"scenario: {scenario_id!r} is unknown{did_you_mean(scenario_id, known)}"
            " (sellermail list shows them all)"
        )

    def find(self, name: str) -> Scenario:
        """A scenario by its id, or by its English or Chinese title (as a spreadsheet or a
        person may name it)."""
        name = name.strip()
        path = self._file(name)
        if path is not None:  # a broken template is reported, not looked up as a title
            return _load(path, self.folders)
        if self._titles is None:
            self._titles = {}
            for spec in self.scenarios():
                for key in (spec.title.lower(), spec.title_zh):
                    if key:
                        self._titles.setdefault(key, spec)
        return self._titles.get(name) or self._titles.get(name.lower()) or self.get(name)

    def scenarios(self) -> list[Scenario]:
        """Every scenario, built-in and the user's, in catalogue order."""
        found = [_load(path, self.folders) for path in _scenario_files(self.folders).values()]
        return sorted(found, key=lambda s: (CATEGORIES.index(s.category), s.id))

    def field_names(self) -> set[str]:
        """Every field name of every scenario."""
        return {name for spec in self.scenarios() for name in spec.fields}


@cache
def builtin() -> Catalogue:
    """The built-in scenarios alone."""
    return Catalogue()


def scenarios() -> list[Scenario]:
    """Every built-in scenario, in catalogue order."""
    return builtin().scenarios()


def get(scenario_id: str) -> Scenario:
    """The built-in scenario with this id."""
    return builtin().get(scenario_id)
