"""Rules of conduct beyond words that are forbidden outright: what a message does, however it
is phrased. Buyer messages may not steer feedback, claims or returns, manipulate or buy reviews
(with or without the word "review"), ask only happy buyers for reviews, promote, or move the
buyer off the marketplace in disguise. Buyer rules block; the rules of letters and Plans of
Action (:mod:`sellermail.guard.seller_conduct`) warn.

The vocabulary is general — kinds of acts and objects, not sentences seen once — and every rule
looks for an act and its object in one sentence.
"""

from __future__ import annotations

from sellermail.guard.buyer_threats import BUYER_THREAT
from sellermail.guard.buyer_tone import BUYER_TONE
from sellermail.guard.disguises import (
    DISGUISED,
    DISGUISED_CUES,
    NUMBER_WORDS,
    PHONE_CALL,
    SPELLED_ADDRESS,
    SPELLED_NUMBER,
)
from sellermail.guard.finders import sentences_with, words
from sellermail.guard.number_finders import kanji_number, mixed_number, spelled_number
from sellermail.guard.promotion import CODE as _CODE
from sellermail.guard.promotion import PROMOTION as _PROMOTION
from sellermail.guard.promotion import PROMOTION_CUES as _PROMOTION_CUES
from sellermail.guard.rule import ANY_BUYER, BLOCK, BUYER, EVERYONE, Rule
from sellermail.guard.secrets import CREDENTIALS, LABEL_CUES
from sellermail.guard.selective_reviews import SELECTIVE_REQUEST
from sellermail.guard.seller_conduct import SELLER_CONDUCT

