"""Recognise claims about what has already happened to an order — "your parcel has arrived",
"we have issued a full refund" — that a rewrite may slip in although no fact supports them.

A claim counts when it is stated, not when it is negated ("has not arrived yet"), conditional
("once it has arrived", "if you have been refunded"), hedged ("is expected to be delivered") or
asked ("has it arrived?"). The guard compares a draft's claims with its base rendering's: a
claim the rendering does not make is invented. ``delivered`` is judged only where the message is
about a parcel on its way (the shipping scenarios, and any that names the parcel's tracking
number: "did the replacement arrive?"); the others everywhere.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from sellermail.compose.catalogue import Scenario
from sellermail.guard.sentences import (
    CLAUSE_END,
    SENTENCE_END,
    cued_sentences,
    holds_any,
    unbounded,
)
from sellermail.guard.vocabulary import Phrasing, vocabulary

#: Each claim in words, for reports.
NAMES = {
    "delivered": "that the order has arrived",
    "refunded": "that a refund has already been made",
    "lost": "that the parcel is lost",
    "resent": "that a replacement or a new shipment has already been sent or set aside",
}
#: Claims judged only in these scenario categories, or in a scenario with one of these fields
#: (others: every scenario).
CATEGORIES = {"delivered": frozenset({"shipping"})}
FIELDS = {"delivered": frozenset({"tracking_number"})}

_ADVERB = r"(?:already |now |just |finally |safely |successfully )?"
#: "arrived at the local post office", "delivered to the wrong address": not the buyer's door
#: ("delivered to your address" is).
_NOT_HOME = (
    r"(?!\s+(?:at|in|to)\s+(?:(?:a|an|the|your|our)\s+)?(?:(?:local\s+|destination\s+|wrong\s+|old\s+|"
    r"previous\s+|incorrect\s+|different\s+|former\s+)?(?:post|sorting|customs|carrier|"
    r"distribution|processing|transit|country|hub|depot|facility|warehouse|station|office|airport|"
    r"port)|(?:wrong|old|previous|incorrect|different|former|another)\s+address)\b)"
)
_A = _ADVERB
_PHRASES = {
    "delivered": [
        rf"\b(?:has|have|had|was|were|is|got|been|it's|it has)\s+{_A}(?:been\s+)?{_A}"
        rf"(?:delivered|arrived)\b{_NOT_HOME}",
        rf"\b(?:order|package|parcel|item|shipment|it)\s+{_A}(?:arrived|delivered)\b{_NOT_HOME}",
        rf"\byou(?:'ve| have)?\s+{_A}(?:received|got)\s+(?:it|them|your|the)\b",
    ],
    "refunded": [
        rf"\b(?:we|i)(?:'ve| have| had)?\s+{_A}(?:issued|processed|sent|made|completed)\s+"
        r"(?:you\s+)?(?:a|the|your)\s+(?:\w+\s+)?refund\b",
        rf"\b(?:we|i)(?:'ve| have| had)?\s+{_A}refunded\b",
        rf"\brefund\s+(?:is|was|has been)\s+{_A}(?:complete|completed|done)\b",
        rf"\brefund\s+(?:has|had|was)\s+{_A}(?:been\s+)?{_A}(?:issued|processed|sent|made|completed)\b",
        rf"\byou(?:'ve| have)\s+{_A}been\s+refunded\b",
    ],
    "resent": [
        rf"\b(?:we|i)(?:'ve| have| had)?\s+{_A}(?:re-?ship(?:ped)?|re-?sent|re-?dispatched)\b",
        rf"\b(?:we|i)(?:'ve| have| had)?\s+{_A}(?:sent|shipped|dispatched|mailed|set aside|reserved|"
        r"put aside|arranged|packed)\s+(?:you\s+)?(?:a|an|the|your)\s+(?:\w+\s+){0,2}?"
        r"(?:replacement|new (?:one|\w+)|exchange|reshipment|second (?:parcel|package))",
        rf"\b(?:replacement|new (?:parcel|package|shipment))\s+(?:is|has been|was)\s+{_A}"
        r"(?:on (?:its|the) way|shipped|sent|dispatched|in transit)\b",
    ],
    "lost": [
        rf"\b(?:order|package|parcel|item|shipment|it|they)\s+(?:has|have|had|was|were|is|are|got)\s+"
        rf"{_A}(?:been\s+)?(?:lost|destroyed|damaged beyond)\b",
        r"\b(?:confirmed|declared|reported|marked)\s+(?:\w+\s+){0,4}?(?:as\s+)?lost\b",
    ],
}
#: Every claim's phrases, one look-behind for a word's start first (see finders.word_start).
PATTERN = re.compile(
    r"(?<!\w)(?:"
    + "|".join(f"(?P<{name}>{unbounded('|'.join(p))})" for name, p in _PHRASES.items())
    + ")"
)
CUES = (
    "deliver",
    "arriv",
    "receiv",
    "got ",
    "refund",
    "lost",
    "destroyed",
    "ship",
    "sent",
    "dispatch",
    "mailed",
    "aside",
    "reserved",
    "arranged",
    "packed",
    "replacement",
    "new ",
)
#: Words earlier in the clause (or in the match) that make it no statement of fact.
_QUALIFIED = re.compile(
    r"\b(?:not|never|no|if|once|when|whether|until|unless|after|before|hope|should|may|might|"
    r"could|would|expect\w*|likely|due|scheduled|estimated|soon|as soon as|to be|possibl\w*|perhaps|"
    r"maybe|probabl\w*|appears?|seems?|suspect\w*|fear|risk|in case|chance|make sure|ensure|"
    r"checking|check (?:that|whether|if)|to (?:confirm|verify|check))\b|n't\b"
)
#: How English states claims (its qualifying words stand anywhere before them in the clause).
ENGLISH = Phrasing(PATTERN, CUES, _QUALIFIED, None)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` starts."""
    return max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)


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
    """Whether claim ``name`` is judged in ``scenario`` (:data:`CATEGORIES`, :data:`FIELDS`)."""
    return name not in CATEGORIES or (
        scenario.category in CATEGORIES[name] or not FIELDS[name].isdisjoint(scenario.fields)
    )


