"""sellermail: careful English messages for cross-border e-commerce sellers.

The library API (the CLI is a thin layer over it)::

    import sellermail
    message = sellermail.render("shipping-in-transit", {"tracking_number": "LX123456785CN"})
    print(message.text)

Nothing here imports an LLM client: that happens only when a polish is sent.
"""

from __future__ import annotations

from .catalogue import Scenario, scenarios
from .catalogue import get as get_scenario
from .errors import ExitStatus, SellermailError
from .guard import Report, Violation, check
from .render import Rendered, render

__version__ = "0.1.0"
__all__ = [
    "ExitStatus",
    "Rendered",
    "Report",
    "Scenario",
    "SellermailError",
    "Violation",
    "check",
    "get_scenario",
    "render",
    "scenarios",
]
