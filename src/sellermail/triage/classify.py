"""Triage: what an inbound message is, which scenario answers it, the facts it carries.

Offline and deterministic. The kinds, their scenarios and their cue phrases are data
(inbound/kinds.yaml); how a notice is read is data too (inbound/notices.yaml). How a message is
classified:

1. The cue text is the subject and the body without quoted lines (``> ...``), relay or notice
   labels (``Order ID:``, ``Item:``: a product's name says nothing of what the buyer wants) and
   boilerplate. One scan finds every cue phrase (:mod:`sellermail.triage.phrases`), one after
   the other, the longest where several start (it says what the words mean: "how many days"
   asks no quantity); each phrase found adds its weight to its kind, once (a negative weight
   speaks against the kind). A kind's
   subject phrase found in the Subject adds :data:`SUBJECT_WEIGHT` (notice shape).
2. A marketplace notice is read by its parts (:mod:`sellermail.triage.notice`): a phrase
   counts its weight times the factor of the part it is found in (the first paragraph and the
   "why" section in full, FAQ sections, help links and boilerplate about other programmes
   barely), its best part if it is found in several.
3. Boundaries: a kind whose anchor is found (a score of :data:`NOTICE_ANCHOR`, with its subject
   phrase or a phrase of that weight among its cues) weakens the kinds it dominates to
   :data:`DOMINATED_FACTOR` (an item that does not fit is a size issue, whatever
   else the buyer asks).
4. Shape: in a buyer's writing (a relay wrapper or a relay address) the marketplace-notice
   kinds count :data:`BUYER_NOTICE_FACTOR`; in a notice whose anchor is found (an A-to-z claim
   quoting the buyer; or ``other``'s: a report on the seller's own metrics, a reserve, a notice
   that asks for no action) the buyer kinds count :data:`NOTICE_BUYER_FACTOR`: a marketplace
   writing to the seller about the seller's account is no buyer asking. A payment service's
   notice (its sender: PayPal, Stripe...) is none of Amazon's: the
   ``amazon-`` kinds count :data:`PAYMENT_FACTOR` there (a PayPal hold is no account review; a
   buyer's dispute it relays is still the buyer's). A buyer who writes a tracking number has
   it: the tracking request counts :data:`DOMINATED_FACTOR` (they ask where the parcel is).
5. Confidence, with ``top`` the best score and ``second`` the next:
   ``strength = 1 - exp(-top / STRENGTH_SCALE)`` (the evidence: one topical word gives about
   0.4, one strong cue about 0.6, three about 0.95) and
   ``confidence = strength * (1 - CONFLICT_SHARE * second / top)`` (two kinds tied keep 40%).
   The kind is ``other`` when the cues are absent or too weak: ``top`` below
   :data:`MIN_SCORE`, or one generic word alone (a kind needs a cue of weight
   :data:`STRONG_CUE` or more where it counts in full, a subject phrase, or two cues; in a
   buyer's message, a topical word no other kind's cue contradicts will do). A tie goes to
   ``other`` when it is one of the tied (its cues name what the kinds are not). The next kind
   is the ``runner_up``.
6. Not sure: below :data:`SURE` confidence (two kinds close, or little evidence) the kind is
   kept but no scenario is suggested; ``reply`` then asks which answer to draft. An appeal or
   a letter needs :data:`APPEAL_SURE`. The figures are chosen from the calibration table of
   benchmarks/triage.py (accuracy by confidence band).
7. The scenario: the kind's, or the one its first scenario rule found in the notice's main
   text names (an IP complaint over images, or one that deactivated the account; an account
   review over offers on others' listings), which may name the policy appealed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sellermail.compose.catalogue import builtin
from sellermail.guard.language import detect, normalise
from sellermail.triage.deadline import reply_by
from sellermail.triage.extract import complaint_facts, extract, order_numbers, tracking_numbers
from sellermail.triage.kinds import MESSAGE_KINDS, URGENT, Body, contents, read_body
from sellermail.triage.kinds import model as kinds_model
from sellermail.triage.message import Message, read_message
from sellermail.triage.notice import MAIN, TABLE_ROW, parts, payment_service, sectioned
from sellermail.triage.phrases import leftmost
from sellermail.triage.said import Said, said

SUBJECT_WEIGHT = 5.0
BUYER_NOTICE_FACTOR = 0.5
NOTICE_BUYER_FACTOR = 0.25
#: A notice kind scoring this much makes the message a notice (its anchor phrase is there).
NOTICE_ANCHOR = 6.0
#: What a dominated kind's score counts once the kind that dominates it has its anchor.
DOMINATED_FACTOR = 0.5
#: What the ``amazon-`` kinds count in a payment service's notice.
PAYMENT_FACTOR = 0.2
#: The least score a kind needs (a lone hint is no case).
MIN_SCORE = 2.0
#: A cue this heavy, where it counts in full, is evidence alone; lighter ones need company.
STRONG_CUE = 3.0
STRENGTH_SCALE = 4.0
CONFLICT_SHARE = 0.6
#: Below this confidence triage is not sure: no scenario is suggested (benchmarks/triage.py).
SURE = 0.5
#: Below this confidence no appeal or letter is suggested (a wrong appeal is the most harmful
#: mistake this tool can make): the band from which benchmarks/triage.py found every message
#: right on our corpora (plain and leave-one-out) and on the held-out sets too (on ours alone,
#: every band from 0.7 up is; on the held-out sets, plain, too, but 0.8 leaves a margin).
APPEAL_SURE = 0.8

#: A text this many lines long or longer is read as a notice when it has a notice's sections.
SECTIONED_LINES = 6

SUFFIXES = (".eml", ".txt")


@dataclass(frozen=True)
class Triage:
    """What a message is (``kind``), how sure triage is, what answers it, and its facts."""

    kind: str
    confidence: float
    scenario: str | None
    facts: dict[str, Any]
    language: str
    #: One line on how the result was reached when it is worth saying (a model's failure).
    note: str | None = field(default=None, compare=False)
    #: The buyer's own words and what they ask for (remedies wanted or refused, a reason);
    #: not part of the JSON contract.
    said: Said | None = field(default=None, compare=False)
    #: The next most likely kind, or ``None``.
    runner_up: str | None = None
    #: When the answer is due (ISO 8601), from the Date header and the channel, or ``None``.
    reply_by: str | None = None
    #: Whether triage is sure of the kind (when not, ``scenario`` is ``None``).
    sure: bool = field(default=True, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: kind, confidence, scenario, facts, language, runner_up, reply_by."""
        return {"kind": self.kind, "confidence": self.confidence, "scenario": self.scenario,
                "facts": self.facts, "language": self.language, "runner_up": self.runner_up,
                "reply_by": self.reply_by}  # fmt: skip


