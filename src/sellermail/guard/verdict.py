"""The guard's verdict: a candidate text against a ledger and the channel's policy -> violations.

:func:`guard` is pure (a ledger and a text in, a report out): it renders nothing, reads no file
and needs no network (the secrets it blocks besides key-shaped tokens are the ones the LLM
layer registered in :mod:`sellermail.guard.secrets`). Whoever renders the message builds its ledger
(:mod:`sellermail.pipeline.ledgers`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import Any

from mypy_extensions import mypyc_attr

from sellermail.guard import claims as stated
from sellermail.guard import remedies
from sellermail.guard.advice import advised, supposed
from sellermail.guard.appeal_facts import (
    account_left_out,
    unfounded_departures,
    unfounded_documents,
    unfounded_outcomes,
    unfounded_registrations,
)
from sellermail.guard.blanks import blanks
from sellermail.guard.carriers import names_carrier
from sellermail.guard.claims import NAMES as CLAIMS
from sellermail.guard.claims import Claim, claims
from sellermail.guard.counts import said_elsewhere
from sellermail.guard.language import written_in
from sellermail.guard.ledger import FACT_KINDS, Draft, Ledger
from sellermail.guard.mentions import Mention, mentions
from sellermail.guard.numberwords import amounts_in_digits
from sellermail.guard.policy import channel_finding, lint
from sellermail.guard.ready import ready
from sellermail.guard.remedies import NAMES, offers_in
from sellermail.guard.rule import BLOCK, Finding
from sellermail.guard.same_fact import holds
from sellermail.guard.secrets import long_pieces, redact
from sellermail.guard.sentences import lowered
from sellermail.guard.wording import word_forms

VIOLATION_KINDS = ("missing_fact", "invented_fact", "offer_mismatch", "placeholder", "policy")


@dataclass(frozen=True)
class Violation:
    """One thing wrong with a text."""

    #: One of :data:`VIOLATION_KINDS`.
    kind: str
    #: The field concerned, or ``None``.
    fact: str | None
    #: One line, quoting the offending words.
    detail: str
    #: ``block`` or ``warn``.
    severity: str = BLOCK
    #: The policy rule id, for ``policy`` violations.
    rule: str | None = None
    #: Where the offending words are in the text (start, end), or ``None`` (a missing fact,
    #: a rule about the whole message). Not part of what makes two violations the same.
    span: tuple[int, int] | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON: kind, fact, detail, severity, rule, span (``[start, end]``)."""
        data = asdict(self)
        data["span"] = list(self.span) if self.span else None
        return data


@mypyc_attr(allow_interpreted_subclasses=True)  # the pipeline's Checked adds the language
@dataclass(frozen=True)
class Report:
    violations: tuple[Violation, ...]

    @property
    def ok(self) -> bool:
        """No blocking violation (warnings alone pass)."""
        return not any(v.severity == BLOCK for v in self.violations)

    @property
    def clean(self) -> bool:
        """No violation at all (what ``--strict`` asks for)."""
        return not self.violations

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "violations": [v.to_dict() for v in self.violations]}


def _span(text: str, words: str, start: int = -1) -> tuple[int, int] | None:
    """Where ``words`` are in ``text``: at ``start`` when known, else their first place."""
    if not words:
        return None
    at = start if start >= 0 else text.find(words)
    return (at, at + len(words)) if at >= 0 else None


def _policy(finding: Finding, text: str) -> Violation:
    detail = (
        f'"{finding.words}": {finding.reason}' if finding.words else f"{finding.reason} (missing)"
    )
    span = _span(text, finding.words)
    return Violation("policy", None, detail, finding.severity, finding.rule, span)


#: Tokens of 7 or more letters, digits and hyphens: what a mistyped ID looks like (a hyphen
#: stuck to one end included).
_TOKEN = re.compile(r"[A-Za-z0-9-](?<![A-Za-z0-9-][A-Za-z0-9-])(?=[a-z-]*[A-Z0-9])[A-Za-z0-9-]{6,}")


