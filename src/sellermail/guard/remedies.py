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

from sellermail.compose.money import amount_source
from sellermail.guard.pattern_words import unbounded
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


#: An amount of money in lower-cased text ("$5", "chf 5", "5 sek", "49,90 zł").
_MONEY = amount_source(lower=True, embedded=True)
_THING = r"(?:it|them|this|(?:the|your|this|that) (?:[\w-]+ ){0,3}?[\w-]+)"

_NOT_A_UNIT = r"(?!(?:tracking|shipment|delivery|dispatch|parcel|package|order|label|address|link|message|code|attempt|try|start|look|project|idea|plan|purchase|beginning|chapter|year|season|hobby|customer)\b)"
_PHRASES = {  # most specific first
    # a gift card is what a claim code redeems: "a $10 gift card", "store credit"
    "claim_code": r"\b(?:claim|promo(?:tional)?|coupon|gift) code\b|\be?-?gift (?:card|voucher|"
    r"certificate)s?\b|\b(?:store|shop|account|site) credit\b|\bcredit (?:note|voucher)\b|"
    r"\bvouchers?\b",
    "partial_refund": r"\bpartial(?:ly)? (?:refund|reimburse|compensat)\w*|\brefund(?:ing)? (?:you )?"
    r"(?:part|some|a portion|a part) of\b|\brefund\w* (?:of |you )?"
    + _MONEY
    # an amount a few words on, not the whole price: "refund the shipping cost of $4.99"
    + r"|\brefund\w* (?:(?!(?:full|entire|whole|total|complete|purchase|order|or|and)\b)"
    r"[\w-]+ ){1,4}?(?:of |for |worth )?" + _MONEY + r"|" + _MONEY + r"[\d.,]*\s+(?:refund|back)\b",
    "full_refund": r"\b(?:full|complete|100%|total) refund|\brefund\w* (?:you )?(?:in full|the full|"
    r"for the full|the entire|the whole|your full)|\brefund\w* (?:[\w-]+ ){0,2}in full\b|\bfully refund"
    r"|\b(?:your |the )?money back\b",
    "refund": r"\brefund\w*\b",
    "resend": r"\bre-?(?:send|sent|ship)\w*|\b(?:send|ship|dispatch|mail)(?:p?ing)? (?:you )?(?:out )?"
    r"(?:a new|another) (?:package|parcel|shipment)\b|\b(?:send|ship|dispatch|mail)(?:p?ing)? "
    # where it goes may stand before the adverb: "send your order to the right address again"
    r"(?:you )?" + _THING + r" (?:out )?(?:to (?:you|the|your) (?:[\w-]+ ){0,3}?)?"
    r"(?:again|once more|a second time)\b"
    # a new sending named to where it goes: "a new shipment to the correct address"
    r"|\b(?:new|fresh) (?:shipment|delivery|dispatch) (?:to|of (?:your|the) order)\b",
    "replacement": r"\breplac(?:e|ement|ing)\b|\bexchang\w*|\bswap\w*|\b(?:larger|bigger|smaller|"
    r"different) size\b|\b(?:larger|bigger|smaller) (?:version|model|variant)\b|\bsizes? (?:up|down)\b|\b(?:a|one|another) (?:brand[- ]new|new|fresh) "
    + _NOT_A_UNIT
    + r"[\w-]+|\b(?:new|another|fresh) (?:one|unit|item|piece|pair)\b"
    # changed for another one: "we'll switch it for another"
    r"|\b(?:change|switch)(?:ing)? (?:it|them) (?:out |over )?for (?:another|a new one)\b"
    r"|\b(?:send|ship|mail|dispatch)\w* (?:you )?(?:out )?the (?:right|correct) (?:size|colou?r|model)\b",
    "return": r"\breturn(?:ing|ed)? "
    + _THING
    + r"|\b(?:send|ship|mail|post)(?:p?ing)? "
    + _THING
    + r" back\b|\breturn (?:label|shipping)\b|\ba (?:free )?return\b|\bfor (?:a )?return\b",
    "free_shipping": r"\bfree (?:standard )?(?:shipping|delivery|postage)\b|\bships? (?:for )?free\b|"
    r"\bshipping (?:is )?(?:always|still) free\b|\bno shipping (?:costs?|fees?|charges?)\b",
    "perk": r"\b(?:express|expedited|priority|overnight|next[- ]day|two[- ]day|upgraded) (?:shipping|"
    r"delivery|postage)\b|\b(?:free|complimentary|welcome|birthday|bonus|surprise|small) gifts?\b|"
    r"\bearly access\b|\b(?:loyalty|reward|bonus) points\b"
    # compensation in general words, given; not framing a remedy ("as a goodwill gesture, we...")
    r"|\b(?<!\bas )(?:a|an|some)\s+(?:(?:small|little|extra|additional|further|special)\s+)*"
    r"(?:goodwill gesture|gesture(?:\s+of\s+(?:goodwill|good will|thanks|appreciation))?"
    r"|token of (?:our )?(?:appreciation|gratitude|thanks)|little something|something extra"
    r"|compensation)\b(?![^.!?\n]{0,30}?(?:\d|in the form|\bof (?:a|an|the)\b|:))"
    # a label the seller pays for (a return offered is started from the marketplace's orders)
    r"|\b(?:pre-?paid|postage[- ]paid|free|paid)\s+(?:return\s+)?(?:shipping\s+)?label\b"
    # not one the marketplace gives with the return it starts: "the prepaid label Amazon gives you"
    r"(?!\s+(?:(?:that|which)\s+)?(?:amazon|ebay|the marketplace)\b|\s+from\s+(?:amazon|ebay)\b)"
    # an extra item put in the parcel for free: "we've added a free spare cable to your parcel"
    r"|\b(?:add(?:ed|ing)?|includ(?:e|ed|ing)|put(?:ting)?|slip(?:ped|ping)?|tuck(?:ed|ing)?|"
    r"throw(?:n|ing)?) (?:in )?(?:a |an |some )?(?:free|complimentary)\b"
    # an extra item put in the parcel, called free after it: "we'll slip one of our travel
    # puzzles into the parcel, free of charge"
    r"|\b(?:slip|tuck|pop|throw|add|include|put|pack|enclose)(?:s|d|ed|ped|ping|ing|n)?\s+(?:in\s+)?"
    r"(?:[\w'-]+\s+){1,6}?(?:in|into|inside|to|with)\s+(?:the|your)\s+(?:parcel|package|box|order|"
    r"shipment)\b[^.!?\n]{0,30}?\b(?:free of charge|at no (?:extra |additional )?(?:cost|charge)|"
    r"on the house|as a (?:small |little )?(?:gift|present|thank[- ]you))"
    # framed before as an apology or a thanks, or named an extra one: "to make up for it, we'll
    # add a second cable to the parcel", "we'll tuck an extra filter into the box"
    r"|\b(?:as (?:an?|a small|a little) (?:apology|thank[- ]you|gesture)|to make (?:it )?up (?:to you|"
    r"for)|by way of (?:an )?apology|to say (?:sorry|thanks))\b[^.!?\n]{0,80}?\b(?:slip|tuck|pop|throw|"
    r"add|include|put|pack|enclose)\w*\b[^.!?\n]{0,50}?\b(?:in|into|inside|to|with) (?:the|your) "
    r"(?:parcel|package|box|order|shipment|replacement)\b|\b(?:slip|tuck|pop|throw|add|include|put|"
    r"pack|enclose)\w* (?:in )?(?:an? |one )?(?:extra|second|spare|additional|bonus)\b[^.!?\n]{0,40}?"
    r"\b(?:in|into|inside|with) (?:the|your) (?:parcel|package|box|shipment|replacement)\b",
}
#: Every remedy's phrases behind one look-behind for a word's start (each begins one, or an
#: amount), their own ``\b`` then dropped: see :func:`pattern_words.unbounded`.
PATTERN = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{name}>{unbounded(p)})" for name, p in _PHRASES.items()) + ")"
)
#: The item the buyer received, named as the one a new one replaces (what goes back in an exchange).
_ORIGINAL = re.compile(
    r"\bthe original\b(?! (?:packaging|package|box|condition|receipt|invoice|address)\b)"
    r"|\bthe old (?:one|(?:[\w-]+ )?(?:item|unit|product|piece|pair))\b"
)
CUES = (
    "swap",
    "voucher",
    "complimentary",
    "credit",
    "size",
    "code",
    "exchang",
    "money back",
    "refund",
    "reimburs",
    "compensat",
    "replac",
    "new",
    "another",
    "fresh",
    "send",
    "sent",
    "ship",
    "dispatch",
    "mail",
    "return",
    "back",
    "free",
    "express",
    "expedited",
    "priority",
    "overnight",
    "day ",
    "day-",
    "upgraded",
    "gift",
    "early access",
    "points",
    "paid",
    "no extra",
    "no additional",
    "extra",
    "spare",
    "second",
    "bonus",
    "make up",
    "apology",
    "gesture",
    "token",
    "something",
    "compensation",
)
#: Words just before a remedy (in the same clause) that recall what the buyer asked for.
_RECALLED = re.compile(
    r"(?:\byou(?:'ve| have|'d| had)? (?:requested|asked(?: for| about| to)?|mentioned|said|chose|opened|"
    r"initiated|submitted|started|began|begun|filed|lodged|registered|logged|raised|booked|"
    r"wanted(?: to)?)|\b(?:why|that|since|as|because) you(?:'d| would| want| wish|"
    r" wanted)(?: like)? to|\bwhy (?:you(?:'re| are)|are you)"
    r"|(?<!if )\byou (?:want|wish) to"
    # the reason for the buyer's own act asked about: "what made you return it", "why you
    # decided to return it", "the reason you're returning it" ("that's why you get" is none)
    r"|\bwhat (?:made|led|prompted|caused|brought|moved) you\b|\byou(?:'ve| have)? decided\b"
    r"|(?<!'s )(?<!is )\bwhy (?:did |have |had )?you(?:'ve|'d| have| had)?\b"
    r"|\breasons? (?:why |that )?you\b|\breasons? for\b"
    # the buyer's preference said of them: "I understand you'd rather have your money back"
    r"|(?<!if )(?<!whether )\byou(?:'d| would) (?:rather|prefer)"
    # the buyer's question reported: "you asked us whether it would be possible to resend it"
    r"|\byou(?:'ve| have)? (?:asked|wondered|inquired|enquired)(?: us| me)? (?:if|whether)"
    r"(?! possible)(?: (?:it|this|that) (?:would|might|could|is|was) (?:be )?possible to"
    r"| we (?:could|can|would|might|will)(?: be able to)?)?)\W+(?:\w+\W+){0,3}$"
)
_NEGATED = re.compile(
    r"(?:no need to|n[o']t need to|not necessary to|n[o']t have to|without|instead of|rather than|"
    r"cannot|can't|can not|unable to|not able to|no longer|not possible to|"
    # a policy or a seller declining it: "our policy does not allow a refund on opened items"
    r"(?:do|does|did|will|would|could)(?:n't| not) (?:offer|allow|provide|issue|accept|permit|"
    r"cover|include)|not eligible for)\W+(?:\w+\W+){0,4}$"
)
#: Where a sentence ends, for the item a return sends back (a line break alone does not: "the
#: original item" may stand on the line before "send it back"; a colon before one, a list's, does).
_SENTENCE_END = re.compile(r"[.!?](?=\s)|[。！？]|\n\s*\n|[:：][ \t]*(?=\n)")
#: Words that tell a remedy named beside them in its clause already happened ("we already
#: refunded the shipping fee", "the replacement we sent last week"): no offer made anew.
_DONE = re.compile(
    r"\b(?:already|yesterday|previously|earlier (?:today|this week)|last (?:week|month|time)|"
    r"(?:a few|two|three|\d+) days ago"
    # the past of being able to: "we were able to send a replacement", "we managed to refund"
    r"|(?:were|was) able to|managed to|(?:have|'ve) been able to)\b"
)
#: Words after a remedy, in its sentence, that decline it (see :attr:`Phrasing.declined`).
_DECLINED = re.compile(
    r"^\W*(?:(?!(?:and|or|but)\b)[\w$€£.,-]+\s+){0,4}?"
    r"(?:(?:is|are|would be|will be)\s+(?:\w+\s+)?not|isn't|aren't)\s+(?:\w+\s+)?"
    r"(?:possible|available|an option|something we|feasible|offered)\b"
    r"|^(?:(?!\b(?:but|however|though|although|while|whereas|and|or|instead|otherwise)\b)[^.!?;])"
    r"{0,40}?,\s*(?:we|i)(?:'re| are|'m| am)?\s+(?:\w+\s+)?(?:unable|not able|cannot|can't|"
    r"can not|won't|will not|do not|don't)\s+(?:to\s+)?(?:offer|provide|do|issue|give|grant|arrange|"
    r"accept)\s+(?:one|it|that|this)\b"
)
_ALSO = re.compile(r"\b(?:also|as well|additionally|alternatively|instead|otherwise)\b")
#: A new unit named as what the buyer awaits or bought ("when you're waiting for a new bag"):
#: the order itself, no replacement (the remedy stands at the "§").
_AWAITED = re.compile(
    r"^[^§]*§(?:(?<=\bwaiting for §)|(?<=\bwait for §)|(?<=\bwaited for §)|(?<=\bwaits for §)"
    r"|(?<=\bwaiting on §)|(?<=\bawaiting §)|(?<=\bexpecting §)|(?<=\blooking forward to §)"
    r"|(?<=\byou bought §)|(?<=\byou've bought §)|(?<=\byou have bought §)|(?<=\byou ordered §)"
    r"|(?<=\byou've ordered §)|(?<=\byou purchased §)|(?<=\byou've purchased §))"
    # ... with words between ("waiting so eagerly for a new grinder"), none a conjunction or ours
    r"|^[^§]*\b(?:wait(?:s|ed|ing)?|awaiting|expecting|you(?:'ve| have)? (?:just |recently )?"
    r"(?:bought|ordered|purchased))\s+(?:(?!(?:and|or|but|then|so that|we|i|us)\b)[\w']+\s+){0,3}?§"
    # a new unit in a statement of how things usually are ("a new gadget is often confusing at
    # first", "isn't always easy"): no offer
    r"|^[^§]*§\s+(?:is|are|can be|may be|isn't|aren't|is not|are not)\s+(?:\w+\s+)?"
    r"(?:often|usually|sometimes|always|rarely|seldom|at first)\b"
    # the buyer's own act still wished, the remedy its verb: "if you'd still prefer to return
    # it" (the return the buyer asked for stays theirs; "still prefer a refund" is offered)
    r"|^[^§]*\byou(?:'d| would)? still (?:rather|(?:prefer|want|wish|like|need) to) §"
)
#: How English offers remedies.
ENGLISH = Phrasing(
    PATTERN,
    CUES,
    _NEGATED,
    _RECALLED,
    original=_ORIGINAL,
    also=_ALSO,
    clause=_AWAITED,
    done=_DONE,
    declined=_DECLINED,
)
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
