"""Rules of conduct beyond words that are forbidden outright: what a message does, however it
is phrased. Buyer messages may not steer feedback, claims or returns, manipulate or buy reviews
(with or without the word "review"), ask only happy buyers for reviews, promote, or move the
buyer off the marketplace in disguise. Buyer rules block; the rules of letters and Plans of
Action (:mod:`sellermail.guard.seller_conduct`) warn.

The vocabulary is general — kinds of acts and objects, not sentences seen once — and every rule
looks for an act and its object in one sentence.
"""

from __future__ import annotations

from sellermail.guard.finders import mixed_number, sentences_with, spelled_number, words
from sellermail.guard.rule import ANY_BUYER, BLOCK, BUYER, EVERYONE, Rule
from sellermail.guard.secrets import CREDENTIALS
from sellermail.guard.seller_conduct import SELLER_CONDUCT

#: What a buyer can leave or open about an order.
_RECOURSE = (
    r"(?:(?:negative|bad|neutral|low|poor|1[- ]star|one[- ]star)\s+)?(?:feedback|reviews?|ratings?)"
    r"|(?:an?\s+)?a-?to-?z(?:\s+(?:guarantee\s+)?claims?)?|claims?|cases?|disputes?|chargebacks?"
    r"|complaints?|return\s+requests?"
    # the marketplace's own name of the case: an "item not received" request
    r"|[\"“']?(?:item|article|package|parcel)\s+not\s+(?:received|as\s+described)[\"”']?"
    r"(?:\s+(?:case|claim|request|dispute)s?)?"
)
#: Asking a buyer not to use a recourse, or to take one back.
_SUPPRESS = (
    rf"\b(?:please\s+)?(?:do\s*n[o']?t|don't|never|avoid|refrain from|hold off(?: on)?|no need to)"
    rf"\s+(?:\w+\s+){{0,2}}?(?:leav|post|writ|giv|open|fil|start|submit|escalat|report)\w*"
    rf"\s+(?:\w+\s+){{0,2}}?(?:{_RECOURSE})\b"
    rf"|\b(?:please|kindly|could you|can you|would you|you (?:can|could|should|may|might))\s+"
    rf"(?:\w+\s+){{0,2}}?(?:cancel|withdraw|close|retract|revoke|drop)\w*\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{_RECOURSE}|return(?:\s+request)?s?|refund request)\b"
    rf"|\b(?:before|instead of|rather than)\s+(?:you\s+)?(?:leav|post|writ|giv|open|fil|start|submit"
    rf"|escalat|report)\w*\s+(?:\w+\s+){{0,2}}?(?:{_RECOURSE})\b"
    # the recourse held up until the seller has had a word: "before you go ahead with the return"
    rf"|\bbefore\s+(?:you\s+)?(?:go|going|proceed|continu|mov)\w*\s+(?:ahead\s+|further\s+|forward\s+"
    rf"|on\s+)?(?:with\s+)?(?:the|your|this)\s+(?:{_RECOURSE}|return(?:\s+request)?s?|refund request)\b"
    rf"|\b(?:do\s*n[o']?t|don't|never|no need to)\s+(?:\w+\s+)?(?:report|escalat|complain)\w*"
    rf"\s+(?:\w+\s+){{0,2}}?to\s+(?:amazon|ebay|walmart)\b"
)
#: What a buyer wrote about a product, named without the word "review".
_WHAT_THEY_WROTE = (
    r"\b(?:reviews?|ratings?|feedback|stars?|comments?|testimonial)\b"
    r"|\bwhat you (?:wrote|posted|said|shared|left)\b|\byour (?:words|opinion|post|comment)s?\b"
    r"|\bon the (?:product|listing) page\b"
)
_REVISE = (
    r"\b(?:chang|remov|delet|updat|revis|edit|modif|upgrad|amend|withdr[ae]w|tak(?:e|ing) down|"
    r"reconsider|rethink|adjust|correct|another look|second look|look again|bump|reflect|mirror"
    r"|up to date)\w*"
)
#: Asking the buyer to revise (not the seller saying what it revised).
_ASK_TO_REVISE = (
    r"\b(?:could|would|can|will|might)\s+you\b[^.!?\n]{0,40}"
    + _REVISE
    + r"|\b(?:please|kindly|consider|be willing to|you (?:could|can|might|may)|feel free to"
    + r"|you(?:'re| are) (?:\w+ ){0,3}?(?:welcome|free) to)\b[^.!?\n]{0,40}"
    + _REVISE
    # a wish that the review show how the problem was solved
    + r"|\b(?:hope|glad|happy|grateful|appreciate|love|wish)\w*\b[^.!?\n]{0,60}\b(?:reflect|mirror)\w*"
    # what they wrote asked to tell how it ended: "so your review tells the rest of the story"
    + r"|\b(?:tell\w*|told|show\w*|includ\w*|mention\w*)\s+(?:\w+\s+){0,2}?(?:the (?:rest|end) of the story"
    + r"|how (?:it|this|things|everything|the (?:issue|problem)) (?:was |were |got |has been )?"
    + r"(?:resolved|solved|sorted|fixed|turned out|ended))"
)
#: The review named, then, later in its paragraph, the buyer asked to look at it again by a
#: pronoun: "You left us a 3-star rating. Once it arrives, could you take another look at it?"
_REVISIT_IT = (
    r"\b(?:reviews?|ratings?|feedback|stars?|comments?)\b[^\n]{0,200}?\b(?:could|would|can|might"
    r"|please|kindly|consider|feel free to)\b[^.!?\n]{0,40}?\b(?:(?:another|second|fresh|new) look at"
    r"|look again at|revisit|reconsider|rethink)\s+(?:it|that|them)\b"
)
#: Satisfaction as the condition of a review request, alone or beside another ("if you keep
#: them and you're happy with them").
_IF_HAPPY = (
    r"\b(?:if|when|once|only if|provided)\s+(?:[^.!?\n]{0,60}?\b(?:and|or)\s+)?"
    r"(?:you(?:'re| are| were| feel)?|you've been)\s+"
    r"(?!not\b|n't\b)(?:(?:really|very|truly|fully|completely|totally)\s+)?"
    r"(?:happy|satisfied|pleased|delighted|thrilled|lov(?:e|ing)|enjoy)\w*"
    r"|\b(?:happy|satisfied|pleased|delighted)\s+(?:customers?|buyers?)\b"
    r"|\b(?:if|when|once)\s+(?:\w+\s+){1,5}?(?:works? out|works? (?:well|great|for you)|meets? your"
    r"|lives? up to|does the (?:job|trick)|fits? (?:well|perfectly))"
    # expectations met, the product as subject: "if it's everything you hoped", "as you expected"
    r"|\b(?:if|when|once)\b(?:(?!\bnot\b|n't\b)[^.!?\n]){0,50}?\b(?:(?:everything|all|just what|what|as)\s+you"
    r"\s+(?:hoped|expected|imagined|wanted)|convinces you|wins you over)"
)
_ASK_OPINION = (
    r"\b(?:review|rating|feedback|stars?|testimonial)\b"
    r"|\b(?:share|hear|know|post|leave|write)\b[^.!?\n]{0,25}\b(?:your|an?)\s+(?:\w+\s+)?"
    r"(?:experience|thoughts|opinion|impressions?)\b|\bon the (?:product|listing) page\b"
    r"|\btell (?:others|other (?:buyers|customers|shoppers))\b"
    r"|\ba few (?:words|lines) (?:on|about|for)\b"
)
#: Other channels, as sellers disguise them: apps and their abbreviations, spelled-out
#: addresses, spaced or split brand names.
_DISGUISED = (
    r"微信|威信|v信|薇信|加微|\bv\s?x\b|\bw\s?x\b|\bq\s?q\b|\bline\s*(?:id|app)\b|\bkakao\w*|\b(?:on|via|through) signal\b|\bsignal (?:app|messenger)\b"
    r"|\bwhats?\s*'?\s*app\b|\bwe\s*-?\s*chat\b|\bp\s*a\s*y\s*-?\s*p\s*a\s*l\b|\bpay\s+pal\b"
    r"|\bcash\s*app\b|\bvenmo\b|\bzelle\b|\bwise\.com\b|\bcrypto\w*|\bbitcoin\b|\busdt\b"
    r"|\b(?:g\s*mail|hot\s*mail|outlook|yahoo|qq|163|126)\s*(?:\.|dot)\s*(?:com|cn|net)\b"
    r"|\b(?:text|call|message|dm|ping|reach|contact)\s+(?:us|me)\s+(?:directly\s+)?"
    r"(?:on|at|via|through)\s+(?:our\s+)?(?:whats|we|tele|insta|face|line|signal|phone|cell|mobile)\w*"
    # a call offered, or the buyer's number asked for
    r"|\b(?:give|send|share|leave|tell|text)\s+(?:us|me)\s+your\s+(?:phone|mobile|cell|telephone)\b"
    r"|\b(?:we|i)(?:'ll|'d| can| could| will| would)?\s+(?:\w+\s+){0,3}?(?:call|phone|ring)\s+you\b"
    # WhatsApp as it is said ("wasap", "guasap", "whatsap"), a messaging app described, not named
    r"|\b(?:whatsap|wh?atsapp?|wasapp?|guasapp?|wass?app?)\w*|\b(?:chat|messaging|messenger|texting)[- ]?apps?\b"
    r"|\bapps?\s+(?:de\s+mensajer[ií]a|di\s+messaggistica)\b|\bapplications?\s+de\s+messagerie\b"
)
#: A phone call offered or the buyer's number asked for: a call leaves the marketplace's messages.
_PHONE_CALL = (
    r"\b(?:call|phone|ring|telephone)\s+you\b|\b(?:give|make)\s+you\s+a\s+(?:quick\s+)?(?:call|ring)\b"
    r"|\b(?:phone|telephone|video)\s+calls?\b|\b(?:by|over\s+the)\s+(?:phone|telephone)\b"
    r"|\byour\s+(?:phone|telephone|mobile|cell(?:phone)?|contact)\s+(?:number|no\b)"
)
#: Other channels' cue words: a message holding none of them is not read for disguises.
_DISGUISED_CUES = (
    "微",
    "威",
    "v信",
    "薇",
    "vx",
    "v x",
    "wx",
    "w x",
    "qq",
    "q q",
    "line id",
    "line app",
    "kakao",
    "signal",
    "whatsapp",
    "whats app",
    "what's app",
    "wechat",
    "we chat",
    "we-chat",
    "pal",
    "venmo",
    "zelle",
    "wise.com",
    "crypto",
    "bitcoin",
    "usdt",
    "cash app",
    "cashapp",
    "gmail",
    "g mail",
    "hotmail",
    "hot mail",
    "outlook",
    "yahoo",
    "163",
    "126",
    "dm ",
    "us on",
    "me on",
    "us at",
    "me at",
    "us via",
    "me via",
    "directly on",
    "directly at",
    "your phone",
    "your mobile",
    "your cell",
    "your telephone",
    "call you",
    "phone you",
    "ring you",
    "wasa",
    "guasa",
    "wassa",
    "whatsa",
    "chat app",
    "chat-app",
    "chatapp",
    "messaging app",
    "messenger app",
    "messenger-app",
    "texting app",
    "mensajer",
    "messagerie",
    "messaggistica",
)
#: An address spelled out to slip past filters: "support at maple dot com".
#: "at" and "dot" as the marketplaces' languages spell them (contact (arobase) shop (point) fr).
_DOT = r"(?:dot|point|punkt|punto)"
_SPELLED_ADDRESS = (
    rf"[\w-]+\s*(?:[(\[]\s*{_DOT}\s*[)\]]|\s+{_DOT}\s+)\s*"
    r"(?:com|net|org|cn|co|shop|store|io|fr|jp|eu|uk|mx|(?:de|es|it)(?!\s*[\w(]))\b"
)  # "de", "es" and "it" are words too ("point de vue", "at this point it is"): only at the end
#: Seven or more number words in a row: a phone number spelled out.
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMBER_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double\s+\w+)"
_SPELLED_NUMBER = rf"\b{_NUMBER_WORD}(?:[\s,.-]+{_NUMBER_WORD}){{6,}}\b"
#: Promotion, with or without a number.
_PROMOTION = (
    r"\b(?:new|latest|spring|summer|autumn|fall|winter|holiday|seasonal)\s+"
    r"(?:collections?|arrivals?|lines?|range|releases?|products?|styles?|designs?)\b"
    r"|\b(?:our|the)\s+(?:other|full|whole|entire)\s+(?:products|collection|catalog\w*|store|shop)\b"
    r"|\b(?:check out|take a look at|browse|visit|explore|shop)\s+(?:our|the rest of our|more of our)\b"
    r"|\b(?:promo(?:tion(?:al)?)?|discount|coupon|voucher)\s+codes?\b"
    r"|\b(?:sale|deal|promotion|offer)s?\s+(?:this|next|all)\s+(?:week|weekend|month)\b"
    r"|\b(?:limited[- ]time|don't miss|shop now|buy now|stock up|while (?:stocks|supplies) last)\b"
    r"|\bfollow\s+(?:us|our\s+(?:store|shop|page|brand))\b|\bsubscribe\b"
    # another product of ours suggested, or one just launched
    r"|\byou (?:might|may|would|could|'d) (?:also |really |probably )?(?:like|love|enjoy) our\b"
    r"|\b(?:just|newly|recently)\s+launched\b|\b(?:in|on)\s+our\s+(?:storefront|brand\s+store|amazon\s+store)\b"
)
#: A promotion code as shops write them (SAVE20, WELCOME10): capitals, then a number.
_CODE = r"\b(?:[Cc]ode|CODE):?\s+[A-Z]{3,}\d{1,3}\b"
_PROMOTION_CUES = (
    "collection",
    "arrival",
    "line",
    "range",
    "release",
    "product",
    "style",
    "design",
    "other",
    "full",
    "whole",
    "entire",
    "check out",
    "take a look",
    "browse",
    "visit",
    "explore",
    "shop",
    "promo",
    "discount",
    "coupon",
    "voucher",
    "sale",
    "deal",
    "promotion",
    "offer",
    "limited",
    "miss",
    "buy now",
    "stock up",
    "while",
    "follow",
    "subscribe",
    "like our",
    "love our",
    "enjoy our",
    "launched",
    "storefront",
    "brand store",
    "amazon store",
)
CONDUCT: tuple[Rule, ...] = (
    Rule(
        "any.no-credentials",
        BLOCK,
        "a message must never contain a password, login or one-time code",
        EVERYONE,
        words(CREDENTIALS),
        (
            "password",
            "pass word",
            "passcode",
            "pass code",
            "pwd",
            "pin code",
            "pin:",
            "pin is",
            "login",
            "log-in",
            "log in",
            "username",
            "user name",
            "2fa",
            "otp",
            "one-time",
            "verification code",
            "security code",
            "backup code",
            "recovery code",
        ),
    ),
    Rule(
        "buyer.no-suppression",
        BLOCK,
        "never discourage a buyer from leaving feedback, filing a claim or returning an item",
        ANY_BUYER,
        words(_SUPPRESS),
        (
            "feedback",
            "review",
            "rating",
            "claim",
            "case",
            "dispute",
            "chargeback",
            "complain",
            "a-to-z",
            "a-z",
            "atoz",
            "return",
            "refund request",
            "report",
            "escalat",
            "not received",
            "not as described",
        ),
    ),
    Rule(
        "review.no-manipulation-implied",
        BLOCK,
        "never ask a buyer to revisit what they wrote or rated, whatever it is called",
        ANY_BUYER,
        sentences_with(_WHAT_THEY_WROTE, _ASK_TO_REVISE),
    ),
    Rule(
        "review.no-manipulation-implied",
        BLOCK,
        "never ask a buyer to revisit what they wrote or rated, whatever it is called",
        ANY_BUYER,
        words(_REVISIT_IT),
        ("review", "rating", "feedback", "star", "comment"),
    ),
    Rule(
        "review.no-selective-request",
        BLOCK,
        "review requests must go to every buyer alike, not only to satisfied ones",
        ANY_BUYER,
        sentences_with(_IF_HAPPY, _ASK_OPINION),
        (
            "happy",
            "satisf",
            "pleased",
            "delight",
            "thrill",
            "lov",
            "enjoy",
            "like",
            "work",
            "meet",
            "live",
            "does the",
            "fit",
        ),
    ),
    Rule(
        "buyer.no-off-platform-disguised",
        BLOCK,
        "buyers may not be moved to other contact or payment channels, however they are written",
        BUYER,
        words(_DISGUISED),
        _DISGUISED_CUES,
    ),
    Rule(
        "buyer.no-off-platform-disguised",
        BLOCK,
        "buyers may not be moved to other contact or payment channels, however they are written",
        BUYER,
        words(_SPELLED_ADDRESS),
        ("dot", "point", "punkt", "punto"),
    ),
    Rule(
        "buyer.no-off-platform",
        BLOCK,
        "buyers may not be moved to other contact or payment channels",
        BUYER,
        words(_PHONE_CALL),
        ("call", "phone", "ring", "mobile", "cell", "contact"),
    ),
    Rule(
        "buyer.no-phone-number",
        BLOCK,
        "buyer messages may not contain phone numbers, in digits or in words",
        BUYER,
        spelled_number(_SPELLED_NUMBER, _NUMBER_WORDS),
    ),
    Rule(
        "buyer.no-phone-number",
        BLOCK,
        "buyer messages may not contain phone numbers, in digits or in words",
        BUYER,
        mixed_number,
    ),
    Rule(
        "buyer.no-promotion",
        BLOCK,
        "buyer messages about an order may not promote products, sales or codes",
        BUYER,
        words(_PROMOTION),
        _PROMOTION_CUES,
    ),
    Rule(
        "buyer.no-promotion",
        BLOCK,
        "buyer messages about an order may not promote products, sales or codes",
        BUYER,
        words(_CODE),
        ("code",),
    ),
    *SELLER_CONDUCT,
)