#: The address of a marketplace's relay of a buyer's message (Amazon's, Walmart's).
_RELAY_ADDRESS = re.compile(r"marketplace|relay")
_JAPAN = re.compile(r"(?i)amazon\.co\.jp|\.jp\b|円|様")


def _notice_address(message: Message) -> bool:
    """Whether the sender's address is a marketplace's or a payment service's own (not a
    buyer relay)."""
    address = message.address.lower()
    return not _RELAY_ADDRESS.search(address) and any(
        name in address for name in ("amazon", "ebay", "walmart", "paypal")
    )


def is_notice(message: Message, text: str | None = None) -> bool:
    """Whether the marketplace wrote ``message`` (its address, or a notification's phrases)."""
    if message.buyer_text is not None or _RELAY_ADDRESS.search(message.address.lower()):
        return False
    text = cue_text(message) if text is None else text
    return _notice_address(message) or bool(kinds_model().notice.search(text))


def cue_text(message: Message) -> str:
    """The text cue phrases are looked for in (see the module docstring), normalised."""
    return f"{normalise(message.subject)} {contents(message.body)[1]}"


@dataclass(frozen=True)
class Evidence:
    """What the cue phrases of a message say: each kind's score, the phrases found (and
    where), the kinds its subject names, and the text that counts in full (for the scenario
    rules)."""

    def enough(self, kind: str) -> bool:
        """Whether ``kind`` has evidence enough: a subject phrase, a strong cue counting in
        full, or two cues counting in full."""
        if kind in self.subjects:
            return True
        weights = kinds_model().by_kind[kind]
        cues = 0
        for key, factor in self.found.items():
            weight = weights.get(key, 0.0)
            if weight > 0 and factor >= MAIN / 2:
                if weight >= STRONG_CUE or cues:
                    return True
                cues += 1
        return False

    totals: dict[str, float]
    #: Each cue phrase found and the factor of the best part it was found in.
    found: dict[str, float]
    #: The kinds whose subject phrase the subject holds.
    subjects: frozenset[str]
    main: str
    #: A notice's whole cue text (where a stated deadline is looked for), else "".
    notice: str