def _resolve_refund(found: set[str], offers: frozenset[str]) -> set[str]:
    """A bare "refund" names the refund the message offers; with none named elsewhere and
    none offered, it is a full refund."""
    if "refund" not in found:
        return found
    found = found - {"refund"}
    if found & {"full_refund", "partial_refund"}:
        return found
    offered_refunds = offers & {"full_refund", "partial_refund"}
    return found | (set(offered_refunds) if len(offered_refunds) == 1 else {"full_refund"})


def _near(token: str, ident: str) -> bool:
    """One or two characters away from ``ident`` (case ignored), but not ``ident`` itself."""
    a, b = token.upper(), ident.upper()
    if len(a) == len(b):
        return token != ident and sum(x != y for x, y in zip(a, b, strict=True)) <= 2
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


def _near_misses(ledger: Ledger, text: str) -> list[tuple[str, int]]:
    """Tokens that look like a mistyped ID of the ledger (``LX12345678sCN``, ``B08N5WRWN``),
    but not a code the facts' own text holds ("HY-1100B instead of HY-1100": both are given)."""
    ids = [c.shown for c in ledger.commitments if c.kind == "id"]
    if not ids:
        return []
    lengths = {len(i) + d for i in ids for d in (-1, 0, 1)}
    return [
        (m[0], at + m.start())
        for piece, at in long_pieces(text, max(7, min(lengths)))
        for m in _TOKEN.finditer(piece)
        if len(m[0]) in lengths
        and m[0] not in ids
        and any(_near(m[0], i) for i in ids)
        and not re.search(rf"(?<![\w-]){re.escape(m[0])}(?![\w-])", ledger.base)
    ]


_GROUPING = re.compile(r"[\s.-]")


@lru_cache(maxsize=64)
def _in_groups(plain: str) -> re.Pattern[str]:
    """``plain`` written whole or in groups (a space, dot or hyphen between any characters),
    not inside a longer word: its first character first (which the engine looks for quickly),
    then the look-behind for the word's start."""
    first = re.escape(plain[0])
    rest = "".join(r"[ .-]?" + re.escape(char) for char in plain[1:])
    return re.compile(rf"{first}(?<![\w-]{first}){rest}(?![\w-])")


def _grouped_ids(seen: list[Mention], ledger: Ledger, text: str) -> list[Mention]:
    """``seen``, with an ID of the ledger written in other groups read as that ID: kept, not a
    phone number, a number nobody gave or another ID. "3981-2746-5102" or "3981 2746 5102" for
    the Yamato number 398127465102, and "398127465102" for one the seller typed grouped; a long
    one in more groups than a number is read in ("9400 1118 9922 3344 5566 77") is found whole."""
    ids = {_GROUPING.sub("", c.shown): c.shown for c in ledger.commitments if c.kind == "id"}
    if not ids:
        return seen
    whole = [
        Mention("id", ("id", shown), m[0], m.start())
        for plain, shown in ids.items()
        if len(plain) >= 8
        for m in _in_groups(plain).finditer(text)
        if _GROUPING.search(m[0])
    ]
    spans = [(m.start, m.start + len(m.text)) for m in whole]
    return sorted(
        [
            Mention("id", ("id", ids[plain]), m.text, m.start)
            if m.kind in ("phone", "number", "id") and (plain := _GROUPING.sub("", m.text)) in ids
            else m
            for m in seen
            if not any(a <= m.start < b for a, b in spans)
        ]
        + whole,
        key=lambda m: m.start,
    )


#: Words of four letters or more that name no thing, in a product's name ("for", "pour", "für").
_NOT_A_THING = frozenset("with from pour avec sans dans para como della delle dello degli nella "
                         "sulla für mit ohne aus".split())  # fmt: skip


#: What ends a clause inside a name ("Daunenjacke Leicht, Gr. 38", "Mug, 350 ml").
_CLAUSE_MARKS = re.compile(r"[.,;:!?、。]")


