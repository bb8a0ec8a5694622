"""The message languages the page offers, and whether the library takes a ``language``.

Today every scenario is written in English; when the catalogue lists each scenario's
languages, :func:`languages` returns them and the page's select follows.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from sellermail.compose.catalogue import Scenario

#: The language of every built-in template today.
ENGLISH = "en"


def languages(scenario: Scenario | None = None) -> list[str]:
    """The languages ``scenario`` (or, without one, any scenario) can be written in."""
    return list(getattr(scenario, "languages", None) or [ENGLISH])


def accepts_language(taker: Callable[..., Any] | type) -> bool:
    """Whether the library takes a ``language``: ``taker`` is a function (render, check) or
    the ``TypedDict`` of a function's options (polish's ``PolishOptions``)."""
    if isinstance(taker, type):
        return "language" in getattr(taker, "__annotations__", {})
    return "language" in inspect.signature(taker).parameters
