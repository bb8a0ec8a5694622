"""How English states what has already happened to an order (the claims of
:mod:`sellermail.guard.claims`): each claim's phrases, and the words a line must hold to be read
for it."""

from __future__ import annotations

import re

from sellermail.guard.pattern_words import unbounded

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
#: The item or a unit of it, and a fault in one ("the firmware bug").
_UNIT = r"(?:unit|device|replacement|item|product|machine|appliance)s?\b"
_FAULT = r"(?:fault|defect|bug|glitch|malfunction|firmware (?:issue|problem))s?\b"
#: Where a parcel waits for the buyer to collect it.
#: A named cause of delay (not customs alone, which a parcel passes on its way).
_CAUSE = (
    r"(?:strikes?|storms?|snow\w*|weather|floods?|flooding|hurricane|typhoon|accident|"
    r"customs (?:checks?|inspections?|hold|backlog))\b"
)
_PICKUP = (
    r"(?:(?:the|your|a|our)\s+)?(?:local\s+|nearest\s+)?(?:post office|pick-?\s?up (?:point|location|"
    r"station)|parcel (?:shop|locker|point|station)|collection point|locker|access point)\b"
)
#: Others whose word a draft may claim: the marketplace, the rights owner or complainant, the
#: carrier, the buyer, a firm by its legal form ("Lotus Flow GmbH").
_PARTY = (
    rf"(?:{_AUTHORITY}|(?:the\s+)?(?:rights?|brand|trademark|copyright|patent|ip|image|photo)\s+"
    r"(?:owner|holder)s?|(?:the\s+)?(?:complainant|buyer|customer|carrier|courier|supplier|manufacturer"
    r"|photographer)s?|usps|ups|fedex|dhl|[\w&-]+\s+(?:gmbh|inc|llc|ltd|limited|corp|plc|ag|kg|s\.?a|"
    r"s\.?r\.?l|b\.?v)\.?)"
)
#: Their word given: confirmed, agreed, approved, a complaint or claim withdrawn, permission given.
_THEIR_WORD = (
    r"(?:(?:has|have|had)\s+)?(?:(?:also|already|now|since|both|kindly|then|in writing)\s+)*"
    r"(?:(?:reviewed|looked\s+into|inspected|examined|checked|tested|audited|investigated)\s+"
    r"(?:[\w-]+\s+){0,4}?and\s+)?(?:confirmed|approved|verified|validated"
    r"|cleared|accepted|agreed|consented|assured\s+us|withdrawn|withdrew|retracted|dropped\s+(?:the|their|its)"
    r"|(?:given|gave|granted)\s+(?:us\s+)?(?:their\s+|its\s+|written\s+)?(?:permission|consent|approval"
    r"|authori[sz]ation))\b"
)
#: Their examination, whose finding a draft may claim: "Amazon's own inspection of our stock".
_FINDING = (
    r"(?:inspections?|investigations?|reviews?|audits?|checks?|testing|tests?|analys[ie]s|assessments?"
    r"|evaluations?|examinations?|verification|findings?|(?:lab|laboratory|test)\s+reports?)\b"
    # not the rules it follows: "according to Amazon's review guidelines"
    r"(?!\s+(?:guidelines?|polic(?:y|ies)|rules?|process(?:es)?|standards?|requirements?|procedures?"
    r"|criteria|team|page|system|request|form)\b)"
)
#: What the finding is said to have settled (not "found" or "showed": a notice's own finding).
_SETTLED = (
    r"(?:(?:has|have|had)\s+)?(?:(?:also|already|now|since|clearly|itself)\s+)*(?:confirmed|verified"
    r"|validated|proved|proven|established|certified|cleared)\b"
)
#: Their examination, as subject, agent or source: "Amazon's inspection of our inventory has
#: confirmed", "an audit by the brand owner validated", "according to Amazon's review".
_THEIR_FINDING = (
    rf"{_PARTY}(?:'s|’s|s')?\s+(?:(?:own|independent|official|recent|internal|earlier|latest)\s+)*"
    rf"{_FINDING}"
)
PHRASES = {
    "cleared_customs": [
        rf"\b(?:has|have|had|was|were|is|it's|it|order|package|parcel|shipment|item)\s+{_A}"
        rf"(?:been\s+)?{_A}(?:cleared|passed|gone through|got through|went through|made it "
        r"through|been released (?:from|by))\s+(?:through\s+)?(?:the\s+)?customs\b",
        rf"\bcustoms\s+(?:has|have)\s+{_A}(?:cleared|released)\b",
        rf"\bcustoms clearance\s+(?:is|was|has been)\s+{_A}(?:complete|completed|done|finished)\b",
    ],
    # a cause of delay: held at customs or a depot, or a named event ("held up by a strike")
    "held": [
        rf"\b(?:is|are|was|were|it's|has been|have been)\s+{_A}(?:currently\s+|still\s+)?(?:being\s+)?"
        r"(?:held|stuck|detained|sitting|waiting|kept)\s+(?:up\s+)?(?:at|in|by)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:customs|depot)\b",
        r"\b(?:held up|delayed|stuck|slowed(?: down)?)\s+(?:\w+\s+){0,2}?by\s+(?:a\s+|an\s+|the\s+)?"
        rf"(?:\w+\s+){{0,2}}?{_CAUSE}",
        rf"\b(?:because of|owing to|caused by)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+){{0,2}}?{_CAUSE}",
        r"\bcustoms\s+(?:is|are|has|have)\s+(?:still\s+|currently\s+)?(?:holding|inspecting|checking|"
        r"examining|detained|held)\b",
    ],
    "out_for_delivery": [
        rf"\b(?:is|are|was|it's|has been|have been)\s+{_A}(?:on board\s+(?:and\s+)?)?out for "
        r"(?:delivery|distribution)\b",
        rf"\b(?:is|are|was|it's|has been|have been)\s+{_A}(?:on (?:the|its) (?:delivery|courier's) "
        r"(?:van|vehicle|truck|round)|with the (?:local\s+)?(?:courier|driver|postman|mail carrier) "
        r"for delivery)\b",
        rf"\b(?:is|are|was|it's|has been|have been)\s+{_A}(?:waiting|ready|available|held|being held|"
        rf"kept)\s+(?:for (?:you\s+)?(?:to\s+)?(?:collection|pick-?\s?up|collect(?:ion|ing)?)\b|"
        rf"(?:for you\s+)?(?:at|in)\s+{_PICKUP})",
        rf"\b(?:has been|was|were|have been)\s+{_A}(?:delivered|dropped off|left|deposited|taken)\s+"
        rf"(?:at|to|in)\s+{_PICKUP}",
    ],
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
        # the auxiliary may be shared: "we've stopped the parcel and set aside the right size"
        rf"\b(?:we|i)(?:'ve| have| had)?\s+{_A}(?:(?:[\w'-]+\s+){{1,7}}?and\s+{_A})?"
        r"(?:sent|shipped|dispatched|mailed|set aside|reserved|"
        r"put aside|arranged|packed)(?:\s+(?:out|off|over))?\s+(?:you\s+)?(?:a|an|the|your)\s+(?:\w+\s+){0,2}?"
        r"(?:replacement|new (?:one|\w+)|exchange|reshipment|second (?:parcel|package)|"
        # the replacement by what makes it right: "we already sent the correct size"
        r"(?:right|correct|other|different) (?:size|colou?r|model|version|variant|one))",
        # the replacement as subject, a noun after it ("the replacement set has already been sent")
        rf"\b(?:replacement|new (?:parcel|package|shipment))(?:\s+(?!(?:is|was|has|have|will|request|"
        rf"requests|label|form|option|policy)\b)[\w-]+)?\s+(?:is|are|was|were|has|have)\s+{_A}(?:been\s+)?{_A}"
        r"(?:on (?:its|their|the) way|shipped|sent|dispatched|mailed|posted|in transit)\b",
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
        rf"\b{_WE}{_A}(?:(?:[\w'-]+[ ,]+){{1,12}}?and\s+{_A})?(?:opened|filed|lodged|raised|submitted|"
        r"started|launched|initiated|logged|"
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
    # a buyer's review or feedback said to be gone or changed: "the buyers have since removed
    # their feedback", "the negative review was withdrawn"
    "review_removed": [
        rf"\b(?:has|have|had|they|he|she|since|already|then|and|all)\s+{_A}(?:since\s+)?"
        r"(?:removed|deleted|withdrawn|withdrew|retracted|taken down|took down|revised|updated|"
        r"changed|amended|edited)\s+(?:their|his|her|the|these|those|both|all|each)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:feedback|reviews?|ratings?)\b",
        r"\b(?:feedback|reviews?|ratings?)\s+(?:has|have|had|was|were)\s+(?:(?:since|now|already|all|"
        r"both)\s+)?(?:been\s+)?(?:removed|deleted|withdrawn|retracted|taken down|struck through|"
        r"revised|updated|changed|amended)\b",
    ],
    # the item tested, inspected or repaired, or its fault fixed: "we tested the replacement
    # before shipping", "the firmware bug has been fixed" (checking alone only of the item)
    "repaired": [
        rf"\b{_WE}{_A}(?:(?:personally|carefully|fully|thoroughly|also|then)\s+)*(?:(?:tested|"
        r"bench-tested|repaired|recalibrated|serviced)\s+(?:it|them|(?:the|this|your)\s+)"
        r"|(?:checked|inspected|examined)\s+(?:the|this|your)\s+(?:[\w-]+\s+)?"
        + _UNIT
        + r"|(?:fixed|"
        r"resolved|corrected|repaired)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?" + _FAULT + ")",
        r"\b(?:it\s+(?:has|was)\s+(?:(?:personally|carefully|fully|thoroughly|also)\s+)*been\s+"
        r"(?:(?:personally|carefully|fully|thoroughly)\s+)*(?:tested|repaired|recalibrated)"
        r"|"
        + _UNIT
        + r"\s+(?:has|have|was|were)\s+(?:(?:personally|carefully|fully|thoroughly|also)"
        r"\s+)*been\s+(?:(?:personally|carefully|fully|thoroughly)\s+)*(?:tested|checked|inspected|"
        r"repaired|recalibrated))\b",
        _FAULT
        + r"\s+(?:has|was)\s+(?:now\s+|since\s+)?been\s+(?:fixed|resolved|corrected|repaired)\b",
    ],
    # the marketplace's word claimed: "Amazon's team has reviewed the listings and confirmed..."
    "confirmed": [
        rf"\b{_AUTHORITY}\s+(?:(?:has|have|had)\s+)?(?:(?:also|already|now|since|both)\s+)*"
        r"(?:reviewed\s+(?:[\w-]+\s+){0,4}?and\s+)?(?:confirmed|approved|verified|validated|"
        r"cleared|accepted|agreed|assured\s+us)\b",
        rf"\b(?:confirmed|approved|verified|validated|cleared)\s+by\s+{_AUTHORITY}",
        # another party's word: "the rights owner has agreed", "confirmed by the carrier"
        rf"\b{_PARTY}(?:,?\s+(?:who|which))?\s+{_THEIR_WORD}",
        rf"\b(?:confirmed|approved|verified|validated|cleared|accepted|agreed|withdrawn|retracted)\s+"
        rf"(?:(?:as|to\s+be)\s+)?(?:\w+\s+)?by\s+{_PARTY}",
        # their examination's finding claimed: "Amazon's own inspection ... has already confirmed"
        rf"\b{_THEIR_FINDING}[^.!?\n;,]{{0,60}}?\s{_SETTLED}",
        rf"\b{_FINDING}\s+(?:\w+\s+){{0,2}}?(?:by|from)\s+{_PARTY}[^.!?\n;,]{{0,40}}?\s{_SETTLED}",
        rf"\baccording\s+to\s+{_THEIR_FINDING}",
        # or someone the seller reached, answering: "we contacted the brand owner, who agreed..."
        rf"\b(?:contacted|reached\s+out\s+to|spoken\s+(?:to|with)|spoke\s+(?:to|with)|written\s+to|wrote\s+to"
        rf"|(?:got|been)\s+in\s+touch\s+with|called|e-?mailed)\s+{_OUTSIDE}[^.!?\n]{{0,60}}?(?:,\s*|\band\s+)"
        rf"(?:who|which|they|he|she)\s+{_THEIR_WORD}",
        # their word held: "we have the rights owner's written approval"
        rf"\b(?:have|has|had|received|obtained|got|secured|with)\s+(?:the\s+)?{_PARTY}(?:'s|’s|s')\s+"
        r"(?:written\s+|full\s+|express\s+)?(?:approval|permission|consent|confirmation|agreement|blessing)\b",
        # confirmation received from them: "we have written confirmation from the complainant"
        r"\b(?:confirmation|approval|consent|permission|agreement|assurance)\s+(?:\w+\s+){0,3}?from\s+"
        rf"{_PARTY}",
    ],
}


