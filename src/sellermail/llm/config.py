"""User configuration: flags > environment > config file > defaults.

The config file is TOML, read from ``$SELLERMAIL_CONFIG`` when set, else
``<user config dir>/sellermail/config.toml``::

    templates_dir = "~/sellermail/templates"   # your own templates, searched first
    profile = "deepseek"                        # the LLM profile used by default

    [profiles.deepseek]                         # overrides or adds to the built-in profiles
    model = "deepseek-chat"

An LLM profile (built-in ones are in ``profiles.toml``) gives ``base_url``, ``model``,
``api_key_env`` (the environment variable holding the key) and optionally ``temperature``.
A profile chosen with ``--profile`` counts as flags; one chosen with ``SELLERMAIL_PROFILE`` counts
as the environment (below ``SELLERMAIL_MODEL`` and ``OPENAI_BASE_URL``); the config file's
``profile`` counts as the config file. The API key is never printed: see :meth:`LLMSettings.masked_key`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sellermail.errors import SellermailError, did_you_mean
from sellermail.io.config_file import read_config, read_toml

DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_TEMPERATURE = 0.4
DEFAULT_TIMEOUT = 60.0
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0"})
PROFILE_KEYS = frozenset(
    {"base_url", "model", "api_key_env", "temperature", "price_input", "price_output"}
)


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

    @property
    def is_local(self) -> bool:
        from urllib.parse import urlparse

        return bool(self.base_url) and urlparse(self.base_url or "").hostname in LOCAL_HOSTS

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
        return f"{self.api_key[:3]}…{self.api_key[-4:]}" if len(self.api_key) > 12 else "****"


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
    api_key = env.get(key_env)
    sources["api_key"] = f"environment ({key_env})" if api_key else "none"
    try:
        temp = float(values["temperature"])
    except (TypeError, ValueError):
        raise SellermailError(
            f"temperature: {values['temperature']!r} is not a number (from {sources['temperature']})"
        ) from None
    if not 0 <= temp <= 2:
        raise SellermailError(f"temperature: {temp} is out of range (expected 0 to 2)")
    prices = None
    if "price_input" in values or "price_output" in values:
        try:
            prices = (float(values.get("price_input", 0)), float(values.get("price_output", 0)))
        except (TypeError, ValueError):
            raise SellermailError(
                f"config file: profile {chosen}: price_input and price_output must be numbers "
                "(USD per million tokens)"
            ) from None
    return LLMSettings(
        base_url=values.get("base_url"),
        model=str(values["model"]),
        temperature=temp,
        timeout=float(values["timeout"]),
        profile=chosen,
        api_key=api_key,
        api_key_env=key_env,
        sources=sources,
        prices=prices,
    )


def write_example(path: Path) -> None:
    """Write the starter config file (``config.example.toml``) to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(Path(__file__).with_name("config.example.toml").read_text(encoding="utf-8"),
                    encoding="utf-8")  # fmt: skip
