"""The English messaging rules, as data: each rule has an id, a severity, a one-line reason,
the audiences it applies to and what finds it (:mod:`sellermail.guard.policy` applies them, and
each marketplace language's own words for the same rules)."""

from __future__ import annotations

from sellermail.guard.conduct import CONDUCT
from sellermail.guard.finders import (
    blamed,
    longer_than,
    mentioned,
    missing,
    near,
    notes,
    promised_actions,
    review_for_value,
    secrets,
    sentences_with,
    words,
)
from sellermail.guard.rule import AMAZON, ANY_BUYER, BLOCK, BUYER, EVERYONE, LETTER, WARN, Rule
from sellermail.guard.secrets import NOTE_CUES

#: Amazon's limit on one Buyer-Seller Messaging message.
AMAZON_MAX_CHARS = 2000


REVIEW = r"\b(?:reviews?|ratings?|feedback|stars?)\b"
#: A review asked "in return" for what the seller gives ("all we ask in return is a review");
#: "in exchange for the faulty one" is a swap.
_IN_RETURN_A_REVIEW = (
    r"\b(?:in return|in exchange)\b(?!\s+for\s+(?!(?:a|an|your|leaving|writing|posting)\b))"
    r"[^.!?;\n]{0,120}?\b(?:reviews?|ratings?|feedback|stars)\b"
)
#: Everything being in order, as a review's condition: "if everything is in order now".
_IF_ALL_IN_ORDER = (
    r"\b(?:if|when|once)\s+(?:\w+\s+){0,2}?(?:everything|it all|all|things)(?:'s|'re|\s+(?:is|are|"
    r"seems?|looks?))?\s+(?:(?:now|still|all)\s+)?(?:in order|ok|okay|sorted|fine|good|right|fits?)\b"
)
#: The act of rating held back until the seller has had a word: "write to us first before
#: rating" ("before rating the options" weighs them up).
_BEFORE_RATING = (
    r"\bbefore\s+(?:you\s+)?(?:rat(?:e|ing)|review(?:ing)?)(?:\s+(?:us|it|the\s+(?:item|product|"
    r"order|purchase|seller|transaction)))?(?=\s*(?:[.,;:!?\n]|$|on\s+(?:amazon|ebay|walmart)\b))"
)
MARKETING = (
    r"\bnew arrivals?\b|\bfollow us\b|\b(?:check out|visit|browse|shop) our\b|\bour (?:latest|new)"
    r" (?:products?|collection|items?|releases?)\b|\b(?:next|future) (?:order|purchase)s?\b[^.!?\n]*"
    r"\b(?:discount|coupon|off|save)\b|\b(?:discount|coupon|\d+\s?% off)\b[^.!?\n]*\b(?:next|future)"
    r" (?:order|purchase)s?\b|\bnewsletter\b|\bflash sale\b|\bjoin our\b|\bVIP\b|\bexclusive (?:deals?"
    r"|offers?|discounts?)\b"
)

REVIEW_CUES = ("review", "rating", "feedback", "star")
MARKETING_CUES = (
    "arrival",
    "follow us",
    "check out",
    "visit",
    "browse",
    "shop our",
    "our latest",
    "our new",
    "next",
    "future",
    "newsletter",
    "flash sale",
    "join our",
    "vip",
    "exclusive",
)
OFF_PLATFORM_CUES = (
    "whats",
    "chat",
    "weixin",
    "telegram",
    "skype",
    "viber",
    "facebook",
    "instagram",
    "tiktok",
    "twitter",
    "paypal",
    "venmo",
    "zelle",
    "cash",
    "union",
    "transfer",
    "alipay",
    "website",
    "outside",
    "off-",
    "off amazon",
    "off ebay",
    "off walmart",
)

