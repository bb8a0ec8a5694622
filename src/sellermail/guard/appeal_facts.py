"""What an appeal or a letter says of its own papers or deeds that the seller's facts never
give: a trademark called registered, a document said to be attached, a staff member gone, an
outcome that minimises the violation; and the seller ID an appeal may leave out (it is sent
from the account it names)."""

from __future__ import annotations

import re
from functools import lru_cache

from sellermail.guard.finders import caseless, original
from sellermail.guard.ledger import Commitment, Ledger
from sellermail.guard.mentions import Mention

#: What a text says that no fact gives: the words' description and where they are.
Unfounded = tuple[str, tuple[int, int]]


#: Words calling a trademark registered ("registered trademark", "our registration", "Reg. No.",
#: "®"); not Amazon's Brand Registry, which anyone may name.
_REGISTERED = re.compile(
    r"\bregistered\b(?!\s+(?:with|in|on)\s+(?:amazon(?:'s)?\s+)?brand\s+registry)"
    r"|\b(?:our|its|the|this|trademark)\s+registration\b(?!\s+(?:tool|process|application))"
    r"|\breg\.\s*no\b|®",
    re.IGNORECASE,
)


def unfounded_registrations(ledger: Ledger, text: str) -> list[Unfounded]:
    """A letter that calls the trademark registered where the seller's own letter does not (no
    registration number given: a pending application is not a registration)."""
    if ledger.scenario.recipient != "seller" or _REGISTERED.search(ledger.base):
        return []
    return [
        (f'"{m[0]}" claims a trademark registration, which no fact supports', m.span())
        for m in _REGISTERED.finditer(text)
    ]


#: Documents an appeal may say it attaches, by kind (the words the seller's facts must name).
_DOCUMENTS = caseless(
    r"\b(?:(?P<authori>letters? of authori[sz]ation|authori[sz]ation letters?)"
    r"|(?P<registration>(?:business|company|tax|vat) registration(?: certificates?)?"
    r"|certificates? of incorporation|articles of (?:incorporation|association))"
    r"|(?P<bill>(?:utility|electricity|electric|water|gas|phone|telephone|internet) bills?)"
    r"|(?P<statement>(?:bank|credit card|card|account) statements?)|(?P<passport>passports?)"
    r"|(?P<identity>(?:national |photo |government-issued )?id(?:entity)? cards?"
    r"|driver'?s'? licen[cs]es?)"
    r"|(?P<certificate>certificates?)|(?P<report>(?:test|lab|laboratory|inspection) reports?)"
    r"|(?P<translation>translations?)|(?P<affidavit>affidavits?|notari[sz]ed (?:cop(?:y|ies)"
    r"|statements?|declarations?))"  # a paper made of another is a paper of its own
    r"|(?P<licen>licen[cs]e(?:s| agreements?)?)"
    r"|(?P<agreement>(?:distribution|distributor|supply|reseller|dealer) agreements?)"
    r"|(?P<lease>(?:lease|rental|tenancy|rent) (?:agreements?|contracts?)|leases?|(?:property|title)"
    r" deeds?)|(?P<attorney>powers? of attorney)"
    r"|(?P<contract>contracts?)|(?P<purchase_order>purchase orders?)|(?P<invoice>invoices?)"
    r"|(?P<receipt>receipts?))\b"
)
#: Saying a document goes with the appeal, or that the seller holds it: a verb of attaching or
#: obtaining before it in its sentence, however long the list between, no denial or condition
#: between ("we attach the invoices, but we have no letter of authorization"), or "is
#: attached", "which we have attached" after it.
_ATTACHING = re.compile(
    r"\b(?:attach|enclos|includ|provid|submit|upload|send|forward|obtain|secur|acquir)\w*\b"
    r"(?:(?!\b(?:but|if|unless|whether|once|when|not|no|never|without|nor|lack\w*|missing)\b|n't\b)"
    r"[^.!?\n;]){0,160}$",
    re.IGNORECASE,
)
#: How the seller's facts name a kind, where its group's name is not enough.
_NAMED = {
    "authori": r"letters? of authori|authori[sz]ation letters?",
    "report": r"(?:test|lab|laboratory|inspection) reports?",
    "registration": r"(?:business|company|tax|vat) registration|incorporation|articles of",
    "bill": r"\bbills?\b",
    "statement": r"\bstatements?\b",
    "identity": r"\bid(?:entity)? cards?|driver'?s'? licen",
    "translation": r"translat",
    "affidavit": r"affidavit|notari[sz]ed",
    "lease": r"\blease|rental|tenancy|\brent\b|deeds?\b",
}
#: A list item (a bullet or a number first), or a blank line between two, and the line that
#: opens its list by saying the items go with the appeal ("To support this appeal we attach:").
_ITEM = re.compile(r"[ \t]*(?:(?:[-*•·–—●▪✔✓]|\d{1,2}[.)])\s|\n)")
_LIST_ATTACHED = re.compile(
    r"\b(?:attach|enclos|includ|provid|submit|upload)\w*\b[^\n]*:\s*$", re.I
)


