"""Recognise claims about what has already happened to an order — "your parcel has arrived",
"we have issued a full refund" — that a rewrite may slip in although no fact supports them.

A claim counts when it is stated, not when it is negated ("has not arrived yet"), conditional
("once it has arrived", "if you have been refunded"), hedged ("is expected to be delivered") or
asked ("has it arrived?"). The guard compares a draft's claims with its base rendering's: a
claim the rendering does not make is invented (the facts support a claim by the rendering
making it, a ``status`` typed into the facts included). ``delivered`` is judged only where the
message is about a parcel on its way (the shipping scenarios, and any that names the parcel's
tracking number: "did the replacement arrive?"); ``shipped`` where the order is still to
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
from sellermail.guard.pattern_words import unbounded
from sellermail.guard.sentences import CLAUSE_END, SENTENCE_END, cued_sentences, holds_any
from sellermail.guard.vocabulary import Phrasing, vocabulary

#: Each claim in words, for reports.
NAMES = {
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
    "confirmed": "that Amazon or the marketplace has already confirmed or approved something",
}
#: Claims judged only in these scenario categories, or in a scenario with one of these fields
#: (others: every scenario).
CATEGORIES = {"delivered": frozenset({"shipping"}), "shipped": frozenset()}
#: ("shipped": where the order is still to ship, its handling time or its quantity asked about)
FIELDS = {
    "delivered": frozenset({"tracking_number"}),
    "shipped": frozenset({"handling_days", "quantity"}),
}
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
    }
)

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
#: "we've", "I have", "we": the seller, before what it did.
_WE = r"(?:we|i)(?:'ve| have| had)?\s+"
#: A few words before a noun, none of them the buyer's request ("your request to return it").
_FEW = r"(?:(?!(?:request|requests|to|for|of|that|asking)\b)[\w-]+\s+){0,3}?"
#: A return that is no item: the buyer's request, its label, its rules.
_NOT_REQUEST = (
    r"(?!\s+(?:request|label|authori[sz]ation|instructions?|form|polic(?:y|ies)|window|reason|"
    r"process|address|shipping|code|number|method|option|question|enquiry|inquiry|message)\b)"
)
#: What a buyer sends to show a problem.
_EVIDENCE = (
    r"(?:photos?|photographs?|pictures?|pics|images?|videos?|footage|screenshots?|evidence|"
    r"documents?|documentation|proof)\b"
)
#: Not the seller's own people: telling "our quality team" is no contact with a carrier.
_OUTSIDE = (
    r"(?!(?:you|your|u|us)\b)(?!(?:our|my)\s+(?:[\w-]+\s+)?(?:team|colleagues?|staff|department|"
    r"manager|supervisor|engineers?|developers?)\b)"
)
#: A case opened with a carrier or a marketplace.
_CASE = (
    r"(?:investigation|claim|trace|tracer|search request|inquiry|enquiry|report|case|ticket|"
    r"complaint|dispute)\b"
)
#: The marketplace or its people, whose word a draft may claim ("Amazon's brand team").
_AUTHORITY = (
    r"(?:seller\s+(?:support|performance)|brand\s+registry|(?:amazon|walmart|ebay|etsy)"
    r"(?:(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:team|department|support|staff|specialists?))?)"
)
_PHRASES = {
    "delivered": [
        rf"\b(?:has|have|had|was|were|is|got|been|it's|it has)\s+{_A}(?:been\s+)?{_A}"
        rf"(?:delivered|arrived)\b{_NOT_HOME}",
        rf"\b(?:order|package|parcel|item|shipment|it)\s+{_A}(?:arrived|delivered)\b{_NOT_HOME}",
        rf"\byou(?:'ve| have)?\s+{_A}(?:received|got)\s+(?:it|them|your|the)\b",
    ],
    "refunded": [
        rf"\b(?:we|i)(?:'ve| have| had)?\s+{_A}(?:issued|processed|sent|made|completed)\s+"
        r"(?:you\s+)?(?:a|the|your)\s+(?:[\w$€£.,-]+\s+){0,3}?refund\b",
        rf"\b(?:we|i)(?:'ve| have| had)?\s+{_A}refunded\b",
        rf"\brefund\s+(?:is|was|has been)\s+{_A}(?:complete|completed|done)\b",
        rf"\brefund\s+(?:has|had|was)\s+{_A}(?:been\s+)?{_A}(?:issued|processed|sent|made|completed)\b",
        rf"\byou(?:'ve| have)\s+{_A}been\s+refunded\b",
    ],
    "resent": [
        rf"\b(?:we|i)(?:'ve| have| had)?\s+{_A}(?:re-?ship(?:ped)?|re-?sent|re-?dispatched)\b",
        rf"\b(?:we|i)(?:'ve| have| had)?\s+{_A}(?:sent|shipped|dispatched|mailed|set aside|reserved|"
        r"put aside|arranged|packed)\s+(?:you\s+)?(?:a|an|the|your)\s+(?:\w+\s+){0,2}?"
        r"(?:replacement|new (?:one|\w+)|exchange|reshipment|second (?:parcel|package)|"
        # the replacement by what makes it right: "we already sent the correct size"
        r"(?:right|correct|other|different) (?:size|colou?r|model|version|variant|one))",
        rf"\b(?:replacement|new (?:parcel|package|shipment))\s+(?:is|has been|was)\s+{_A}"
        r"(?:on (?:its|the) way|shipped|sent|dispatched|in transit)\b",
    ],
    "lost": [
        rf"\b(?:order|package|parcel|item|shipment|it|they)\s+(?:has|have|had|was|were|is|are|got)\s+"
        rf"{_A}(?:been\s+)?(?:lost|destroyed|damaged beyond)\b",
        r"\b(?:confirmed|declared|reported|marked)\s+(?:\w+\s+){0,4}?(?:as\s+)?lost\b",
    ],
    "shipped": [
        rf"\b{_WE}{_A}(?:shipped|dispatched|posted|sent\s+out|handed\s+(?:[\w-]+\s+){{0,2}}?(?:over\s+)?to\s+"
        r"the\s+(?:carrier|courier))\b(?!\s+(?:a|an|the)\s+(?:replacement|new)\b)",
        rf"\b(?:order|package|parcel|item|shipment|it|they)\s+(?:[\d-]+\s+)?(?:has|have|had|was|were|is|are)"
        rf"\s+{_A}(?:been\s+)?{_A}(?:shipped|dispatched|sent\s+out|left\s+our\s+\w+|handed\s+(?:over\s+)?to\s+the\s+(?:carrier|courier)|"
        r"picked\s+up\s+by\s+the\s+(?:carrier|courier)|on\s+its\s+way)\b",
        rf"\b(?:order|package|parcel|shipment)\s+(?:[\d-]+\s+)?{_A}left\s+our\s+[\w-]+",
    ],
    # the item itself back with us (not the buyer's request to return it)
    "return_received": [
        rf"\b{_WE}{_A}(?:received|got|gotten|checked in|inspected)\s+(?:back\s+)?(?:your|the)\s+"
        rf"{_FEW}(?:return(?:ed)?\b{_NOT_REQUEST}|[\w-]+\s+back\b)",
        rf"\b(?:return|returned\s+(?:[\w-]+\s+)?(?:item|product|parcel|package|order|unit|goods|"
        rf"\w+))\s+(?:has|have|had|was|were|is|are)\s+{_A}(?:been\s+)?{_A}(?:received|arrived|"
        r"delivered to us|checked in|inspected)\b",
        rf"\b(?:has|have|had|was|were|is|it's)\s+{_A}(?:been\s+)?{_A}(?:returned\s+to\s+us|received\s+"
        r"back|sent\s+back\s+to\s+us|(?:arrived|made\s+it)\s+back)\b",
        r"\b(?:arrived|made\s+it)\s+back\s+(?:to|at|with|in)\s+(?:us|our)\b",
    ],
    "evidence_received": [
        rf"\b{_WE}{_A}(?:received|got|gotten|seen|reviewed|looked\s+(?:at|through)|viewed|examined|"
        rf"gone\s+through|checked)\s+(?:[\w-]+\s+){{0,3}}?{_EVIDENCE}",
        rf"\b{_EVIDENCE}\s+(?:(?:that|which)\s+)?you\s+(?:have\s+|had\s+)?{_A}(?:sent|provided|"
        r"shared|attached|uploaded|forwarded|submitted)\b",
        rf"\b{_EVIDENCE}\s+(?:has|have|had|was|were)\s+{_A}(?:been\s+)?{_A}(?:received|reviewed|"
        r"forwarded|passed on)\b",
        rf"\bthank(?:s| you)\s+(?:so much\s+|very much\s+)?for\s+(?:sending\s+|providing\s+|sharing\s+|"
        rf"attaching\s+|uploading\s+)?(?:us\s+)?(?:the|your|these|those|a few|some)\s+(?:[\w-]+\s+)?"
        rf"{_EVIDENCE}",
    ],
    "case_opened": [
        rf"\b{_WE}{_A}(?:(?:[\w'-]+[ ,]+){{1,12}}?and\s+{_A})?(?:opened|filed|lodged|raised|submitted|started|launched|initiated|logged|"
        r"placed|made|requested|created)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + _CASE,
        rf"\b{_CASE}\s+(?:\w+\s+){{0,4}}?(?:has|have|was|were|is)\s+{_A}(?:been\s+)?{_A}(?:opened|"
        r"filed|lodged|raised|submitted|started|launched|initiated|logged|under\s?way|in progress)\b",
        rf"\b{_WE}{_A}(?:reported|escalated)\s+(?:it|this|the\s+\w+|your\s+\w+)\s+(?:as\s+\w+\s+)?to\s+"
        rf"{_OUTSIDE}\w",
    ],
    "contacted": [
        rf"\b{_WE}{_A}(?:contacted|called|phoned|e-?mailed|messaged|notified|alerted|informed|"
        r"written\s+to|reached\s+out\s+to|spoken\s+(?:to|with)|spoke\s+(?:to|with)|(?:got|been|gotten)"
        r"\s+in\s+touch\s+with|(?:passed|forwarded)\s+(?:it|this|your\s+\w+|the\s+\w+)\s+(?:on\s+)?to)"
        rf"\s+{_OUTSIDE}\w",
        # asked to act: "we've asked the courier to hold the parcel"
        rf"\b{_WE}{_A}(?:asked|instructed|requested|told)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?"
        r"(?:carrier|courier|post office|postal service|shipping company|delivery company|driver|"
        r"depot|warehouse|supplier|amazon)\b",
        r"\b(?:carrier|courier|amazon|post office|postal service|shipping company|delivery company|"
        rf"warehouse|supplier)\s+(?:has|have|was|were)\s+{_A}been\s+(?:contacted|notified|informed|"
        r"alerted|called)\b",
    ],
    "cancelled": [
        rf"\b{_WE}{_A}(?:cancell?ed|voided|withdrawn)\s+(?:[\w-]+\s+){{0,2}}?(?:order|shipment|"
        r"purchase|it|them)\b",
        rf"\b(?:order|shipment|purchase|it)\s+(?:has|have|had|was|were|is)\s+{_A}(?:been\s+)?{_A}"
        r"cancell?ed\b",
    ],
    "address_updated": [
        rf"\b{_WE}{_A}(?:updated|changed|corrected|amended|fixed|edited)\s+(?:[\w-]+\s+){{0,2}}?"
        r"address\b",
        rf"\baddress\s+(?:has|have|was|is)\s+{_A}(?:been\s+)?{_A}(?:updated|changed|corrected|amended|"
        r"fixed)\b",
    ],
    # the marketplace's word claimed: "Amazon's team has reviewed the listings and confirmed..."
    "confirmed": [
        rf"\b{_AUTHORITY}\s+(?:(?:has|have|had)\s+)?(?:(?:also|already|now|since|both)\s+)*"
        r"(?:reviewed\s+(?:[\w-]+\s+){0,4}?and\s+)?(?:confirmed|approved|verified|validated|"
        r"cleared|accepted|agreed|assured\s+us)\b",
        rf"\b(?:confirmed|approved|verified|validated|cleared)\s+by\s+{_AUTHORITY}",
    ],
}


def _pattern(names: list[str]) -> re.Pattern[str]:
    """The phrases of the claims ``names``, one look-behind for a word's start first (see
    finders.word_start)."""
    return re.compile(
        r"(?<!\w)(?:"
        + "|".join(f"(?P<{name}>{unbounded('|'.join(_PHRASES[name]))})" for name in names)
        + ")"
    )


PATTERN = _pattern(list(_PHRASES))
#: What a line must hold to be read for each claim (a word every phrase of the claim holds).
_CUES = {
    "delivered": ("deliver", "arriv", "receiv", "got "),
    "refunded": ("refund",),
    "resent": (
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
    ),
    "lost": ("lost", "destroyed", "damaged"),
    "shipped": (
        "ship",
        "dispatch",
        "posted",
        "sent out",
        "handed",
        "picked up",
        "on its way",
        "left",
    ),
    "return_received": ("return", "back"),
    "evidence_received": tuple(
        "photo pictur pics image video footage screenshot evidence document proof".split()
    ),
    "case_opened": (
        "investigat",
        "claim",
        "trace",
        "search request",
        "inquir",
        "enquir",
        "report",
        "case",
        "ticket",
        "complaint",
        "dispute",
        "escalat",
    ),
    "contacted": (
        "contact",
        "called",
        "phoned",
        "mailed",
        "messaged",
        "notified",
        "alerted",
        "informed",
        "written to",
        "reached out",
        "spoke",
        "in touch",
        "passed",
        "forwarded",
        "asked",
        "instructed",
        "requested",
        "told",
    ),
    "cancelled": ("cancel", "voided", "withdrawn"),
    "address_updated": ("address",),
    "confirmed": tuple("confirm approv verifi validat cleared accepted agreed assured".split()),
}
CUES = tuple(dict.fromkeys(cue for cues in _CUES.values() for cue in cues))
#: Words earlier in the clause (or in the match) that make it no statement of fact.
_QUALIFIED = re.compile(
    r"\b(?:not|never|no|if|once|when|whether|until|unless|after|before|hope|should|must|may|might|"
    r"could|would|expect\w*|likely|due|scheduled|estimated|soon|as soon as|to be|possibl\w*|perhaps|"
    r"maybe|probabl\w*|appears?|seems?|suspect\w*|fear|risk|in case|chance|make sure|ensure|"
    r"checking|check (?:that|whether|if)|to (?:confirm|verify|check)|in advance)\b|n't\b"
)
#: A clause that opens with its verb, a question (its mark may close a later clause).
_INVERTED = re.compile(r"\s*(?:has|have|had|did|does|is|are|was|were)\s+(?:it|they|the|your)\b")
#: How English states claims (its qualifying words stand anywhere before them in the clause).
ENGLISH = Phrasing(
    PATTERN,
    CUES,
    _QUALIFIED,
    None,
    parts=tuple((name, _pattern([name]), _CUES[name]) for name in _PHRASES),
)


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
    """Whether claim ``name`` is judged in ``scenario`` (:data:`CATEGORIES`, :data:`FIELDS`,
    :data:`BUYER_ONLY`)."""
    if name in BUYER_ONLY:
        return scenario.recipient == "buyer"
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
    for match in _matches(lower, phrasing, scenario):
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
        if not qualified and _INVERTED.match(lower, clause):  # "Has it arrived, and is it OK?"
            found_end = SENTENCE_END.search(lower, match.end())
            end = found_end.end() if found_end else len(lower)
        if qualified or lower[end - 1 : end] in ("?", "？"):
            continue
        if _INVERTED.match(lower, clause) and _asked(lower, match.end()):
            continue  # "has it arrived, and is everything all right?"
        found[name] = Claim(name, text[match.start() : match.end()], match.start())
    return sorted(found.values(), key=lambda claim: claim.start)


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