def _names_unpunctuated(text: str, ledger: Ledger) -> str:
    """``text`` with the stops and commas inside the names of its facts, as written, made
    spaces, and the comma closing such a name set off as an apposition: a name is one noun of
    its sentence, whose clauses ("dass Sie Ihre Jacke Leicht, Gr. 38, zurücksenden möchten")
    the remedies are read in."""
    lower = lowered(text)  # offsets kept, as the names are found in it and blanked in ``text``
    for c in ledger.commitments:
        if c.kind != "name" or not _CLAUSE_MARKS.search(c.shown):
            continue
        name = lowered(c.shown)
        at = lower.find(name)
        while at >= 0:
            end = at + len(name) + (text[at + len(name) : at + len(name) + 1] == ",")
            text = text[:at] + _CLAUSE_MARKS.sub(" ", text[at:end]) + text[end:]
            at = lower.find(name, end)
    return text


def _held(ledger: Ledger) -> re.Pattern[str] | None:
    """The words of the product's name, in any form the language gives them, when the message
    offers no return but sends the original back in an exchange: a return in their sentence
    ("send the cushion back", "pour nous renvoyer la housse") is the original going back."""
    if "return" in (ledger.offers or ()) or remedies.ORIGINAL not in ledger.may_offer:
        return None
    names = [c.key[1] for c in ledger.commitments if c.field == "product" and c.kind == "name"]
    if ledger.language == "ja":
        return re.compile("|".join(map(re.escape, names))) if names else None
    words = {w for name in names for w in re.split(r"[\s-]+", name)
             if len(w) >= 4 and w.isalpha() and w not in _NOT_A_THING}  # fmt: skip
    if not words:
        return None
    forms = "|".join(word_forms(word, ledger.language) for word in sorted(words))
    return re.compile(rf"(?<!\w)(?:{forms})(?!\w)")


def _counts_merged(ledger: Ledger, seen: list[Mention], text: str) -> list[Violation]:
    """Counts of different things that are the same number ("2 negative feedbacks", "2
    chargebacks") are kept only when the number is written as often: once names one of them;
    and only by a number other facts do not hold (see :mod:`counts`)."""
    fields = ledger.scenario.fields
    counts = [c for c in ledger.commitments if c.kind == "number" and c.key[1] != 1
              and fields.get(c.field) and fields[c.field].type == "count"]  # fmt: skip
    return [
        Violation("missing_fact", c.field, f'{c.field} "{c.shown}" is missing or changed')
        for i, c in enumerate(counts)
        if sum(other.key == c.key for other in counts[:i]) >= sum(m.key == c.key for m in seen) > 0
        or (ledger.elsewhere and said_elsewhere(c.key, text, seen, ledger.elsewhere))
    ]


def _with_made(
    text: str, ledger: Ledger, said: list[Claim], made: dict[str, tuple[int, int]]
) -> list[Claim]:
    """The claims ``said`` and those the remedies named as already made state
    (:data:`remedies.MADE`: "we were able to send a replacement" says it was sent), where their
    sentence states them as fact: the facts must support a remedy told as done as any claim."""
    lower = lowered(text)
    phrasing = stated.phrasing(ledger.language)
    named = {c.name for c in said}
    for remedy, (start, end) in made.items():
        name = remedies.MADE.get(remedy)
        if (
            name
            and name not in named
            and stated.judged(name, ledger.scenario)
            and stated.stated(lower, start, end, phrasing)
        ):
            named.add(name)
            said = [*said, Claim(name, text[start:end], start)]
    return said


