"""How English offers remedies: the phrases naming each one and the words around a remedy
that recall the buyer's request, deny it, decline it or tell it already happened (read by
:func:`remedies.offers_in`)."""

from __future__ import annotations

import re

from sellermail.compose.money import amount_source
from sellermail.guard.pattern_words import unbounded
from sellermail.guard.vocabulary import Phrasing

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
    r"[\w-]+ ){1,4}?(?:of |for |worth )?" + _MONEY + r"|" + _MONEY + r"[\d.,]*\s+(?:refund|back)\b"
    # the charge for shipping the order refunded on its own ("we'll also refund the original
    # shipping"), not the return's, nor with the price ("refund the shipping and the item")
    r"|\brefund\w* (?:you )?(?:for )?(?:(?:the|your) (?:original |outbound |initial )?"
    r"(?:shipping|postage|delivery)|shipping|postage)(?: (?:cost|charge|fee)s?)?\b"
    r"(?! (?:and|plus|along with|together with|as well as|in full)\b)",
    "full_refund": r"\b(?:full|complete|100%|total) refund|\brefund\w* (?:you )?(?:in full|the full|"
    r"for the full|the entire|the whole|your full)|\brefund\w* (?:[\w-]+ ){0,2}in full\b|\bfully refund"
    r"|\b(?:your |the )?money back\b",
    "refund": r"\brefund\w*\b",
    "resend": r"\bre-?(?:send|sent|ship)\w*|\b(?:send|ship|dispatch|mail|post)(?:p?ing)? (?:you )?(?:out )?"
    r"(?:a new|another) (?:package|parcel|shipment)\b|\b(?:send|sent|ship(?:ped|ping)?|dispatch(?:ed|ing)?|"
    # posted the order, not a review or a photo ("post your review again")
    r"mail(?:ed|ing)?|post(?:ed|ing)?(?! (?:[\w-]+ ){0,3}?(?:review|feedback|comment|rating|photo|"
    r"picture|question|message|update|link)s?\b)) "
    # where it goes may stand before the adverb: "send your order to the right address again"
    r"(?:you )?" + _THING + r" (?:out )?(?:to (?:you|the|your) (?:[\w-]+ ){0,3}?)?"
    r"(?:again|once more|a second time)\b"
    # a new sending named to where it goes: "a new shipment to the correct address"
    r"|\b(?:new|fresh) (?:shipment|delivery|dispatch) (?:to|of (?:your|the) order)\b"
    # the order named before its participle: "if you'd like it sent again"
    r"|\b(?:it|them|the order|your order|the parcel|your parcel) (?:sent|shipped|posted|mailed|"
    r"dispatched) (?:out )?(?:again|once more|a second time)\b",
    "replacement": r"\breplac(?:e|ement|ing)\b|\bexchang\w*|\bswap\w*|\b(?:larger|bigger|smaller|"
    r"different) size\b|\b(?:larger|bigger|smaller) (?:version|model|variant)\b|\bsizes? (?:up|down)\b|\b(?:a|one|another) (?:brand[- ]new|new|fresh) "
    + _NOT_A_UNIT
    + r"[\w-]+|\b(?:new|another|fresh) (?:one|unit|item|piece|pair)\b"
    # changed for another one: "we'll switch it for another"
    r"|\b(?:change|switch)(?:ing)? (?:it|them) (?:out |over )?for (?:another|a new one)\b"
    r"|\b(?:send|ship|mail|dispatch)\w* (?:you )?(?:out )?the (?:right|correct) (?:size|colou?r|model)\b"
    # another variant sent, named by its measure: "send you the 16-inch one free of charge"
    r"|\b(?:send|ship|mail|post|dispatch)\w* (?:you )?(?:out )?the \d[\d.,]*[- ]?(?:[a-z]+[- ])?"
    r"(?:one|version|model|variant)\b",
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
    r"throw(?:n|ing)?|pop(?:ped|ping)?|pack(?:ed|ing)?|enclos(?:e|ed|ing)) (?:in )?(?:a |an |some )?"
    r"(?:free|complimentary)\b"
    # the item kept free, nothing going back: "please keep it at no charge", "keep the old one free"
    r"|\bkeep(?:ing)? (?:it|them|(?:the|your) (?:[\w-]+ ){0,3}?[\w-]+),? (?:[\w-]+ ){0,3}?(?:free of "
    r"charge|at no (?:extra |additional )?(?:cost|charge)|for free|as a (?:small |little )?"
    r"(?:gift|present|thank[- ]you))\b|\byours to keep\b"
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
    "post",
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
    "keep",
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
    r"cannot|can't|can not|unable to|(?:not|n't) able to|no longer|not possible to|too late to|"
    # a policy or a seller declining it: "our policy does not allow a refund on opened items"
    r"(?:do|does|did|will|would|could)(?:n't| not) (?:offer|allow|provide|issue|accept|permit|"
    r"cover|include)|not eligible for)\W+(?:\w+\W+){0,4}$"
    # a refusal just before the remedy's verb: "we won't send them again", "we'll never resend"
    r"|\b(?:won't|will not|never)\s+(?:(?:ever|be)\s+)?$"
)
#: Words that tell a remedy named beside them in its clause already happened ("we already
#: refunded the shipping fee", "the replacement we sent last week"): no offer made anew.
_DONE = re.compile(
    r"\b(?:already|yesterday|previously|earlier (?:today|this week)|last (?:week|month|time)|"
    r"(?:a few|two|three|\d+) days ago"
    # the past of being able to: "we were able to send a replacement", "we managed to refund"
    r"|(?:were|was) able to|managed to|(?:have|'ve) been able to)\b"
    # the perfect just before the remedy or its sending: "we have re-sent", "we've sent you a new one"
    r"|\b(?:we|i)(?:'ve| have| had)\s+(?:(?:just|now|also|today)\s+)?(?:(?:sent|shipped|"
    r"dispatched|posted|mailed)\s+(?:(?:you|it|them|out)\s+)?(?:(?:a|an|the|your)\s+)?)?$"
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
    # a new unit a comparison is made with ("nothing more annoying than a new gadget that ..."),
    # described, not offered
    r"|^[^§]*\b(?:more|less|worse|better|nothing|little)\b[^§]{0,40}?\bthan §"
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
