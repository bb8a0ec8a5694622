"""Recognise claims about what has already happened to an order — "your parcel has arrived",
"we have issued a full refund" — that a rewrite may slip in although no fact supports them.

A claim counts when it is stated, not when it is negated ("has not arrived yet"), conditional
("once it has arrived", "if you have been refunded"), hedged ("is expected to be delivered") or
asked ("has it arrived?"). The guard compares a draft's claims with its base rendering's: a
claim the rendering does not make is invented (the facts support a claim by the rendering
making it, a ``status`` typed into the facts included). ``delivered`` is judged only where the
message is about a parcel on its way (the shipping scenarios, an exchange asked for after
shipping, and any that names the parcel's tracking number: "did the replacement arrive?"), and so
is ``held`` (a cause of delay: customs, a depot, a strike, the weather); ``shipped`` where the order is still to
ship (its handling time or its quantity asked about); what the seller did for the buyer (a return
received back, photos received, a case opened, the carrier contacted, the order cancelled, the
address changed) in buyer messages; the others everywhere. The buyer's request restated ("we
have received your return request") and the message being answered received are no claims.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import NamedTuple

from sellermail.compose.catalogue import Scenario
from sellermail.guard.english_claims import (
    CLAIM_CUES,
    CUES,
    PATTERN,
    PHRASES,
    STATUS_PATTERN,
    phrase_pattern,
)
from sellermail.guard.sentences import (
    CLAUSE_END,
    SENTENCE_END,
    cued_sentences,
    holds_any,
    lowered,
    sentence_start,
)
from sellermail.guard.vocabulary import Phrasing, vocabulary

#: Each claim in words, for reports.
NAMES = {
    "cleared_customs": "that the parcel has already cleared customs",
    "out_for_delivery": "that the parcel is already out for delivery or waiting to be collected",
    "held": "that the parcel is held at customs or a depot, or delayed by a named cause (a strike,"
    " the weather)",
    "delivered": "that the order has arrived",
    "refunded": "that a refund has already been made",
    "lost": "that the parcel is lost",
    "shipped": "that the order has already been shipped or handed to the carrier",
    "resent": "that a replacement or a new shipment has already been sent or set aside",
    "return_received": "that the returned item has already reached the seller",
    "evidence_received": "that the buyer's photos or other evidence have already been received",
    "case_opened": "that a claim, report or investigation has already been opened",
    "contacted": "that the carrier, Amazon or someone else has already been contacted about the order",
    "cancelled": "that the order has already been cancelled",
    "address_updated": "that the shipping address has already been changed",
    "confirmed": "that Amazon, the rights owner or another party has already confirmed, approved or"
    " withdrawn something",
    "review_removed": "that a buyer's review or feedback has already been removed or changed",
    "repaired": "that the item has been tested, inspected or repaired, or its fault fixed",
}
#: Claims judged only in these scenario categories, or in a scenario with one of these fields
#: (others: every scenario).
CATEGORIES = {
    "delivered": frozenset({"shipping"}),
    "out_for_delivery": frozenset({"shipping"}),
    "cleared_customs": frozenset({"shipping"}),
    "held": frozenset({"shipping"}),
    "shipped": frozenset(),
}
#: ("shipped": where the order is still to ship, its handling time or its quantity asked about;
#: also where only a delivery time is given, no tracking number: nothing says it has left)
FIELDS = {
    "delivered": frozenset({"tracking_number"}),
    "out_for_delivery": frozenset({"tracking_number"}),
    "cleared_customs": frozenset({"tracking_number"}),
    "held": frozenset({"tracking_number"}),
    "shipped": frozenset({"handling_days", "quantity"}),
}
#: Scenarios outside those categories about a parcel on its way: an exchange asked for once the
#: order has shipped ("elle vous a d'ailleurs été livrée ce matin" is no fact of it).
ON_ITS_WAY = frozenset({"exchange-after-shipment"})
#: A delivery time given without a tracking number: the order not known to have left.
_TIMED, _TRACKED = "delivery_days", "tracking_number"
#: What a claim holds besides itself: a parcel delivered went out for delivery, past customs.
ENTAILS = {
    "delivered": ("out_for_delivery", "cleared_customs"),
    "out_for_delivery": ("cleared_customs",),
}


def entailed(names: frozenset[str]) -> frozenset[str]:
    """``names`` with what they entail (:data:`ENTAILS`)."""
    return names.union(*(ENTAILS.get(name, ()) for name in names))


#: Claims about what the seller did for a buyer, judged in buyer messages only (an appeal or a
#: letter states the seller's own actions: its rules judge them).
BUYER_ONLY = frozenset(
    {
        "return_received",
        "evidence_received",
        "case_opened",
        "contacted",
        "cancelled",
        "address_updated",
        "repaired",
    }
)

#: Words earlier in the clause (or in the match) that make it no statement of fact.
_QUALIFIED = re.compile(
    r"\b(?:not|never|no|none|nobody|neither|nor|if|once|when|whether|until|unless|after|before|hope|should|must|may|might|"
    r"could|would|expect\w*|likely|due|scheduled|estimated|soon|as soon as|to be|possibl\w*|perhaps|"
    r"maybe|probabl\w*|appears?|seems?|suspect\w*|fear|risk|in case|chance|make sure|ensure|"
    r"checking|check (?:that|whether|if)|to (?:confirm|verify|check)|in advance)\b|n't\b"
    # a wish in the conditional: "we'd love to hear that everything has arrived"
    r"|'d (?:love|like|be|want|appreciate)\b"
)
#: How English states claims (its qualifying words stand anywhere before them in the clause).
ENGLISH = Phrasing(
    PATTERN,
    CUES,
    _QUALIFIED,
    None,
    parts=tuple((name, phrase_pattern([name]), CLAIM_CUES[name]) for name in PHRASES),
)
#: How a status typed in English states claims (:data:`english_claims.STATUS_PHRASES`).
STATUS = Phrasing(STATUS_PATTERN, CUES, _QUALIFIED, None)


#: A clause opened by its verb's auxiliary, the subject after it: in a sentence that ends with
#: a question mark, a question ("Has it arrived, and is everything all right?"), however many
#: clauses follow it before the mark.
_INVERTED = re.compile(
    r"\W*(?:(?:and|so|but|or|also)\s+)?(?:has|have|had|did|does|do|is|are|was|were)\s+(?!been\b)"
)


def _asked(lower: str, at: int) -> bool:
    """Whether the sentence holding ``lower[at]`` ends with a question mark."""
    found = SENTENCE_END.search(lower, at)
    end = found.end() if found else len(lower.rstrip())
    return lower[end - 1 : end] in ("?", "？")


#: A line that is an item of a list (a bullet, a dash, a number), and a line that introduces one.
_ITEM = re.compile(r"[ \t]*(?:[-*•·・●▪◦–—]|\d{1,2}[.)])")
_INTRODUCES = re.compile(r"[:：][ \t]*$")


def _introduction(text: str, at: int) -> int:
    """Where the line introducing the list item holding ``text[at]`` starts, its colon ending
    the line above the items ("we wanted to make sure that:\n• it has arrived"): the item reads
    on from it; -1 when no list holds ``at``."""
    line = text.rfind("\n", 0, at) + 1
    while line > 0 and _ITEM.match(text, line):
        above = text.rfind("\n", 0, line - 1) + 1
        if _INTRODUCES.search(text, above, line - 1):
            return above
        line = above
    return -1


class Claim(NamedTuple):
    name: str
    #: The words that make the claim, as written.
    text: str
    #: Where they start in the text.
    start: int = -1


def phrasing(language: str) -> Phrasing:
    """How ``language`` states claims (English when it has no vocabulary of its own)."""
    own = vocabulary(language)
    return own.claims if own and own.claims else ENGLISH


def judged(name: str, scenario: Scenario) -> bool:
    """Whether claim ``name`` is judged in ``scenario`` (:data:`CATEGORIES`, :data:`FIELDS`,
    :data:`BUYER_ONLY`)."""
    if name in BUYER_ONLY:
        return scenario.recipient == "buyer"
    return name not in CATEGORIES or (
        scenario.category in CATEGORIES[name]
        or not FIELDS[name].isdisjoint(scenario.fields)
        or (name != "shipped" and scenario.id in ON_ITS_WAY)
        or (name == "shipped" and _TIMED in scenario.fields and _TRACKED not in scenario.fields)
    )


def claims(
    text: str, scenario: Scenario | None = None, phrasing: Phrasing = ENGLISH
) -> list[Claim]:
    """The claims ``text`` states (first of each kind, in the language of ``phrasing``);
    ``scenario`` limits them as :func:`judged` says (``None``: all)."""
    lower = lowered(text)
    if phrasing.cues and not holds_any(lower, phrasing.cues):
        return []
    ends: list[int] = []  # where clauses end, read once a claim is found
    found: dict[str, Claim] = {}
    for match in _matches(lower, phrasing, scenario):
        name = match.lastgroup
        if name is None or name in found:
            continue
        if scenario is not None and not judged(name, scenario):
            continue
        ends = ends or [m.end() for m in CLAUSE_END.finditer(lower)]
        if stated(lower, match.start(), match.end(), phrasing, ends):
            found[name] = Claim(name, text[match.start() : match.end()], match.start())
    return sorted(found.values(), key=lambda claim: claim.start)


def stated(
    lower: str, start: int, stop: int, phrasing: Phrasing, ends: list[int] | None = None
) -> bool:
    """Whether the words ``lower[start:stop]`` of a lower-cased text are stated as a fact: not
    negated, conditional, hedged or asked, as ``phrasing`` says (``ends``: where the text's
    clauses end, when the caller has found them)."""
    if ends is None:
        ends = [m.end() for m in CLAUSE_END.finditer(lower)]
    at = bisect.bisect_right(ends, start)
    clause = ends[at - 1] if at else 0
    after = bisect.bisect_right(ends, stop)
    end = ends[after] if after < len(ends) else len(lower)
    listed = _introduction(lower, start)  # a list item reads on from the line introducing it
    intro = lower.find("\n", listed) if listed >= 0 else -1
    if phrasing.negated and (
        phrasing.negated.search(lower[clause:stop])
        or (listed >= 0 and not phrasing.hedged and phrasing.negated.search(lower[listed:intro]))
    ):
        return False
    if phrasing.hedged or phrasing.after:  # the sentence, from its start to its end
        found_end = SENTENCE_END.search(lower, stop)
        end = found_end.end() if found_end else len(lower)
        before = lower[sentence_start(lower, start) : start]
        before = f"{lower[listed:intro]} {before}" if listed >= 0 else before
        if (phrasing.hedged and phrasing.hedged.search(before)) or (
            phrasing.after and phrasing.after.search(lower[stop:end])
        ):
            return False
    if lower[end - 1 : end] in ("?", "？"):
        return False
    return not (_INVERTED.match(lower, clause) and _asked(lower, stop))


def _matches(lower: str, phrasing: Phrasing, scenario: Scenario | None) -> Iterator[re.Match[str]]:
    """The phrases of ``phrasing`` in ``lower``: each claim judged in ``scenario`` read only in
    the lines holding its own cues (most lines hold none), or all of them in the lines holding
    any."""
    if not phrasing.parts:
        if phrasing.cues:
            yield from cued_sentences(phrasing.pattern, lower, phrasing.cues)
        else:
            yield from phrasing.pattern.finditer(lower)
        return
    for name, pattern, cues in phrasing.parts:
        if scenario is not None and not judged(name, scenario):
            continue
        if not cues:
            yield from pattern.finditer(lower)
        elif holds_any(lower, cues):  # most texts hold few claims' words
            yield from cued_sentences(pattern, lower, cues)
