"""Outcomes -> exit statuses, in one place (the statuses are a public contract:
:class:`~sellermail.errors.ExitStatus`).

``--strict`` means one thing everywhere: settle for nothing less than the best outcome. For
``polish``, ``reply`` and ``batch`` that is the model's text for every message (offline or a
fallback fails); for ``check``, a draft with no violation at all (a warning fails).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sellermail.errors import ExitStatus

if TYPE_CHECKING:
    from sellermail.batch.run import BatchResult
    from sellermail.batch.runner import Estimate
    from sellermail.guard.verdict import Report
    from sellermail.llm.polish import Polished


def of_polish(polished: Polished, strict: bool) -> ExitStatus:
    """A polish or a reply: 1 when ``strict`` and the model's text was not used."""
    return ExitStatus.VIOLATIONS if strict and polished.source != "llm" else ExitStatus.OK


def of_check(report: Report, strict: bool) -> ExitStatus:
    """A checked draft: 1 on a blocking violation, or on any one when ``strict``."""
    failed = not report.ok or (strict and not report.clean)
    return ExitStatus.VIOLATIONS if failed else ExitStatus.OK


def of_batch(result: BatchResult, strict: bool) -> ExitStatus:
    """A batch: 1 when a row has an error or was not written, or (``strict``) a row did not
    get the model's text."""
    return ExitStatus.VIOLATIONS if result.failed(strict) else ExitStatus.OK


def of_dry_run(found: Estimate) -> ExitStatus:
    """A batch's ``--dry-run``: 1 when a row has an error."""
    return ExitStatus.VIOLATIONS if found.tally.errors else ExitStatus.OK