def _pieces(subject: str, body: Body, notice: bool) -> list[tuple[str, float]]:
    """The cue text in pieces and the factor each counts: a notice by its parts, anything
    else whole."""
    if not notice:
        return [(f"{subject} {body.plain}", MAIN)]
    rows = frozenset(i for i, line in enumerate(body.kept.split("\n")) if TABLE_ROW.search(line))
    return [(subject, MAIN), *parts(body.lines, rows)]


def _anchor(kind: str, found: dict[str, float], subjects: set[str]) -> bool:
    """Whether ``kind``'s anchor is found: its subject phrase, or a phrase of anchor weight
    where it counts in full (not a score of lighter cues: "violation of our policies" and
    "prohibited" name no policy)."""
    weights = kinds_model().by_kind[kind]
    return kind in subjects or any(
        weights.get(key, 0.0) >= NOTICE_ANCHOR and factor >= MAIN / 2
        for key, factor in found.items()
    )


def evidence(message: Message, body: Body | None = None) -> Evidence:
    """Each kind's weighed score (see the module docstring); ``body``: the body read, if
    known."""
    model = kinds_model()
    body = read_body(message.body) if body is None else body
    subject = normalise(message.subject)
    text = f"{subject} {body.plain}"
    notice = is_notice(message, text) or (
        message.buyer_text is None and len(body.lines) >= SECTIONED_LINES and sectioned(body.lines)
    )  # written like a notice: "Why did this happen?", "How do I reactivate my account?"
    best: dict[str, float] = {}
    pieces = _pieces(subject, body, notice)
    for piece, factor in pieces:
        # each phrase of the data found (what benchmarks/triage.py takes out is not)
        found = [f for f in model.cues.every(piece) if model.cues.key(f.phrase) in model.weights]
        for cue in {model.cues.key(f.phrase) for f in leftmost(found)}:  # "{n} sets"
            if best.get(cue, -1.0) < factor:
                best[cue] = factor
    totals = dict.fromkeys(MESSAGE_KINDS, 0.0)
    for key, factor in best.items():
        for kind, weight in model.weights.get(key, ()):
            totals[kind] += weight * factor
    subjects = {
        k for m in model.subjects.finditer(subject) for k in model.subject_kinds.get(m[0], ())
    }
    where = f"{message.sender} {message.address}".lower()
    relay = (
        message.buyer_text is not None or _RELAY_ADDRESS.search(where) or model.relay.search(text)
    )
    foreign = not relay and bool(payment_service().search(where))
    for kind in subjects:
        totals[kind] += SUBJECT_WEIGHT
    anchors = model.notice_kinds | ({"other"} if notice else set())
    anchored = max(totals[kind] for kind in anchors) >= NOTICE_ANCHOR
    for kind, dominated in model.dominates.items():
        if totals[kind] >= NOTICE_ANCHOR and _anchor(kind, best, subjects):
            for other in dominated:
                totals[other] *= DOMINATED_FACTOR
    for kind in totals:
        totals[kind] = max(0.0, totals[kind])
        if foreign and kind.startswith("amazon-"):
            totals[kind] *= PAYMENT_FACTOR
        if relay and kind in model.notice_kinds:
            totals[kind] *= BUYER_NOTICE_FACTOR
        elif anchored and not relay and kind.startswith("buyer-"):
            totals[kind] *= NOTICE_BUYER_FACTOR
    asks = totals["buyer-tracking-request"] > 0
    if asks and not notice and tracking_numbers(body.kept, set(order_numbers(body.kept))):
        totals["buyer-tracking-request"] *= DOMINATED_FACTOR  # the buyer has the number
    main = " ".join(p for p, f in pieces if f >= MAIN / 2) if notice else text
    return Evidence(totals, best, frozenset(subjects), main, text if notice else "")


def triggered(message: Message) -> set[str]:
    """Every cue phrase (as a key of the data) found in ``message``, those held in a longer one
    too, and its subject phrases as ``"subject:" + phrase`` (what benchmarks/triage.py leaves
    out to test one text unseen)."""
    model = kinds_model()
    body = contents(message.body)[0]
    text = f"{normalise(message.subject)} {normalise(body)}"
    keys = {model.cues.key(found.phrase) for found in model.cues.every(text)}
    keys |= {f"subject:{m[0]}" for m in model.subjects.finditer(normalise(message.subject))}
    return keys


