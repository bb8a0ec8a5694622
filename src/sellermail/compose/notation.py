"""Languages and their notation: which language a message is written in, and how typed facts
print in it (``9,90 €``, ``8. Februar 2024``, ``2024年2月8日``).

The data is ``templates/_languages.yaml`` (months, date and range forms, money and percent
styles, the marketplaces of each language, the English default texts as each language says
them); amounts are written by :meth:`sellermail.compose.money.Money.written`, the one
implementation. A rendering in another language gets its typed facts as the ``Local*`` values
below: the same values and attributes (a range's ``.low`` and ``.high``), printed in the
language's notation. The ledger takes :meth:`Notation.equivalents`, every way the language
writes a fact, so that the guard can recognise it in a draft.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from sellermail.compose.frontmatter import load_yaml
from sellermail.compose.money import Money, MoneyStyle
from sellermail.compose.values import Date, DayRange, Percent
from sellermail.errors import ScenarioError, did_you_mean
from sellermail.io.paths import data_dir

if TYPE_CHECKING:
    from sellermail.compose.catalogue import Scenario

#: The languages messages are written in, English first (the spec's table).
LANGUAGES = ("en", "de", "fr", "es", "it", "ja")
DATA_FILE = "_languages.yaml"


@dataclass(frozen=True)
class Notation:
    """How one language writes facts."""

    code: str
    name: str
    months: tuple[str, ...]
    date: str
    dates: tuple[str, ...]
    ranges: tuple[str, ...]
    money: MoneyStyle
    percent: str
    #: How the language writes the 1st of a month ("1er"), when not as a plain number.
    first_day: str | None
    #: English default texts of fields -> this language's.
    defaults: dict[str, str]
    #: Punctuation written after a no-break space (French ``;:!?``).
    spaced: str = ""

    def date_text(self, date: dt.date, form: str | None = None) -> str:
        day = self.first_day if date.day == 1 and self.first_day and form is None else date.day
        return (form or self.date).format(
            day=day, month=self.months[date.month - 1], year=date.year, m=date.month,
            mm=f"{date.month:02d}", dd=f"{date.day:02d}",
        )  # fmt: skip

    def percent_text(self, percent: Percent) -> str:
        number = f"{percent.value.normalize():f}".replace(".", self.money.decimal)
        return self.percent.format(number=number)

    def written(self, value: Any) -> str:
        """``value`` as this language prints it."""
        if isinstance(value, Money):
            return value.written(self.money)
        if isinstance(value, Date):
            return self.date_text(value)
        if isinstance(value, Percent):
            return self.percent_text(value)
        return str(value)

    def equivalents(self, value: Any) -> tuple[str, ...]:
        """Every way this language writes the typed fact ``value``, its printed form first:
        spacing variants and ISO codes of an amount, the other date forms, the range forms
        (a range whose ends are equal is one number). Empty for values that are not typed
        facts with a notation (IDs, names, whole numbers print as they are)."""
        if isinstance(value, Money):
            style, code = self.money, value.currency
            number = value.number(style)
            found = [value.written(replace(style, space=space)) for space in (style.space, " ", "")]
            found += [f"{number} {code}", f"{code} {number}"]
            if suffix := dict(style.suffixes).get(code):  # 1,980円 = 1980円 = ¥1,980 = ￥1,980
                plain = value.number(replace(style, group=""))
                found += [f"{plain}{suffix}", str(value), str(value).replace("¥", "￥")]
        elif isinstance(value, Date):
            found = [self.date_text(value), *(self.date_text(value, form) for form in self.dates)]
            if self.first_day and value.day == 1:
                found.append(self.date.format(day=1, month=self.months[value.month - 1],
                                              year=value.year))  # fmt: skip
        elif isinstance(value, Percent):
            text = self.percent_text(value)
            found = [text, text.replace("\u00a0", " "), text.replace("\u00a0", "")]
        elif isinstance(value, DayRange):
            if value.low == value.high:
                return (str(value.low),)
            found = [form.format(low=value.low, high=value.high) for form in self.ranges]
        else:
            return ()
        return tuple(dict.fromkeys(found))


@cache
def _data() -> dict[str, Any]:
    path = data_dir("templates") / DATA_FILE
    data: dict[str, Any] = load_yaml(path.read_text(encoding="utf-8"), f"template {DATA_FILE}")
    return data


@cache
def notation(code: str) -> Notation:
    """The notation of language ``code`` (one of :data:`LANGUAGES`), or of a locale of one
    (``es-MX``: what its marketplaces write differently, see :func:`locale`)."""
    spec = _data()["languages"][code.split("-")[0]] | (_data().get("locales") or {}).get(code, {})
    money = spec.get("money") or {}
    return Notation(
        code=code,
        name=spec["name"],
        months=tuple(spec["months"]),
        date=spec["date"],
        dates=tuple(spec.get("dates") or ()),
        ranges=tuple(spec["ranges"]),
        money=MoneyStyle(
            decimal=money.get("decimal", "."),
            group=money.get("group", ","),
            after=bool(money.get("after", False)),
            space=money.get("space", " "),
            suffixes=tuple((money.get("suffixes") or {}).items()),
            symbols=tuple((money.get("symbols") or {}).items()),
        ),
        percent=spec["percent"],
        first_day=spec.get("first_day"),
        defaults=dict(spec.get("defaults") or {}),
        spaced=str(spec.get("spaced_punctuation") or ""),
    )


def language_name(code: str) -> str:
    """``de`` -> ``German``."""
    return notation(code).name


def marketplace_language(marketplace: str | None) -> str:
    """The language of a marketplace's buyer messages (``Amazon.de`` -> ``de``); English for
    every marketplace the data does not name."""
    name = (marketplace or "").strip().lower()
    endings: dict[str, str] = _data()["marketplaces"]
    for ending in sorted(endings, key=len, reverse=True):
        if name.endswith(ending):
            return endings[ending]
    return "en"


def home_marketplace(language: str) -> str | None:
    """The Amazon marketplace whose language ``language`` is (``ja`` -> ``Amazon.co.jp``; for
    Spanish, Spain's: Mexico's notation is a locale of its own), or ``None`` for English."""
    local = {end for spec in _data()["locales"].values() for end in spec["marketplaces"]}
    endings: dict[str, str] = _data()["marketplaces"]
    home = [end for end, code in endings.items() if code == language and end not in local]
    return f"Amazon{home[0]}" if home else None


@cache
def _aliases() -> dict[str, str]:
    return {
        str(alias).lower(): code
        for code, spec in _data()["languages"].items()
        for alias in spec.get("aliases") or ()
    }


def locale(language: str, marketplace: str | None) -> str:
    """The notation a message in ``language`` for ``marketplace`` uses: the language's, or
    that of a locale of it whose marketplaces write differently (``es`` on Amazon.com.mx ->
    ``es-MX``: ``$200.00``, not ``200,00 MXN``)."""
    name = (marketplace or "").strip().lower()
    for code, spec in (_data().get("locales") or {}).items():
        if code.split("-")[0] == language and name.endswith(tuple(spec["marketplaces"])):
            return str(code)
    return language


def language_code(requested: str) -> str:
    """A language as the user typed it (``DE``, ``de-DE``, ``de_AT``, ``German``, ``德语``) ->
    ``de``; an unknown one is an error listing the languages."""
    code = requested.strip().lower().replace("_", "-").split("-")[0]
    code = _aliases().get(requested.strip().lower(), code)
    if code not in LANGUAGES:
        raise ScenarioError(
            f"language: {requested.strip()!r} is unknown{did_you_mean(code, LANGUAGES)}"
            f" (expected one of {', '.join(LANGUAGES)})"
        )
    return code


def choose(scenario: Scenario, requested: str | None, marketplace: str | None) -> str:
    """The language ``scenario`` is written in: ``requested`` (an error when the scenario
    stays English or has no template in it), else the marketplace's language when the
    scenario is a buyer message written in it, else English."""
    if requested is not None:
        code = language_code(requested)
        if code == "en":
            return code
        if not scenario.is_buyer_message:
            reason = _data()["english_only"][scenario.recipient]
            raise ScenarioError(f"language: {scenario.id} is refused in {code}: {reason}")
        if code not in scenario.languages:
            raise ScenarioError(
                f"language: {scenario.id} is not written in {language_name(code)} ({code}); "
                f"it is written in {', '.join(scenario.languages)}"
            )
        return code
    code = marketplace_language(marketplace) if scenario.is_buyer_message else "en"
    return code if code in scenario.languages else "en"


@dataclass(frozen=True)
class LocalMoney(Money):
    """An amount that prints in a language's notation."""

    language: str = "en"

    def __str__(self) -> str:
        return notation(self.language).written(self)


@dataclass(frozen=True)
class LocalPercent(Percent):
    """A percentage that prints in a language's notation."""

    language: str = "en"

    def __str__(self) -> str:
        return notation(self.language).written(self)


class LocalDate(Date):
    """A date that prints in a language's notation."""

    language = "en"

    def __str__(self) -> str:
        return notation(self.language).written(self)


def _local(value: Any, language: str) -> Any:
    if isinstance(value, Money):
        return LocalMoney(value.amount, value.currency, language)
    if isinstance(value, Percent):
        return LocalPercent(value.value, language)
    if isinstance(value, Date):
        local = LocalDate(value.year, value.month, value.day)
        local.language = language
        return local
    return value


def localized(values: Mapping[str, Any], language: str) -> dict[str, Any]:
    """The typed facts as a template in ``language`` (or a locale, ``es-MX``) sees them (see
    the module docstring)."""
    if language == "en":
        return dict(values)
    return {name: _local(value, language) for name, value in values.items()}


def default_text(text: str, language: str) -> str:
    """An English default text (``{store_name} Customer Service``) as ``language`` says it."""
    return text if language == "en" else notation(language).defaults.get(text, text)
