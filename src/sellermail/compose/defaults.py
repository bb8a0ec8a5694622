"""What a rendered message states from its scenario's defaults rather than from the facts given.

A default may choose wording, never a claim the seller did not make; the defaults that remain
(day ranges, hour limits, offers, standard preventive measures...) are named in one note, which
``render`` and ``reply`` print on stderr, so the seller checks them before sending.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sellermail.compose.fieldtypes import plain

if TYPE_CHECKING:
    from sellermail.compose.render import Rendered

#: Defaults that only shape the message (who signs it, the marketplace), not what it claims.
SHAPING = frozenset({"marketplace", "signer"})


def _shown(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def assumed(rendered: Rendered) -> str | None:
    """One note naming what ``rendered`` states from defaults, not from the facts given
    (``transit_days: 7-15``), or ``None`` when it states nothing from defaults. A default
    name or text the message does not show (a trademark office quoted only with a
    registration number) is left out; a list of sentences is counted, not quoted."""
    facts = rendered.facts
    text = rendered.text.casefold()
    used: list[str] = []
    for name, value in facts.values.items():
        if name in facts.given or name in SHAPING:
            continue
        kind = rendered.scenario.fields[name].type
        if kind in ("name", "text") and str(value).casefold() not in text:
            continue
        if kind == "list":
            count = len(value)
            used.append(
                f"{name}: {count} standard {'item' if count == 1 else 'items'} (see the message)"
            )
        else:
            used.append(f"{name}: {_shown(plain(value))}")
    if not used:
        return None
    return f"note: stated from defaults (check them; change with --set): {'; '.join(used)}"
