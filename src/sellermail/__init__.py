"""sellermail: careful messages for cross-border e-commerce sellers.

The library does everything the command line does (the CLI only parses and prints)::

    import sellermail
    message = sellermail.render("shipping-in-transit", {"tracking_number": "LX123456785CN"})
    print(message.text)
    report = sellermail.check("shipping-in-transit", {"tracking_number": "LX123456785CN"}, text)
    result = sellermail.polish("shipping-in-transit", {"tracking_number": "LX123456785CN"})
    inbound = sellermail.triage_file("message.eml")   # kind, confidence, scenario, facts, language
    drafted = sellermail.reply("message.eml", {"status": "is on its way"}, offline=True)
    for path, found in sellermail.triage_folder(Path("inbox")): ...
    prepared = sellermail.prepare_batch(sellermail.BatchRequest(Path("orders.csv"), out=Path("out.jsonl")))
    result = sellermail.run_batch(prepared)

The guard on its own: ``sellermail.guard.guard(sellermail.ledger_for(...), text)``.
Scenarios come from a :class:`Catalogue` (the built-in one unless you pass
``catalogue=Catalogue(templates_dir)``). Everything but rendering is imported on first use, so
that rendering starts fast; nothing imports an LLM client until a polish is sent.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from sellermail.compose.catalogue import Catalogue, Scenario, scenarios
from sellermail.compose.catalogue import get as get_scenario
from sellermail.compose.render import Rendered, render
from sellermail.errors import ExitStatus, SellermailError

if TYPE_CHECKING:
    from sellermail.batch.run import BatchRequest, BatchResult, run_batch
    from sellermail.batch.run import prepare as prepare_batch
    from sellermail.guard.verdict import Report, Violation
    from sellermail.llm.polish import Polished
    from sellermail.pipeline.check import check
    from sellermail.pipeline.inbox import triage_folder
    from sellermail.pipeline.ledgers import ledger_for
    from sellermail.pipeline.polish import polish
    from sellermail.pipeline.reply import Reply, reply
    from sellermail.triage.classify import Triage, triage_file

__version__ = "0.1.0"
__all__ = [
    "BatchRequest",
    "BatchResult",
    "Catalogue",
    "ExitStatus",
    "Polished",
    "Rendered",
    "Reply",
    "Report",
    "Scenario",
    "SellermailError",
    "Triage",
    "Violation",
    "check",
    "get_scenario",
    "ledger_for",
    "polish",
    "prepare_batch",
    "render",
    "reply",
    "run_batch",
    "scenarios",
    "triage_file",
    "triage_folder",
]
#: Public name -> (module, name in it), imported on first use.
_LAZY = {
    "BatchRequest": ("batch.run", "BatchRequest"),
    "BatchResult": ("batch.run", "BatchResult"),
    "prepare_batch": ("batch.run", "prepare"),
    "run_batch": ("batch.run", "run_batch"),
    "Report": ("guard.verdict", "Report"),
    "Violation": ("guard.verdict", "Violation"),
    "Polished": ("llm.polish", "Polished"),
    "check": ("pipeline.check", "check"),
    "triage_folder": ("pipeline.inbox", "triage_folder"),
    "ledger_for": ("pipeline.ledgers", "ledger_for"),
    "polish": ("pipeline.polish", "polish"),
    "Reply": ("pipeline.reply", "Reply"),
    "reply": ("pipeline.reply", "reply"),
    "Triage": ("triage.classify", "Triage"),
    "triage_file": ("triage.classify", "triage_file"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'sellermail' has no attribute {name!r}")
    module, attribute = _LAZY[name]
    value = getattr(import_module(f"sellermail.{module}"), attribute)
    globals()[name] = value
    return value
