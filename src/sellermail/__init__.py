"""sellermail: careful English messages for cross-border e-commerce sellers.

The library API (the CLI is a thin layer over it)::

    import sellermail
    message = sellermail.render("shipping-in-transit", {"tracking_number": "LX123456785CN"})
    print(message.text)
    report = sellermail.check("shipping-in-transit", {"tracking_number": "LX123456785CN"}, text)
    result = sellermail.polish("shipping-in-transit", {"tracking_number": "LX123456785CN"})
    inbound = sellermail.triage_file("message.eml")   # kind, confidence, scenario, facts, language

``check``, ``polish`` and ``triage_file`` (and what they need) are imported on first use, so that rendering starts
fast; nothing imports an LLM client until a polish is sent.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from sellermail.compose.catalogue import Scenario, scenarios
from sellermail.compose.catalogue import get as get_scenario
from sellermail.compose.render import Rendered, render
from sellermail.errors import ExitStatus, SellermailError

if TYPE_CHECKING:
    from sellermail.guard.check import Report, Violation, check
    from sellermail.llm.polish import Polished, polish
    from sellermail.triage.classify import Triage, triage_file

__version__ = "0.1.0"
__all__ = [
    "ExitStatus",
    "Polished",
    "Rendered",
    "Report",
    "Scenario",
    "SellermailError",
    "Triage",
    "Violation",
    "check",
    "get_scenario",
    "polish",
    "render",
    "scenarios",
    "triage_file",
]
_LAZY = {
    "Report": "guard.check",
    "Violation": "guard.check",
    "check": "guard.check",
    "Polished": "llm.polish",
    "polish": "llm.polish",
    "Triage": "triage.classify",
    "triage_file": "triage.classify",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'sellermail' has no attribute {name!r}")
    value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value
