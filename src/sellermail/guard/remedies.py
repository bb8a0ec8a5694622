"""Recognise which remedies a message offers, in the ways people actually phrase them.

The six remedies of the spec: ``replacement`` (a new unit instead of the one received),
``full_refund``, ``partial_refund``, ``claim_code``, ``resend`` (shipping the order again) and
``return``. A remedy counts as offered when it is named in a sentence that is not recalling the
buyer's own request ("you asked for a refund") and not negated ("no need to return it").
One pass of one expression over the lower-cased text, tried only where a word starts: at any
place, the most specific phrasing is tried first.
"""

from __future__ import annotations

import bisect
import re

from sellermail.guard.remedies_english import ENGLISH
from sellermail.guard.sentences import CLAUSE_END, cued_sentences, holds_any, lowered
from sellermail.guard.vocabulary import Phrasing, vocabulary

#: Each remedy in words, for reports and prompts.
NAMES = {
    "replacement": "a replacement (a new unit instead of the one received)",
    "full_refund": "a full refund",
    "partial_refund": "a partial refund",
    "claim_code": "a claim code",
    "resend": "shipping the order again",
    "return": "a return",
    "original_return": "sending the original item back (part of an exchange)",
    # perks: no remedies of the spec, but offers a rewrite may invent
    "free_shipping": "free shipping",
    "perk": "a perk (express delivery, a prepaid label, a gift, early access or points)",
}

#: A return of "the original item" (a sentence naming a return and the original): in an exchange
#: the buyer sends the original back, so it is part of the replacement, not a remedy of its own.
ORIGINAL = "original_return"
#: What an offered remedy brings with it, which a message may name without adding a remedy.
#: A remedy shipped to the buyer (or back) is shipped free; a replacement is the order shipped
#: again ("we have re-sent the bath mat"), however the sentence names it.
ENTAILS = {
    "replacement": frozenset({ORIGINAL, "free_shipping", "resend"}),
    "return": frozenset({ORIGINAL, "free_shipping"}),
    # the item a full refund is made for may go back first ("send it back and we refund you")
    "full_refund": frozenset({ORIGINAL}),
    "resend": frozenset({"free_shipping"}),
    "claim_code": frozenset({"free_shipping"}),
}


#: The event a remedy named as already made states (a claim of :mod:`claims`): a fact of the
#: message must support it, as it must any claim.
MADE = {
    "full_refund": "refunded",
    "partial_refund": "refunded",
    "refund": "refunded",
    "replacement": "resent",
    "resend": "resent",
    "return": "return_received",
    ORIGINAL: "return_received",
}


def entailed(offers: frozenset[str]) -> frozenset[str]:
    """The remedies ``offers`` bring with them (:data:`ENTAILS`)."""
    return frozenset().union(*(ENTAILS.get(offer, frozenset()) for offer in offers))


#: Where a sentence ends, for the item a return sends back (a line break alone does not: "the
#: original item" may stand on the line before "send it back"; a colon before one, a list's, does).
_SENTENCE_END = re.compile(r"[.!?](?=\s)|[。！？]|\n\s*\n|[:：][ \t]*(?=\n)")
#: How far from a remedy, in its clause, the words telling it happened are read (characters).
_DONE_REACH = 50
#: How far before a remedy the clause before its own is read (:attr:`Phrasing.earlier`).
_EARLIER_REACH = 100
#: Where the sentence a remedy declined stands in ends (a line of its own ends it too).
_REST_END = re.compile(r"[.!?](?=\s)|[。！？\n]")
#: How far after a remedy, in its sentence, the words declining it are read (characters).
_DECLINED_REACH = 90


#: List items on lines of their own, each opened by a bullet or a number ("・", "- ", "1.").
_LIST = re.compile(r"(?:\s*(?<=\n)[ \t]*(?:[・•▪◦●○✔✓►*–-]|\d{1,2}[.)）]|[①-⑩])[^\n]*)+")
#: The remedies a return made for one leads to (a return offered with a partial refund stays one).
_LEADS_TO = frozenset({"replacement", "full_refund", "refund"})


def _leads_to(text: str, start: int, end: int, phrasing: Phrasing) -> bool:
    """Whether the sentence ``text[start:end]`` or the one after it names a remedy a return is
    made for: the step and what follows it may be told apart ("send it back through your
    account. Once it is in, we send a replacement", "A quel punto potrà scegliere...")."""
    stop = _SENTENCE_END.search(text, end)
    stop_at = stop.start() if stop else len(text)
    items = _LIST.match(text, stop.end()) if stop else None  # or as the list items it announces
    stop_at = items.end() if items else stop_at
    return any(m.lastgroup in _LEADS_TO for m in phrasing.pattern.finditer(text, start, stop_at))