#: A status typed in English says also where the parcel waits by its having reached it ("has
#: reached your local post office"): the last leg, which a draft in any language may then
#: state. (Not read in an English draft, where the same words are a status to be given.)
STATUS_PHRASES = {
    **PHRASES,
    "out_for_delivery": [
        *PHRASES["out_for_delivery"],
        rf"\b(?:reached|arrived\s+(?:at|in)|got\s+to|made\s+it\s+to)\s+{_PICKUP}",
    ],
}


def phrase_pattern(names: list[str], phrases: dict[str, list[str]] = PHRASES) -> re.Pattern[str]:
    """The phrases of the claims ``names``, one look-behind for a word's start first (see
    finders.word_start)."""
    return re.compile(
        r"(?<!\w)(?:"
        + "|".join(f"(?P<{name}>{unbounded('|'.join(phrases[name]))})" for name in names)
        + ")"
    )


PATTERN = phrase_pattern(list(PHRASES))
STATUS_PATTERN = phrase_pattern(list(PHRASES), STATUS_PHRASES)
#: What a line must hold to be read for each claim (a word every phrase of the claim holds).
CLAIM_CUES = {
    "cleared_customs": ("customs",),
    "held": tuple(
        "customs depot strike storm snow weather flood hurricane typhoon accident".split()
    ),
    "out_for_delivery": tuple(
        "delivery distribution collect pick post locker parcel station point".split()
    ),
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
    "repaired": tuple(
        "test check inspect examin repair recalibrat servic fixed resolved corrected".split()
    ),
    "review_removed": tuple(
        "remov delet withdr retract taken took revis updat chang amend edit struck".split()
    ),
    "confirmed": tuple(
        "confirm approv verifi validat cleared accepted agreed assured consent withdr retract dropped"
        " permission authori agreement blessing proved proven establish certifi according".split()
    ),
}
CUES = tuple(dict.fromkeys(cue for cues in CLAIM_CUES.values() for cue in cues))