#: What a buyer can leave or open about an order.
_RECOURSE = (
    r"(?:(?:negative|bad|neutral|low|poor|1[- ]star|one[- ]star)\s+)?(?:feedback|reviews?|ratings?)"
    r"|(?:an?\s+)?a-?to-?z(?:\s+(?:guarantee\s+)?claims?)?|claims?|cases?|disputes?|chargebacks?"
    r"|complaints?|return\s+requests?"
    # the marketplace's own name of the case: an "item not received" request
    r"|[\"“']?(?:item|article|package|parcel)\s+not\s+(?:received|as\s+described)[\"”']?"
    r"(?:\s+(?:case|claim|request|dispute)s?)?"
    # a request, return or anything made on a marketplace: "anything with eBay" (not a bare return)
    r"|(?:requests?|returns?(?:\s+requests?)?|anything|something)\s+(?:on|with|at|through|via|in|from)\s+"
    r"(?:the\s+)?(?:amazon|ebay|walmart)"
)
#: Asking a buyer not to use a recourse, or to take one back.
_SUPPRESS = (
    rf"\b(?:please\s+)?(?:do\s*n[o']?t|don't|never|avoid|refrain from|hold off(?: on)?|no need to|not to)"
    rf"\s+(?:\w+\s+){{0,2}}?(?:leav|post|writ|giv|open|fil|start|submit|escalat|report|request)\w*"
    rf"\s+(?:\w+\s+){{0,2}}?(?:{_RECOURSE})\b"
    # or as the condition of what the seller then does: "if you withdraw the request, we'll…"
    # (not one already done, "if you have already cancelled it"; "once you drop off the
    # return" is the return made)
    rf"|\b(?:if|once|when) you(?!\s+(?:have|had|already)\b)\s+(?:\w+\s+)?(?:cancel|withdraw|retract"
    rf"|revok)\w*\s+(?:\w+\s+){{0,2}}?(?:{_RECOURSE}|return(?:\s+request)?s?|refund requests?)\b"
    rf"|\b(?:please|kindly|could you|can you|would you|you (?:can|could|should|may|might))\s+"
    rf"(?:\w+\s+){{0,2}}?(?:cancel|withdraw|close|retract|revoke|drop|pause|postpone|put off)\w*\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{_RECOURSE}|return(?:\s+request)?s?|refund request)\b"
    rf"|\b(?:before|instead of|rather than)\s+(?:you\s+)?(?:leav|post|writ|giv|open|fil|start|submit|escalat"
    rf"|report|contact|involv|go|turn|reach|complain)\w*\s+(?:\w+\s+){{0,2}}?(?:{_RECOURSE}|amazon|ebay|walmart)\b"
    # the buyer's public word put after the seller, its object left out: "come to us first rather
    # than posting about it", "before saying anything online"
    rf"|\b(?:before|instead of|rather than)\s+(?:you\s+)?(?:post|writ|say|said|complain|vent|rat)\w*"
    rf"\s+(?:\w+\s+){{0,2}}?(?:about (?:it|this|that|us|them)|online|publicly|in public)\b"
    # or with nothing after it: "message us first rather than posting"
    rf"|\b(?:before|instead of|rather than)\s+(?:you\s+)?(?:post|review|rat)\w*(?=\s*(?:[,.;:!?)]|$))"
    # the other branch of a review request sending the buyer to us instead: "a review would be
    # lovely; otherwise, please message us first"
    rf"|\b(?:review|rating|feedback|stars)\b[^.!?\n]{{0,120}}?\b(?:otherwise|if not\b|if (?:it|they|things?"
    rf"|anything)(?:(?:'s|\s+is|\s+are)\s+(?:still\s+)?not\b|\s+(?:isn't|aren't)))[^.!?\n]{{0,80}}?"
    rf"\b(?:first(?!\s+thing)|instead|privately|rather)\b"
    # the return's reason steered: "choose 'no longer needed' as the return reason instead of 'defective'"
    rf"|\b(?:return reason|reason for (?:the |your )?return|as (?:the|your) reason)\b[^.!?\n]{{0,40}}?"
    rf"\b(?:instead of|rather than|not\s+[\"“'])|\b(?:instead of|rather than)\b[^.!?\n]{{0,40}}?"
    rf"\b(?:return reason|reason for (?:the |your )?return|as (?:the|your) reason)\b"
    rf"|\b(?:chang|switch|updat|edit|amend)\w*\s+(?:\w+\s+){{0,2}}?(?:return reason|reason for (?:the |your )?return)\b"
    # the recourse held up until the seller has had a word: "before you go ahead with the return"
    rf"|\bbefore\s+(?:you\s+)?(?:go|going|proceed|continu|mov)\w*\s+(?:ahead\s+|further\s+|forward\s+"
    rf"|on\s+)?(?:with\s+)?(?:the|your|this)\s+(?:{_RECOURSE}|return(?:\s+request)?s?|refund request)\b"
    rf"|\b(?:do\s*n[o']?t|don't|never|no need to)\s+(?:\w+\s+)?(?:report|escalat|complain)\w*"
    rf"\s+(?:\w+\s+){{0,2}}?to\s+(?:amazon|ebay|walmart)\b"
    # the recourse asked to be put off: "hold off on the return", "put the claim on hold" (and
    # "please pause the return", with cancel above)
    rf"|\bhold(?:ing)? off\s+(?:on|with)\s+(?:\w+\s+){{0,2}}?(?:{_RECOURSE}|returns?|refund requests?)\b"
    rf"|\b(?:return|claim|case|dispute|refund request|return request)s?\s+on hold\b"
    rf"|\b(?:leave|keep|put)\s+(?:the|your|this)\s+(?:return(?:\s+request)?|claim|case|dispute|refund request)s?"
    rf"\s+(?:on hold|paused|on pause|in pause)\b"
    # the recourse's withdrawal put as what would be quicker, easier or best for the buyer:
    # "it's quicker for you to cancel the return request", "we'd suggest withdrawing the claim"
    rf"|\b(?:to|suggest|recommend|advise|encourage|consider|try)\s+(?:cancel|withdraw|retract|revok)\w*"
    rf"\s+(?:\w+\s+){{0,2}}?(?:{_RECOURSE}|return(?:\s+request)?s?|refund requests?)\b"
    # the same as a bare imperative made light: "just cancel the return request and reply here"
    rf"|\b(?:just|simply|go ahead and)\s+(?:cancel|withdraw|close|retract)\w*\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{_RECOURSE}|return(?:\s+request)?s?|refund requests?)\b"
    # the marketplace or a claim left out of the way the seller proposes: "no need to go through
    # Walmart", "we'll settle it without involving Amazon" (a refund without a return is no recourse)
    rf"|\b(?:no need|no reason|needn't|(?:do\s*n[o']?t|don't) (?:need|have))\s+(?:for you\s+)?(?:to\s+)?"
    rf"(?:\w+\s+)?(?:go|going)\s+through\s+(?:\w+\s+){{0,2}}?(?:amazon|ebay|walmart)\b"
    rf"|\bwithout\s+(?:you\s+)?(?:having\s+to\s+)?(?:go(?:ing)? through|involv\w+|contact\w*|bring\w* in"
    rf"|loop\w* in|escalat\w+ to)\s+(?:\w+\s+)?(?:amazon|ebay|walmart)\b"
    rf"|\bwithout\s+(?:you\s+)?(?:having\s+to\s+)?(?:open|fil|start|submit|rais)\w*\s+(?:\w+\s+){{0,2}}?"
    rf"(?:an?\s+)?(?:a-?to-?z|claims?|cases?|disputes?|chargebacks?)\b"
    # a claim needed by no one: "you don't need an A-to-z claim", "there's no need for a case"
    rf"|\b(?:do\s*n[o']?t|don't|won't|wo\s*n't|will\s+not|no)\s+need\s+(?:for\s+)?(?:an?|any)\s+(?:[\w-]+\s+)?"
    rf"(?:a-?to-?z|claims?|cases?|disputes?|chargebacks?)\b(?!\s+(?:numbers?|ids?|references?)\b)"
    # a claim said to slow, block or drag out the remedy, or to tend to: "claims tend to slow things down"
    rf"|\b(?:a-?to-?z|claims?|disputes?|chargebacks?|(?:a|an|the) case)\b[^.!?\n]{{0,60}}?\b(?:would|will|could"
    rf"|might|'d|'ll|can|tends?\s+to|usually|often|only|just|simply)\s+(?:only\s+|just\s+|simply\s+)?(?:(?:slow"
    rf"|delay|hold up|block|complicate|freeze|stall)(?!e?d\b)\w*|make\w*\s+(?:\w+\s+){{0,3}}?(?:take\s+)?longer"
    rf"|drag\w*\s+(?:\w+\s+){{0,3}}?(?:out|on)\b)"
)
#: What a buyer wrote about a product, named without the word "review".
_WHAT_THEY_WROTE = (
    r"\b(?:reviews?|ratings?|feedback|stars?|comments?|testimonial)\b"
    r"|\bwhat you(?:'d| had|'ve| have)? (?:wrote|written|posted|said|shared|left|published|gave|given)\b"
    r"|\byour (?:(?:earlier|original|first|previous|last|old|public)\s+)?(?:words|opinion|post|comment"
    r"|impression|verdict)s?\b"
    # the buyer's view named by what they did with it: "the impression you shared of us"
    r"|\b(?:impression|opinion|verdict|view|take)s?\s+(?:that\s+)?you\s+(?:\w+\s+)?(?:shared|wrote|posted"
    r"|left|gave|published|formed)\b"
    # the buyer's words named by their writing: "the few lines you published about us"
    r"|\b(?:lines|words|post)s?\s+(?:that\s+)?you\s+(?:\w+\s+)?(?:wrote|posted|published|left|shared)\b"
    r"|\bon the (?:product|listing) page\b|\brate (?:us|it|them) again\b|\bre-?rat(?:e|ing)\b"
    # the buyer's account named by where it stands: "your experience on Amazon"
    r"|\byour (?:experience|account|impressions?)s?\s+(?:on|at)\s+(?:amazon|ebay|walmart|the (?:product|listing) page)\b"
)
_REVISE = (
    r"\b(?:chang|remov|delet|updat|revis|edit|modif|upgrad|amend|withdr[ae]w|tak(?:e|ing) down|"
    r"reconsider|rethink|adjust|correct|another look|second look|look again|bump|reflect|mirror"
    r"|revisit|com(?:e|ing) back to|go(?:ing)? back (?:to|over)"
    r"|up to date"
    # looked at with new eyes, rated again, or brought in line: "a fresh look at your rating",
    # "could you rate us again", "bring your review in line with how it ended"
    r"|fresh look|new look|fresh eye|rate (?:us|it|them) again|re-?rat(?:e|ing)\b|in line with"
    # read again, weighed again, or seen anew: "another read", "reassess", "in a new light"
    r"|another read|re-?read|re-?evaluat|re-?assess|re-?examin|(?:new|different|fresh|better|kinder|another|other|favou?rable) light"
    r"|look back (?:at|over|on)"
    # gone over again, or weighed against what happened: "look over your review in light of this"
    r"|look\w* (?:over|through)|read (?:over|through)|go(?:ne|ing)? over"
    r"|in (?:the )?light of)\w*"
)
#: Asking the buyer to revise (not the seller saying what it revised).
_ASK_TO_REVISE = (
    r"\b(?:could|would|can|will|might)\s+you\b[^.!?\n]{0,40}"
    + _REVISE
    + r"|\b(?:please|kindly|consider|be willing to|you (?:could|can|might|may)|feel free to"
    + r"|you(?:'re| are) (?:\w+ ){0,3}?(?:welcome|free) to)\b[^.!?\n]{0,40}"
    + _REVISE
    # the revision as the condition of what follows: "once you've had a chance to look over"
    + r"|\b(?:once|after|when|as soon as)\s+you(?:'ve| have)?\b[^.!?\n]{0,40}"
    + _REVISE
    + r"\s+(?:at\s+|over\s+)?(?:your|the|that|this)\s+(?:[\w-]+\s+)?(?:reviews?|ratings?|feedback|stars"
    + r"|comments?|words|post)\b"
    # a wish that the buyer revise: "we'd be grateful if you reconsidered"
    + r"|\b(?:grateful|appreciate|love|glad|happy|great|wonderful|lovely|nice|mean a lot)\w*\b[^.!?\n]{0,30}?"
    + r"\bif you\b[^.!?\n]{0,30}?"
    + _REVISE
    # the revision said to be quick or easy: "it only takes a moment to edit it"
    + r"|\b(?:(?:takes?|took)\s+(?:only\s+|just\s+)?(?:a|one)\s+(?:moment|minute|second|few seconds)"
    + r"|(?:quick|easy|simple|effortless)\s+to)\b[^.!?\n]{0,20}?"
    + _REVISE
    # the marketplace's revision request announced: "a feedback revision request", "a request
    # from us to revise your rating"
    + r"|\b(?:feedback|review|rating)\s+(?:revision|change|update|removal|modification|edit)\s+requests?\b"
    + r"|\brequests?\s+(?:\w+\s+){0,2}?(?:to|for)\s+(?:an?\s+|the\s+)?(?:revis|chang|updat|remov|edit|modif"
    + r"|amend)\w*\s+(?:of\s+)?(?:your|the)\s+(?:feedback|reviews?|ratings?)\b"
    # a wish that the review show how the problem was solved
    + r"|\b(?:hope|glad|happy|grateful|appreciate|love|wish|great|wonderful|lovely|nice)\w*\b[^.!?\n]{0,60}"
    + r"\b(?:reflect|mirror|show(?:s|ed|n)? up in|find (?:its|their) way into|in line with)\w*"
    # the buyer's words said to be open to change, passively: "your rating can always be updated"
    + r"|(?:(?<=your )|(?<=the ))\b(?:reviews?|ratings?|feedback|comments?|stars|words|lines|post)\b"
    + r"[^.!?,;:\n]{0,40}?\b(?:can|could|may|might)\s+(?:\w+\s+)?be\s+(?:edited|updated|changed|adjusted"
    + r"|revised|amended|removed|deleted)"
    # the request veiled as the buyer's own likely wish: "perhaps you'll feel it fair to revisit"
    + r"|\b(?:perhaps|maybe)\b[^.!?\n]{0,50}?"
    + _REVISE
    # what they wrote said as what could now reflect things better
    + r"|\b(?:could|might|may)\s+(?:now\s+)?(?:\w+\s+)?(?:reflect|mirror)\w*\s+(?:\w+\s+){0,4}?(?:better|more (?:accurately|fairly|closely))"
    # what they wrote asked to tell how it ended: "so your review tells the rest of the story"
    + r"|\b(?:tell\w*|told|show\w*|includ\w*|mention\w*)\s+(?:\w+\s+){0,2}?(?:the (?:rest|end|whole|full) of the story"
    + r"|the (?:second|other|next|latest|new|happier) (?:part|half|chapter) of the story|the (?:whole|full) story"
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
            "passwort",
            "passwört",
            "kennwort",
            "benutzername",
            "zugangs",
            "mot de passe",
            "code d'accès",
            "contraseña",
            "nombre de usuario",
            "nome utente",
            "codice di accesso",
            "パスワード",
            "パスコード",
            "暗証番号",
            "ログインid",
            "ユーザー",
            "認証コード",
            *LABEL_CUES,
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
            "go through",
            "going through",
            "without",
            "before",
            "instead of",
            "rather than",
            "withdraw",
            "cancel",
            "retract",
            "reason",
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
    SELECTIVE_REQUEST,
    BUYER_THREAT,
    Rule(
        "buyer.no-off-platform-disguised",
        BLOCK,
        "buyers may not be moved to other contact or payment channels, however they are written",
        BUYER,
        words(DISGUISED),
        DISGUISED_CUES,
    ),
    Rule(
        "buyer.no-off-platform-disguised",
        BLOCK,
        "buyers may not be moved to other contact or payment channels, however they are written",
        BUYER,
        words(SPELLED_ADDRESS),
        ("dot", "point", "punkt", "punto"),
    ),
    Rule(
        "buyer.no-off-platform",
        BLOCK,
        "buyers may not be moved to other contact or payment channels",
        BUYER,
        words(PHONE_CALL),
        ("call", "phone", "ring", "mobile", "cell", "contact"),
    ),
    Rule(
        "buyer.no-phone-number",
        BLOCK,
        "buyer messages may not contain phone numbers, in digits or in words",
        BUYER,
        spelled_number(SPELLED_NUMBER, NUMBER_WORDS),
    ),
    Rule(
        "buyer.no-phone-number",
        BLOCK,
        "buyer messages may not contain phone numbers, in digits or in words",
        BUYER,
        mixed_number,
    ),
    Rule(
        "buyer.no-phone-number",
        BLOCK,
        "buyer messages may not contain phone numbers, in digits or in words",
        BUYER,
        kanji_number,
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
    *BUYER_TONE,
)