def _rest(text: str, at: int) -> str:
    """What follows ``at`` in its sentence, at most :data:`_DECLINED_REACH` characters."""
    stop = _REST_END.search(text, at, at + _DECLINED_REACH)
    return text[at : stop.start() if stop else at + _DECLINED_REACH]


def phrasing(language: str) -> Phrasing:
    """How ``language`` offers remedies (English when it has no vocabulary of its own)."""
    own = vocabulary(language)
    return own.offers if own and own.offers else ENGLISH


def offered(text: str, phrasing: Phrasing = ENGLISH) -> set[str]:
    """The remedies ``text`` offers; a bare "refund" is reported as ``refund`` (the caller
    knows which refund the message means)."""
    return set(offers_in(text, phrasing))


def offers_in(
    text: str,
    phrasing: Phrasing = ENGLISH,
    held: re.Pattern[str] | None = None,
    done: dict[str, tuple[int, int]] | None = None,
    joined: bool = False,
) -> dict[str, tuple[int, int]]:
    """The remedies ``text`` offers (in the language of ``phrasing``), each with where its
    first offer is written; ``done`` collects the remedies named as already made ("we refunded
    the shipping fee last week", each where it is first named so), which offer nothing anew:
    what happened is the facts' to support (:data:`MADE`). ``held``: more words naming the item the buyer received (the
    product's own, "la housse"), which make a return in their sentence the original going
    back (:data:`ORIGINAL`) unless words of the sentence add it to the others ("you can also
    return the cover"). ``joined`` (a message offering no return of its own): a return in the
    sentence of a replacement or a refund is the step that remedy takes ("send it back and we
    refund you", "vous pourrez nous le retourner et choisir un échange"), the same way."""
    text = lowered(text)
    if phrasing.cues and not holds_any(text, phrasing.cues):
        return {}
    starts: list[int] = []  # the clauses, read once a remedy is found
    sentences: list[int] = []  # where sentences start, found for the first return
    found: dict[str, tuple[int, int]] = {}
    matches = (
        cued_sentences(phrasing.pattern, text, phrasing.cues)
        if phrasing.cues
        else phrasing.pattern.finditer(text)
    )
    offer_at = -1  # where the last remedy offered starts
    for match in matches:
        name = match.lastgroup
        if name in found:
            offer_at = match.start()
        if name is None or name in found or text.startswith(" request", match.end()):
            continue
        if not starts:
            starts = [0] + [m.end() for m in CLAUSE_END.finditer(text)]
        at = bisect.bisect_right(starts, match.start())
        clause = starts[at - 1]
        # the recalling and negating words come at most a few words before the remedy; the buyer's
        # wish after a remedy offered in the clause is that offer's ("el cambio que desea o le...")
        before = text[max(clause, match.start() - 100) : match.start()]
        recalled = phrasing.recalled if offer_at < clause else None
        if any(p and p.search(before) for p in (phrasing.negated, recalled)):
            continue
        if phrasing.earlier and phrasing.earlier.search(
            text, max(0, match.start() - _EARLIER_REACH), match.start()
        ):
            continue
        end = starts[at] if at < len(starts) else len(text)
        if phrasing.after and phrasing.after.search(text[match.end() : end]):
            continue
        if phrasing.declined and phrasing.declined.search(_rest(text, match.end())):
            continue
        if phrasing.clause and phrasing.clause.search(
            f"{text[clause : match.start()]}§{text[match.end() : end]}"
        ):
            continue
        if phrasing.done and (
            phrasing.done.search(text[max(clause, match.start() - _DONE_REACH) : match.start()])
            or phrasing.done.search(text[match.end() : min(end, match.end() + _DONE_REACH)])
        ):
            if done is not None:
                done.setdefault(name, match.span())
            continue
        if name == "return" and (phrasing.original or held or joined):  # "send the original back"
            sentences = sentences or [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
            at = bisect.bisect_right(sentences, match.start())
            end = sentences[at] if at < len(sentences) else len(text)
            start = sentences[at - 1]
            also = bool(phrasing.also and phrasing.also.search(text, start, end))
            if (
                (phrasing.original and phrasing.original.search(text, start, end))
                or (held and held.search(text, start, end) and not also)
                or (joined and not also and _leads_to(text, start, end, phrasing))
            ):
                name = ORIGINAL
        found.setdefault(name, match.span())
        offer_at = match.start()
    return found