def _listed_as_attached(text: str, at: int) -> bool:
    """Whether ``text[at]`` is in an item of a list opened by a line of attaching."""
    start = text.rfind("\n", 0, at) + 1
    while _ITEM.match(text, start):
        if start == 0:
            return False
        start = text.rfind("\n", 0, start - 1) + 1
    return start < at and _LIST_ATTACHED.search(text[start : text.find("\n", start)]) is not None


_IS_ATTACHED = re.compile(
    r"^[^.!?\n]{0,60}\b(?:(?:is|are|has been|have been)|(?:which|that) (?:we|i)(?:'ve| have)?)"
    r" (?:(?:also|now|already|hereby) )?(?:attached|enclosed|included|uploaded|submitted)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _named(kind: str, base: str) -> bool:
    """Whether ``base`` (a rendering of the seller's facts) names documents of ``kind``."""
    return re.search(_NAMED.get(kind, kind.replace("_", " ")), base.lower()) is not None


def unfounded_documents(ledger: Ledger, text: str) -> list[Unfounded]:
    """An appeal that says it attaches a kind of document (a letter of authorization, a test
    report) that the seller's facts, and so the seller's own appeal, never name."""
    if ledger.scenario.recipient != "amazon":
        return []
    found: list[Unfounded] = []
    for match in _DOCUMENTS(text):  # read in lower case: the words quoted as written
        if _named(match.lastgroup or "", ledger.base):
            continue
        before = text[max(0, match.start() - 180) : match.start()]
        if (
            _ATTACHING.search(before)
            or _IS_ATTACHED.search(text[match.end() : match.end() + 90])
            or _listed_as_attached(text, match.start())
        ):
            detail = f'"{original(text, match)}" is a document no fact names'
            found.append((detail, match.span()))
    return found


#: Someone of the seller's staff.
_STAFF = (
    r"(?:agents?|employees?|staff(?:\s+members?)?|team\s+members?|workers?|representatives?|"
    r"colleagues?|contractors?|freelancers?|assistants?|managers?|operators?|interns?|"
    r"members?\s+of\s+(?:our\s+)?staff)\b"
)
#: A staff member said to have left or been dismissed ("the agent has since left the company",
#: "we have let the employee go", "he no longer works for us"): what happened to them is a fact.
_DEPARTED = (
    r"\b(?:(?:the|this|that|our|these|those|responsible|former)\s+(?:[\w-]+\s+){0,2}?"
    + _STAFF
    + r"(?:\s*\([^)]{0,40}\)|\s+(?:responsible|involved|concerned|in\s+question))?|he|she|they)"
    r"\s+(?:(?:has|have|had|was|were|is|are)\s+)?"
    r"(?:(?:since|now|already|subsequently|immediately|then|also)\s+)*(?:left\s+(?:the|our)\s+"
    r"(?:company|business|team|firm)|resigned|quit|(?:been\s+)?(?:dismissed|fired|let\s+go|"
    r"terminated|removed\s+from\s+(?:the|our)\s+team)|no\s+longer\s+(?:works?|employed|with\s+"
    r"(?:us|the\s+company)))\b"
    r"|\bwe\s+(?:have\s+|had\s+)?(?:(?:since|now|already|subsequently|immediately|also)\s+)*"
    r"(?:dismissed|fired|let\s+go\s+of|terminated\s+(?:the\s+)?(?:contract|employment)\s+of|"
    r"parted\s+ways\s+with)\s+(?:him|her|(?:the|this|that|our)\s+(?:[\w-]+\s+){0,2}?"
    + _STAFF
    + r")"
    r"|\bwe\s+(?:have\s+|had\s+)?(?:(?:since|now|already|subsequently|immediately|also)\s+)*"
    r"let\s+(?:him|her|(?:the|this|that|our)\s+(?:[\w-]+\s+){0,2}?" + _STAFF + r")\s*go\b"
)
#: Read in lower case, only in the lines holding one of its verbs.
_DEPARTURES = caseless(_DEPARTED)


@lru_cache(maxsize=64)
def _departure_given(base: str) -> bool:
    """Whether the seller's own text (the rendering of the facts) says a staff member left."""
    return next(_DEPARTURES(base), None) is not None


def unfounded_departures(ledger: Ledger, text: str) -> list[Unfounded]:
    """An appeal or a letter that says one of the seller's staff left or was dismissed, which
    the seller's facts never say."""
    if ledger.scenario.recipient == "buyer" or _departure_given(ledger.base):
        return []
    return [
        (f'"{original(text, m)}" says a staff member left or was dismissed, which no fact gives',
         m.span())
        for m in _DEPARTURES(text)
    ]  # fmt: skip


#: Who or what a violation could have reached, counted as none ("none of these buyers", "no
#: reviews", "not a single customer"), then what it came to, in the past ("accepted the gift
#: card", "were posted", "complained"): an outcome that minimises the violation.
_OUTCOME = (
    r"\b(?:none\s+of\s+(?:the|these|those|our|its|them)(?:\s+[\w-]+){0,2}?|no|not\s+(?:a\s+single|one|"
    r"any|a))\s+(?:[\w-]+\s+)?(?:buyers?|customers?|recipients?|reviews?|ratings?|complaints?|harm|"
    r"damage|injur(?:y|ies)|one|them)\b\s+(?:[\w-]+\s+){0,2}?(?:(?:was|were|has\s+been|have\s+been|had\s+"
    r"been)\s+(?:[\w-]+\s+)?(?:posted|left|written|submitted|published|affected|harmed|injured|"
    r"impacted|caused|done|received|redeemed|used)|accepted|received|redeemed|claimed|used|posted|"
    r"left|wrote|submitted|complained|took|bought|purchased|responded|replied|resulted|came)\b"
)
#: Read in lower case, only in the lines holding one of its words.
_OUTCOMES = caseless(_OUTCOME)


@lru_cache(maxsize=64)
def _outcome_given(base: str) -> bool:
    """Whether the seller's own text (the rendering of the facts) states such an outcome."""
    return next(_OUTCOMES(base), None) is not None


def unfounded_outcomes(ledger: Ledger, text: str) -> list[Unfounded]:
    """An appeal or a letter that says its violation came to nothing (no buyer accepted, no
    review was posted), which the seller's facts never say."""
    if ledger.scenario.recipient == "buyer" or _outcome_given(ledger.base):
        return []
    return [
        (f'"{original(text, m)}" states an outcome no fact gives', m.span())
        for m in _OUTCOMES(text)
    ]


#: A seller ID as written (a merchant token: "A" and 9-15 capitals or digits).
_SELLER_ID = re.compile(r"A[0-9A-Z]{9,15}")


def account_left_out(ledger: Ledger, commitment: Commitment, seen: list[Mention]) -> bool:
    """Whether ``commitment`` is the seller ID of a message to Amazon (an appeal) that names no
    seller ID at all: it is sent from the account it is about, which names it, so it may leave
    the ID out; one it writes must be the seller's (another is changed and invented)."""
    spec = ledger.scenario.fields.get(commitment.field)
    return (
        spec is not None
        and spec.type == "seller_id"
        and ledger.scenario.recipient == "amazon"
        and not any(m.kind == "id" and _SELLER_ID.fullmatch(m.text) for m in seen)
    )