#: A Plan of Action's root cause, however named: "the root cause", "this happened because",
#: "the failure was in our process", "what went wrong", "it stemmed from".
_ROOT_CAUSE = (
    r"\broot cause|\bcaused by\b|\b(?:the|a|main) cause\b|\bcause of\b|\bwent wrong\b"
    r"|\b(?:happened|occurred|arose) (?:only )?because\b|\b(?:stemmed|resulted|came) from\b"
    r"|\bwhy (?:this|it|that) happened\b|\bthe reason (?:was|is|for)\b|\b(?:which|that|this) is why\b"
    r"|\b(?:failure|fault|gap|problem|mistake|error|weakness) (?:was|lay|lies|is) in\b"
)
#: What prevents a repeat, however named: "to prevent", "recurrence", "for the future",
#: "going forward", "from now on", "never happens again".
_PREVENTION = (
    r"\bprevent\w*|\brecur\w*|\b(?:for|in) the future\b|\bgoing forward\b|\bmoving forward\b"
    r"|\bfrom now on\b|\bhappens? again\b|\bto avoid\b|\bsafeguards?\b|\brepeat(?:ing|s)?\b"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "any.no-secret",
        BLOCK,
        "a message must never contain an API key, token or other secret",
        EVERYONE,
        secrets,
    ),
    Rule(
        "any.no-internal-note",
        BLOCK,
        "a message must never carry a note meant for the seller's own team",
        EVERYONE,
        notes,
        NOTE_CUES,
    ),
    Rule("buyer.no-links", BLOCK, "buyer messages may not contain links", BUYER, mentioned("url")),
    Rule(
        "buyer.no-email-address",
        BLOCK,
        "buyer messages may not contain e-mail addresses",
        BUYER,
        mentioned("email"),
    ),
    Rule(
        "buyer.no-phone-number",
        BLOCK,
        "buyer messages may not contain phone numbers",
        BUYER,
        mentioned("phone"),
    ),
    Rule(
        "amazon.no-html",
        BLOCK,
        "Amazon messages are plain text; HTML is not allowed",
        AMAZON,
        words(
            r"</?(?:a|abbr|b|body|br|center|div|em|font|h[1-6]|head|hr|html|i|iframe|img|li|ol|p|"
            r"script|span|strong|style|table|td|th|tr|u|ul)\b[^<>]*/?>"
        ),
        ("<",),
    ),
    Rule(
        "review.no-manipulation",
        BLOCK,
        "never ask a buyer to change, remove or upgrade a review or rating",
        AMAZON | {"ebay-buyer", "walmart-buyer", "email-buyer"},
        near(
            REVIEW,
            r"\b(?:chang|remov|delet|updat|revis|edit|modif|upgrad|amend|withdr[ae]w|"
            r"tak(?:e|ing) down|reconsider|improv|rais|increas|adjust|correct)\w*",
            r"\b(?:removed|changed|updated|revised|upgraded|deleted|taken down|edited)\b",
            # "thanks for your review; the listing will be updated": the seller's own edit
            ".!?;:",
        ),
        REVIEW_CUES,
    ),
    Rule(
        "review.no-positive-request",
        BLOCK,
        "never ask for a positive or 5-star review",
        AMAZON | {"ebay-buyer", "walmart-buyer", "email-buyer"},
        words(
            r"\b(?:positive|good|great|favou?rable|excellent|glowing|nice|high|top|(?:4|5|four|five)"
            r"[- ]star)\s+(?:reviews?|ratings?|feedback|stars)\b|\b(?:4|5|four|five)[- ]stars?\b"
            # the review asked to tell how happy the buyer is: "say in your review how pleased you are"
            r"|\b(?:reviews?|ratings?|feedback)\b[^.!?\n]{0,60}?\bhow\s+(?:much\s+you\s+(?:like|love|enjoy)"
            r"|(?:happy|pleased|satisfied|delighted|thrilled)\s+you\s+are)\b"
        ),
        REVIEW_CUES,
    ),
    Rule(
        "review.no-incentive",
        BLOCK,
        "never tie a refund, gift or anything of value to a review",
        AMAZON | {"ebay-buyer", "walmart-buyer", "email-buyer"},
        review_for_value,
        REVIEW_CUES,
    ),
    Rule(
        "review.no-incentive",
        BLOCK,
        "never tie a refund, gift or anything of value to a review",
        AMAZON | {"ebay-buyer", "walmart-buyer", "email-buyer"},
        words(_IN_RETURN_A_REVIEW),
        ("in return", "in exchange"),
    ),
    Rule(
        "review.no-selective-request",
        BLOCK,
        "review requests must go to every buyer alike, not only to satisfied ones",
        ANY_BUYER,
        sentences_with(_IF_ALL_IN_ORDER, REVIEW + r"|\bvotes?\b"),
        ("all", "everything", "things"),
    ),
    Rule(
        "buyer.no-suppression",
        BLOCK,
        "never discourage a buyer from leaving feedback, filing a claim or returning an item",
        ANY_BUYER,
        words(_BEFORE_RATING),
        ("before",),
    ),
    Rule(
        "amazon.no-marketing",
        BLOCK,
        "Amazon buyer messages may not contain marketing or promotions",
        AMAZON | {"walmart-buyer"},
        words(MARKETING),
        MARKETING_CUES,
    ),
    Rule(
        "buyer.no-off-platform",
        BLOCK,
        "buyers may not be moved to other contact or payment channels",
        BUYER,
        words(
            r"\b(?:whats\s?app|we\s?chat|weixin|telegram|skype|viber|facebook|instagram|tiktok|"
            r"twitter|paypal|venmo|zelle|cash\s?app|western union|wire transfer|bank transfer|"
            r"alipay|our (?:own )?website|outside (?:of )?(?:amazon|ebay|walmart)|off[- ]"
            r"(?:amazon|ebay|walmart))\b"
        ),
        OFF_PLATFORM_CUES,
    ),
    Rule(
        "amazon.max-length",
        BLOCK,
        f"Amazon limits a message to {AMAZON_MAX_CHARS:,} characters",
        AMAZON,
        longer_than(AMAZON_MAX_CHARS),
    ),
    Rule(
        "buyer.emoji",
        WARN,
        "emoji read as unprofessional and some channels strip them",
        BUYER | {"email-buyer"},
        words("[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2764]"),
    ),
    Rule(
        "appeal.plan-root-cause",
        WARN,
        "a Plan of Action states the root cause",
        frozenset({"appeal"}),
        missing(_ROOT_CAUSE),
    ),
    Rule(
        "appeal.plan-actions",
        WARN,
        "a Plan of Action lists the actions already taken",
        frozenset({"appeal"}),
        missing(
            r"\b(?:actions?|steps?|measures?)\b[^.\n]{0,30}\btaken\b|\bcorrective\b"
            r"|(?:\b(?:have|has)|'ve|’ve) (?:already )?(?:done|taken|completed)\b"
            r"|\balready (?:done|taken|completed)\b"
            # as a heading asks it: "What we did:", "Steps we took"
            r"|\b(?:what|steps|actions|measures) (?:we|i) (?:did|took|fixed|changed)\b"
        ),
    ),
    Rule(
        "appeal.plan-prevention",
        WARN,
        "a Plan of Action says what prevents a repeat",
        frozenset({"appeal"}),
        missing(_PREVENTION),
    ),
    Rule(
        "appeal.actions-done",
        WARN,
        "state corrective actions as done, not promised",
        frozenset({"appeal"}),
        promised_actions,
    ),
    Rule(
        "appeal.no-blame",
        WARN,
        "do not blame Amazon or buyers in an appeal",
        frozenset({"appeal"}),
        blamed(
            r"\b(?:mistakes?|wrong(?:ly)?|unfair(?:ly)?|unjust\w*|errors?|fault|lied|"
            r"lying|scam\w*|fraud\w*|abus\w*|ridiculous|outrageous)\b",
            r"\b(?:amazon|your (?:team|system|algorithm)|buyers?|customers?)\b",
        ),
    ),
    Rule(
        "letter.counterfeit-claim",
        WARN,
        "do not call goods counterfeit without test-buy evidence",
        LETTER,
        sentences_with(
            r"\b(?:counterfeit|fake|knock-?offs?|replicas?)\b",
            r".",
            unless=r"\btest[- ](?:buy|purchase|order)",
        ),
        ("counterfeit", "fake", "knock", "replica"),
    ),
    Rule(
        "letter.unauthorized-not-infringing",
        WARN,
        "selling genuine goods without authorization is not in itself infringement",
        LETTER,
        sentences_with(
            r"\binfring\w*", r"\bunauthori[sz]ed\b|\bnot authori[sz]ed\b|\bwithout (?:our )?authori"
        ),
        ("infring",),
    ),
    *CONDUCT,
)
