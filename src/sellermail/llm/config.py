"""User configuration: flags > environment > config file > defaults.

The config file is TOML, read from ``$SELLERMAIL_CONFIG`` when set, else
``<user config dir>/sellermail/config.toml``::

    templates_dir = "~/sellermail/templates"   # your own templates, searched first
    profile = "deepseek"                        # the LLM profile used by default

    [profiles.deepseek]                         # overrides or adds to the built-in profiles
    model = "deepseek-chat"

An LLM profile (built-in ones are in ``profiles.toml``) gives ``base_url``, ``model``,
``api_key_env`` (the environment variable holding the key) and optionally ``temperature`` and
``timeout`` (the deadline of one model request, in seconds; also a top-level key of the file).
A value of the wrong type, or a base URL that is not one, is a one-line error naming the setting.
A profile chosen with ``--profile`` counts as flags; one chosen with ``SELLERMAIL_PROFILE`` counts
as the environment (below ``SELLERMAIL_MODEL`` and ``OPENAI_BASE_URL``); the config file's
``profile`` counts as the config file. The API key is never printed (see :meth:`LLMSettings.masked_key`), and the key and any
password in the base URL are registered with :mod:`sellermail.guard.secrets`, so that the guard
blocks a text holding them and every message shown masks them.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from sellermail.errors import SellermailError, did_you_mean
from sellermail.guard.secrets import MASK, redact, register
from sellermail.io.config_file import config_path, read_config, read_toml

DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_TEMPERATURE = 0.4
#: The deadline of one model request, tries and waits included (seconds).
DEFAULT_TIMEOUT = 60.0
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0"})
TEXT_KEYS = frozenset({"base_url", "model", "api_key_env"})
#: The longest deadline one model request may have: a day.
MAX_TIMEOUT = 86_400
NUMBER_KEYS = frozenset({"temperature", "price_input", "price_output", "timeout"})
#: ``batch``: whether the provider has the Files and Batches endpoints (``--via batch-api``).
FLAG_KEYS = frozenset({"batch"})
PROFILE_KEYS = TEXT_KEYS | NUMBER_KEYS | FLAG_KEYS
#: Where a value came from, as the user would name it in an error.
_ORIGINS = {"flag": {"base_url": "--base-url", "timeout": "--timeout"},
            "environment": {"base_url": "OPENAI_BASE_URL", "model": "SELLERMAIL_MODEL"}}  # fmt: skip


def builtin_profiles() -> dict[str, dict[str, Any]]:
    return read_toml(Path(__file__).with_name("profiles.toml"))


@dataclass(frozen=True)
class LLMSettings:
    """Where and how to send a polish. ``sources`` says where each value came from."""

    base_url: str | None
    model: str
    temperature: float
    timeout: float
    profile: str | None
    api_key: str | None = field(default=None, repr=False)
    #: The environment variable the key was read from.
    api_key_env: str | None = None
    sources: dict[str, str] = field(default_factory=dict, compare=False)
    #: USD per million prompt and completion tokens, when the profile gives them.
    prices: tuple[float, float] | None = None
    #: Whether the API has the Files and Batches endpoints: ``None`` when no profile says
    #: (a server of your own: tried, and told if it has not).
    batch_api: bool | None = None

    def __post_init__(self) -> None:
        register(self.api_key, *_credentials(self.base_url))

    def __repr__(self) -> str:
        shown = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "api_key"}
        shown["base_url"] = self.masked_url()
        shown["api_key"] = self.masked_key()
        return redact(f"LLMSettings({', '.join(f'{k}={v!r}' for k, v in shown.items())})")

    def masked_url(self) -> str | None:
        """The base URL with any user name and password in it masked."""
        return redact(self.base_url) if self.base_url else None

    @property
    def is_local(self) -> bool:
        from urllib.parse import urlparse

        try:
            return bool(self.base_url) and urlparse(self.base_url or "").hostname in LOCAL_HOSTS
        except ValueError:  # not a URL (settings made in code): the request will say so
            return False

    @property
    def offline_reason(self) -> str | None:
        """Why no model can be called, or ``None`` when one can."""
        if self.api_key or self.is_local:
            return None
        where = self.api_key_env or "OPENAI_API_KEY"
        return f"no API key ({where} is not set) and no local base URL"

    def masked_key(self) -> str:
        if not self.api_key:
            return "(none)"
        return f"{self.api_key[:3]}…{self.api_key[-4:]}" if len(self.api_key) > 12 else MASK


def _credentials(url: str | None) -> tuple[str | None, ...]:
    """The user name and password written in ``url`` (``http://user:pass@host``)."""
    from urllib.parse import unquote, urlsplit

    if not url or "@" not in url:
        return ()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ()
    found = (parts.username, parts.password)
    return tuple(x for value in found if value for x in (value, unquote(value)))


def check_url(url: str, origin: str) -> str:
    """``url`` when it is an http(s) URL with a host; else a one-line error naming ``origin``."""
    from urllib.parse import urlsplit

    shown = redact(url)
    shown = repr(shown if len(shown) <= 80 else shown[:80] + "…")
    problem = None
    if any(c.isspace() or not c.isprintable() for c in url):
        problem = "it holds spaces or control characters"
    else:
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 (a port that is not a number raises here)
        except ValueError as exc:
            problem = str(exc)
        else:
            if parts.scheme not in ("http", "https") or not parts.hostname:
                problem = "expected http:// or https:// and a host"
    if problem:
        raise SellermailError(f"base_url: {shown} is not a valid URL ({problem}; from {origin})")
    return url


def _origin(key: str, source: str) -> str:
    return _ORIGINS.get(source, {}).get(key, source)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_file(file: dict[str, Any]) -> None:
    """Every LLM setting in the config file has its type: a one-line error names the first
    that does not (``profiles.deepseek.base_url must be text``)."""
    where = f"config file {str(config_path())!r}"

    def wrong(name: str, expected: str, value: Any) -> SellermailError:
        got = redact(repr(value))
        got = got if len(got) <= 40 else got[:40] + "…"
        return SellermailError(f"{where}: {name} must be {expected} (got {got})")

    if "profile" in file and not isinstance(file["profile"], str):
        raise wrong("profile", "the name of a profile", file["profile"])
    if "timeout" in file and not _number(file["timeout"]):
        raise wrong("timeout", "a number of seconds", file["timeout"])
    profiles = file.get("profiles", {})
    if not isinstance(profiles, dict):
        raise wrong("profiles", "a table of [profiles.NAME] sections", profiles)
    for name, profile in profiles.items():
        if not isinstance(profile, dict):
            raise wrong(f"profiles.{name}", "a [profiles.NAME] section", profile)
        for key, value in profile.items():
            if key in TEXT_KEYS and not isinstance(value, str):
                raise wrong(f"profiles.{name}.{key}", "text (in quotes)", value)
            if key in NUMBER_KEYS and not _number(value):
                raise wrong(f"profiles.{name}.{key}", "a number", value)
            if key in FLAG_KEYS and not isinstance(value, bool):
                raise wrong(f"profiles.{name}.{key}", "true or false", value)


def _profile(name: str, file: dict[str, Any], origin: str) -> dict[str, Any]:
    builtin = builtin_profiles()
    profiles = builtin | {
        key: dict(builtin.get(key, {})) | value
        for key, value in (file.get("profiles") or {}).items()
        if isinstance(value, dict)
    }
    if name not in profiles:
        raise SellermailError(
            f"{origin}: profile {name!r} is unknown{did_you_mean(name, profiles)}"
            f" (known: {', '.join(sorted(profiles))})"
        )
    unknown = set(profiles[name]) - PROFILE_KEYS
    if unknown:
        raise SellermailError(f"config file: profile {name}: unknown key {sorted(unknown)[0]!r}")
    return dict(profiles[name])


def load_llm_settings(
    *,
    model: str | None = None,
    base_url: str | None = None,
    profile: str | None = None,
    temperature: float | None = None,
    timeout: float | None = None,
    environ: dict[str, str] | None = None,
) -> LLMSettings:
    """The effective LLM settings: flags (the arguments) > environment > config > defaults."""
    env = dict(os.environ if environ is None else environ)
    file = read_config()
    check_file(file)
    layers: list[tuple[str, dict[str, Any]]] = [
        ("flag", {"model": model, "base_url": base_url, "temperature": temperature,
                  "timeout": timeout}),
    ]  # fmt: skip
    chosen = profile
    if profile:
        layers.append((f"profile {profile} (--profile)", _profile(profile, file, "--profile")))
    layers.append(
        (
            "environment",
            {"model": env.get("SELLERMAIL_MODEL"), "base_url": env.get("OPENAI_BASE_URL")},
        )
    )
    if not chosen and env.get("SELLERMAIL_PROFILE"):
        chosen = env["SELLERMAIL_PROFILE"]
        layers.append(
            (f"profile {chosen} (SELLERMAIL_PROFILE)", _profile(chosen, file, "SELLERMAIL_PROFILE"))
        )
    if not chosen and isinstance(file.get("profile"), str):
        chosen = file["profile"]
        layers.append((f"profile {chosen} (config file)", _profile(chosen, file, "config file")))
    layers.append(("config file", {"timeout": file.get("timeout")}))
    layers.append(("default", {"model": DEFAULT_MODEL, "temperature": DEFAULT_TEMPERATURE,
                               "timeout": DEFAULT_TIMEOUT, "api_key_env": "OPENAI_API_KEY"}))  # fmt: skip

    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for origin, layer in layers:
        for key, value in layer.items():
            if value is not None and value != "" and key not in values:
                values[key] = value
                sources[key] = origin
    key_env = str(values["api_key_env"])
    api_key = (env.get(key_env) or "").strip() or None
    if api_key and not api_key.isprintable():
        raise SellermailError(f"{key_env}: the key holds spaces or control characters")
    sources["api_key"] = f"environment ({key_env})" if api_key else "none"
    try:
        temp = float(values["temperature"])
    except (TypeError, ValueError):
        raise SellermailError(
            f"temperature: {values['temperature']!r} is not a number (from {sources['temperature']})"
        ) from None
    if not 0 <= temp <= 2:
        raise SellermailError(f"temperature: {temp} is out of range (expected 0 to 2)")
    try:
        seconds = float(values["timeout"])
    except (TypeError, ValueError):
        seconds = math.nan
    if not (math.isfinite(seconds) and 0 < seconds <= MAX_TIMEOUT):
        raise SellermailError(
            f"timeout: {values['timeout']!r} is not a number of seconds from 0 to "
            f"{MAX_TIMEOUT:,} (from {_origin('timeout', sources['timeout'])})"
        )
    base = values.get("base_url")
    if base is not None:
        check_url(str(base), _origin("base_url", sources["base_url"]))
    prices = None
    if "price_input" in values or "price_output" in values:
        try:
            prices = (float(values.get("price_input", 0)), float(values.get("price_output", 0)))
        except (TypeError, ValueError):
            raise SellermailError(
                f"config file: profile {chosen}: price_input and price_output must be numbers "
                "(USD per million tokens)"
            ) from None
    # what a profile says of its own base URL (the OpenAI API, when none is set, has batches)
    batch_api = values.get("batch") if sources.get("batch") == sources.get("base_url") else None
    return LLMSettings(
        batch_api=True if base is None else batch_api,
        base_url=base,
        model=str(values["model"]),
        temperature=temp,
        timeout=seconds,
        profile=chosen,
        api_key=api_key,
        api_key_env=key_env,
        sources=sources,
        prices=prices,
    )


def write_example(path: Path) -> None:
    """Write the starter config file (``config.example.toml``) to ``path``."""
    example = Path(__file__).with_name("config.example.toml").read_text(encoding="utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(example, encoding="utf-8")
    except OSError as exc:
        raise SellermailError(f"config file {str(path)!r}: cannot write ({exc.strerror})") from None
