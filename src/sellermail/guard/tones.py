"""One ledger for a message rendered in several tones: what every tone commits to."""

from __future__ import annotations

from dataclasses import replace

from sellermail.guard.ledger import Commitment, Ledger


def _in_every(item: Commitment, others: list[Ledger]) -> Commitment | None:
    """A list item every rendering shows, held by the words it brings in any of them (one
    tone's wording may repeat a word of it elsewhere, "Nachricht", which another's does not: the
    item is no less a commitment); ``None`` when a rendering does not show it."""
    words = set(item.key[1:])
    for other in others:
        same = [c for c in other.commitments if c.kind == "item" and c.field == item.field
                and c.shown == item.shown]  # fmt: skip
        if not same:
            return None
        words |= set(same[0].key[1:])
    return replace(item, key=("item", *sorted(words)))


def common(ledgers: list[Ledger]) -> Ledger:
    """One ledger for renderings of the same facts in several tones: the commitments they all
    make, every fact any of them may mention; the first one's base text."""
    first = ledgers[0]
    # A buyer message's list items are facts of the order (a spec line), kept in every tone;
    # an appeal's are sentences of prose a Plan of Action may tell in its own words, held only
    # where every tone reads them alike.
    merged = first.scenario.recipient == "buyer"
    shared: list[Commitment] = []
    for c in first.commitments:
        if merged and c.kind == "item":
            kept = _in_every(c, ledgers[1:])
        else:
            kept = c if all(c in other.commitments for other in ledgers[1:]) else None
        shared += [kept] if kept is not None else []
    offers = None
    if all(ledger.offers is not None for ledger in ledgers):
        offers = frozenset.intersection(*(ledger.offers or frozenset() for ledger in ledgers))
    named = frozenset().union(
        *((ledger.offers or frozenset()) | ledger.may_offer for ledger in ledgers)
    )
    return Ledger(
        scenario=first.scenario,
        channel=first.channel,
        base=first.base,
        commitments=tuple(shared),
        known=frozenset().union(*(ledger.known for ledger in ledgers)),
        offers=offers,
        claims=frozenset().union(*(ledger.claims for ledger in ledgers)),
        may_offer=named - (offers or frozenset()),
        language=first.language,
        marketplace=first.marketplace,
        elsewhere=frozenset.intersection(*(ledger.elsewhere for ledger in ledgers)),
    )