def scores(message: Message) -> dict[str, float]:
    """Each kind's weighed score (see the module docstring)."""
    return evidence(message).totals


@dataclass(frozen=True)
class Verdict:
    """The kind, the confidence, the next kind, and whether triage is sure."""

    kind: str
    confidence: float
    runner_up: str | None
    sure: bool


def judge(found: Evidence) -> Verdict:
    """The kind and how sure (see the module docstring)."""
    # a tie goes to "other": its cues say what the message is when it is none of the kinds
    ranked = sorted(found.totals.items(), key=lambda item: (-item[1], item[0] != "other"))
    (kind, top), (second_kind, second) = ranked[0], ranked[1]
    if top <= 0:
        return Verdict("other", 0.0, None, False)  # nothing to go on
    runner_up = second_kind if second > 0 else None
    strength = 1 - math.exp(-top / STRENGTH_SCALE)
    confidence = round(strength * (1 - CONFLICT_SHARE * (second / top)), 2)
    alone = not found.notice and second == 0  # a buyer's one topical word, and nothing else
    if top < MIN_SCORE or not (alone or found.enough(kind)):
        return Verdict("other", confidence, kind if kind != "other" else runner_up, False)
    return Verdict(kind, confidence, runner_up, confidence >= SURE and second < top)


def classify(message: Message) -> tuple[str, float]:
    """The kind and the confidence (see the module docstring)."""
    verdict = judge(evidence(message))
    return verdict.kind, verdict.confidence


def scenario_rule(
    kind: str, main: str, facts: dict[str, Any]
) -> tuple[str | None, str | None] | None:
    """The scenario and the policy named by the first of ``kind``'s scenario rules found in
    the notice's ``main`` text (with the fact it needs), or ``None`` when none is."""
    for rule in kinds_model().rules.get(kind, ()):
        if (rule.needs is None or rule.needs in facts) and rule.when.search(main):
            return rule.scenario, rule.policy
    return None


def scenario_for(kind: str, facts: dict[str, Any], main: str = "") -> str | None:
    """The scenario that answers ``kind``, given the facts known and the notice's main text."""
    model = kinds_model()
    if kind in model.scenario_without_tracking and not facts.get("tracking_number"):
        return model.scenario_without_tracking[kind]
    ruled = scenario_rule(kind, main, facts) if main else None
    return ruled[0] if ruled else model.scenarios.get(kind)


def triage(message: Message) -> Triage:
    """Classify ``message`` and extract its facts, offline."""
    body = read_body(message.body)
    writer, plain = (
        (body.kept, body.plain) if message.buyer_text is None else contents(message.buyer_text)
    )
    language = detect(writer, plain)
    if language == "zh" and _JAPAN.search(f"{message.address}\n{message.body}"):
        language = "ja"  # Chinese characters alone, from a Japanese marketplace
    found = evidence(message, body)
    notice = bool(found.notice)
    facts = extract(message, language, writer=writer, notice=notice)
    verdict = judge(found)
    if verdict.kind in kinds_model().no_buyer:
        facts.pop("buyer_name", None)  # a colleague's note or a team's sign-off
    if verdict.kind == "amazon-ip-complaint" or verdict.runner_up == "amazon-ip-complaint":
        facts.update(complaint_facts(message.body))
    ruled = scenario_rule(verdict.kind, found.main, facts)
    if ruled and ruled[1]:
        facts["policy"] = ruled[1]
    scenario = scenario_for(verdict.kind, facts, found.main) if verdict.sure else None
    sure = verdict.sure
    if (
        scenario
        and verdict.confidence < APPEAL_SURE
        and not builtin().get(scenario).is_buyer_message
    ):
        scenario, sure = None, False  # an appeal or a letter only from the surest band
    due = reply_by(message, found.notice)
    return Triage(verdict.kind, verdict.confidence, scenario, facts, language, said=said(writer),
                  runner_up=verdict.runner_up, reply_by=due, sure=sure)  # fmt: skip


def triage_file(source: str | Path) -> Triage:
    """Triage the message in file ``source`` (``-``: standard input)."""
    return triage(read_message(source))


def report_order(kind: str) -> int:
    """Where ``kind`` goes in a batch report: urgent kinds first, then the contract's order."""
    return URGENT.index(kind) if kind in URGENT else len(URGENT) + MESSAGE_KINDS.index(kind)