def guard(ledger: Ledger, text: str) -> Report:
    """Every violation of ``text`` against ``ledger``: facts, offers, blanks, policy."""
    numbers = any(c.kind == "number" for c in ledger.commitments)
    language = ledger.language
    ready(language)
    seen = _grouped_ids(list(mentions(text, numbers=numbers, language=language)), ledger, text)
    draft = Draft(text, seen, language)
    violations = [
        Violation("missing_fact", c.field, f'{c.field} "{c.shown}" is missing or changed')
        for c in ledger.commitments
        if not draft.keeps(c)
        and not account_left_out(ledger, c, seen)
        and not (c.field == "carrier" and names_carrier(text, c.shown))
    ]
    violations += _counts_merged(ledger, seen, text)
    for mention in seen:
        if mention.kind not in FACT_KINDS or holds(ledger.known, mention.key):
            continue
        if mention.kind == "range" and not mention.key[3]:
            continue  # "7-8" alone is not a claim about time
        if mention.kind in ("duration", "range") and advised(text, mention.start, language):
            continue  # how long to burn, charge or let dry: advice, no fact of the order
        if mention.key[0] == "when" and supposed(text, mention.start, language):
            continue  # "maybe next year": when the buyer might use it, no date of the order
        detail = f'"{mention.text}" is not among the facts given'
        span = _span(text, mention.text, mention.start)
        violations.append(Violation("invented_fact", None, detail, span=span))
    flagged = {v.detail for v in violations}
    for token, start in _near_misses(ledger, text):
        detail = f'"{token}" is not among the facts given'
        if detail not in flagged:
            violations.append(
                Violation("invented_fact", None, detail, span=_span(text, token, start))
            )
    # a remedy named as already made offers none anew when the facts say it happened
    made: dict[str, tuple[int, int]] = {}
    if ledger.offers is not None:
        joined = "return" not in ledger.offers and remedies.ORIGINAL in ledger.may_offer
        read = amounts_in_digits(_names_unpunctuated(text, ledger), language)
        spans = offers_in(read, remedies.phrasing(language), _held(ledger), made, joined)
        happened = {n for n in made if n not in spans and remedies.MADE.get(n) in ledger.claims}
        spans = {n: span for n, span in made.items() if n not in happened} | spans
        found = _resolve_refund(set(spans), ledger.offers)
        named = found | _resolve_refund(happened, ledger.offers)
        violations += [
            Violation(
                "offer_mismatch",
                "offers",
                f"adds {NAMES[o]}, which is not offered",
                span=spans.get(o) or spans.get("refund"),
            )
            for o in sorted(found - ledger.offers - ledger.may_offer)
        ]
        violations += [
            Violation("offer_mismatch", "offers", f"drops {NAMES[o]}, which is offered")
            for o in sorted(ledger.offers - named)
        ]
    violations += [
        Violation(
            "invented_fact",
            None,
            f'"{c.text}" claims {CLAIMS[c.name]}, which no fact supports',
            span=_span(text, c.text, c.start),
        )
        for c in _with_made(
            text, ledger, claims(text, ledger.scenario, stated.phrasing(language)), made
        )
        if c.name not in ledger.claims
    ]
    violations += [
        Violation("invented_fact", None, detail, span=span)
        for detail, span in unfounded_registrations(ledger, text)
        + unfounded_documents(ledger, text)
        + unfounded_departures(ledger, text)
        + unfounded_outcomes(ledger, text)
    ]
    violations += [
        Violation("placeholder", None, f'"{m[0]}" is an unfilled blank', span=m.span())
        for m in blanks(text)
    ]
    findings = lint(ledger.scenario, ledger.channel, text, seen, ledger.base, language,
                    ledger.marketplace, ledger.offers or frozenset())  # fmt: skip
    refused = channel_finding(ledger.scenario, ledger.channel)
    foreign = written_in(text, language, ledger.base)
    violations += [_policy(f, text) for f in ([refused] if refused else []) + findings + foreign]
    # A detail quotes the text: a secret in it is masked (it goes to notes, JSON, batch output).
    violations = [
        v if (detail := redact(v.detail)) == v.detail else replace(v, detail=detail)
        for v in violations
    ]
    return Report(tuple(dict.fromkeys(violations)))