def claims(
    text: str, scenario: Scenario | None = None, phrasing: Phrasing = ENGLISH
) -> list[Claim]:
    """The claims ``text`` states (first of each kind, in the language of ``phrasing``);
    ``scenario`` limits them as :func:`judged` says (``None``: all)."""
    lower = text.lower()
    if phrasing.cues and not holds_any(lower, phrasing.cues):
        return []
    ends: list[int] = []
    starts: list[int] = []  # the clauses, read once a claim is found
    found: dict[str, Claim] = {}
    matches = (
        cued_sentences(phrasing.pattern, lower, phrasing.cues)
        if phrasing.cues
        else phrasing.pattern.finditer(lower)
    )
    for match in matches:
        name = match.lastgroup
        if name is None or name in found:
            continue
        if scenario is not None and not judged(name, scenario):
            continue
        if not starts:
            ends = [m.end() for m in CLAUSE_END.finditer(lower)]
            starts = [0, *ends]
        clause = starts[bisect.bisect_right(starts, match.start()) - 1]
        end = next((e for e in ends if e > match.end()), len(lower))
        qualified = bool(phrasing.negated and phrasing.negated.search(lower[clause : match.end()]))
        if phrasing.hedged or phrasing.after:  # the sentence, from its start to its end
            start = _sentence_start(lower, match.start())
            found_end = SENTENCE_END.search(lower, match.end())
            end = found_end.end() if found_end else len(lower)
            if phrasing.hedged and phrasing.hedged.search(lower[start : match.start()]):
                qualified = True
            if phrasing.after and phrasing.after.search(lower[match.end() : end]):
                qualified = True
        if qualified or lower[end - 1 : end] in ("?", "？"):
            continue
        found[name] = Claim(name, text[match.start() : match.end()], match.start())
    return list(found.values())
