"""Channel messaging policies as data: each rule has an id, a severity and a one-line reason.

Which rules apply depends on who reads the message: buyer messages follow their channel's
rules (``amazon``, ``ebay``, ``walmart``, ``email``); Seller Performance appeals and letters to
other sellers are not buyer messages, so only the appeal or letter rules (warnings) apply.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sellermail.compose.catalogue import Scenario
from sellermail.guard.mentions import Mention

BLOCK, WARN = "block", "warn"
#: Amazon's limit on one Buyer-Seller Messaging message.
AMAZON_MAX_CHARS = 2000


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    #: The offending words, quoted in reports ("" when the rule is about the whole message).
    words: str
    reason: str


@dataclass(frozen=True)
class Rule:
    """One messaging rule."""

    #: Stable id, e.g. ``amazon.no-links``.
    id: str
    #: ``block`` fails the check; ``warn`` is reported and fails only under ``--strict``.
    severity: str
    #: One line: why the rule exists.
    reason: str
    #: The audiences it applies to: ``<channel>-buyer``, ``appeal`` or ``letter``.
    audiences: frozenset[str]
    #: Returns the offending words found in a message (with its mentions), if any.
    find: Callable[[str, list[Mention]], Iterator[str]]
    #: Lower-case words of which the message must hold one for the rule to be tried (speed).
    cues: tuple[str, ...] = ()


def _words(pattern: str) -> Callable[[str, list[Mention]], Iterator[str]]:
    compiled = re.compile(pattern, re.IGNORECASE)

    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        for match in compiled.finditer(text):
            yield match[0]

    return find


def _mentioned(kind: str) -> Callable[[str, list[Mention]], Iterator[str]]:
    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        return (m.text for m in seen if m.kind == kind)

    return find


_STOP = re.compile(r"[.!?\n]")


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``text[start:end]``."""
    before = max((m.end() for m in _STOP.finditer(text, 0, start)), default=0)
    after = _STOP.search(text, end)
    return text[before : after.end() if after else len(text)].strip()


def _sentences_with(
    anchor: str, other: str, unless: str = ""
) -> Callable[[str, list[Mention]], Iterator[str]]:
    """Sentences holding both ``anchor`` (the rarer words, searched first) and ``other``."""
    a, b = re.compile(anchor, re.IGNORECASE), re.compile(other, re.IGNORECASE)
    guard = re.compile(unless, re.IGNORECASE) if unless else None

    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        if guard and guard.search(text):
            return
        for match in a.finditer(text):
            sentence = sentence_at(text, match.start(), match.end())
            if b.search(sentence):
                yield sentence

    return find


def _near(
    anchor: str, before: str, after: str = ""
) -> Callable[[str, list[Mention]], Iterator[str]]:
    """``before`` words shortly before ``anchor`` words (or ``after`` words shortly after),
    within one sentence: found from the anchors, which are rare, rather than from every word."""
    a = re.compile(anchor, re.IGNORECASE)
    b = re.compile(rf"(?:{before})[^.!?\n]{{0,40}}$", re.IGNORECASE)
    c = re.compile(rf"^[^.!?\n]{{0,30}}(?:{after})", re.IGNORECASE) if after else None

    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        last = -1
        for match in a.finditer(text):
            head = b.search(text, max(0, match.start() - 60), match.start())
            if head and head.start() > last:
                last = match.end()
                yield text[head.start() : match.end()]
            elif c and (tail := c.search(text[match.end() : match.end() + 50])):
                last = match.end() + tail.end()
                yield text[match.start() : last]

    return find


_ASK_REVIEW = re.compile(
    r"\b(?:leave|leaving|share|sharing|write|writing|post|posting|give|giving|submit|add|adding|"
    r"update|updating|change|changing|remove|removing|revise|in exchange|in return|if you|once you|"
    r"after you)\b",
    re.IGNORECASE,
)
_REVIEW = re.compile(r"\b(?:reviews?|ratings?|feedback)\b", re.IGNORECASE)
_VALUE = re.compile(
    r"\b(?:refund\w*|gifts?|free|discount\w*|coupons?|codes?|compensat\w*|rewards?|cash|money|"
    r"vouchers?|rebates?|credit|bonus)\b",
    re.IGNORECASE,
)


def _review_for_value(text: str, seen: list[Mention]) -> Iterator[str]:
    """A review asked for (or to be changed) in a sentence that offers something of value, or
    next to one: the sentences quoted in the order they stand."""
    reviews = [m.start() for m in _REVIEW.finditer(text)]
    if not reviews:
        return
    ends = [m.end() for m in _STOP.finditer(text)]
    spans = list(zip([0, *ends], [*ends, len(text)], strict=True))
    for i in sorted({bisect.bisect_right(ends, at) for at in reviews}):
        start, end = spans[i]
        if not _ASK_REVIEW.search(text, start, end):
            continue
        valued = [(a, b) for a, b in spans[max(0, i - 1) : i + 2] if _VALUE.search(text[a:b])]
        if valued:
            quoted = sorted({*valued, (start, end)})
            yield " ".join(text[a:b].strip() for a, b in quoted)


def _longer_than(limit: int) -> Callable[[str, list[Mention]], Iterator[str]]:
    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        if len(text) > limit:
            yield f"{len(text):,} characters"

    return find


def _missing(pattern: str) -> Callable[[str, list[Mention]], Iterator[str]]:
    """A part the message lacks: reported without quoted words."""
    compiled = re.compile(pattern, re.IGNORECASE)

    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        if not compiled.search(text):
            yield ""

    return find


_ACTIONS_HEADING = re.compile(
    r"(?im)^[^\n]*\b(?:(?:actions?|steps?)\b[^\n]*\b(?:taken|completed|done)|corrective"
    r"|(?:have|has) (?:already )?(?:done|taken|completed))\b[^\n]*$"
)
_NEXT_HEADING = re.compile(r"(?m)^\s*(?:[A-Z][^\n.]{0,60}:\s*$|\s*$)")
_FUTURE = re.compile(
    r"(?i)\b(?:we will|we'll|we plan to|we are going to|we intend to|we shall)\b[^.\n]*"
)


def _promised_actions(text: str, seen: list[Mention]) -> Iterator[str]:
    """Future tense inside the 'actions taken' part of a Plan of Action."""
    heading = _ACTIONS_HEADING.search(text)
    if heading:
        end = _NEXT_HEADING.search(text, heading.end() + 1)
        yield from _FUTURE.findall(text, heading.end(), end.start() if end else len(text))


BUYER = frozenset({"amazon-buyer", "ebay-buyer", "walmart-buyer"})
AMAZON = frozenset({"amazon-buyer"})
REVIEW = r"\b(?:reviews?|ratings?|feedback|stars?)\b"
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

RULES: tuple[Rule, ...] = (
    Rule("buyer.no-links", BLOCK, "buyer messages may not contain links", BUYER, _mentioned("url")),
    Rule(
        "buyer.no-email-address",
        BLOCK,
        "buyer messages may not contain e-mail addresses",
        BUYER,
        _mentioned("email"),
    ),
    Rule(
        "buyer.no-phone-number",
        BLOCK,
        "buyer messages may not contain phone numbers",
        BUYER,
        _mentioned("phone"),
    ),
    Rule(
        "amazon.no-html",
        BLOCK,
        "Amazon messages are plain text; HTML is not allowed",
        AMAZON,
        _words(
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
        _near(
            REVIEW,
            r"\b(?:chang|remov|delet|updat|revis|edit|modif|upgrad|amend|withdr[ae]w|"
            r"tak(?:e|ing) down|reconsider|improv|rais|increas|adjust|correct)\w*",
            r"\b(?:removed|changed|updated|revised|upgraded|deleted|taken down|edited)\b",
        ),
        REVIEW_CUES,
    ),
    Rule(
        "review.no-positive-request",
        BLOCK,
        "never ask for a positive or 5-star review",
        AMAZON | {"ebay-buyer", "walmart-buyer", "email-buyer"},
        _words(
            r"\b(?:positive|good|great|favou?rable|excellent|glowing|nice|high|top|(?:4|5|four|five)"
            r"[- ]star)\s+(?:reviews?|ratings?|feedback)\b|\b(?:4|5|four|five)[- ]stars?\b"
        ),
        REVIEW_CUES,
    ),
    Rule(
        "review.no-incentive",
        BLOCK,
        "never tie a refund, gift or anything of value to a review",
        AMAZON | {"ebay-buyer", "walmart-buyer", "email-buyer"},
        _review_for_value,
        REVIEW_CUES,
    ),
    Rule(
        "amazon.no-marketing",
        BLOCK,
        "Amazon buyer messages may not contain marketing or promotions",
        AMAZON | {"walmart-buyer"},
        _words(MARKETING),
        MARKETING_CUES,
    ),
    Rule(
        "buyer.no-off-platform",
        BLOCK,
        "buyers may not be moved to other contact or payment channels",
        BUYER,
        _words(
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
        _longer_than(AMAZON_MAX_CHARS),
    ),
    Rule(
        "buyer.emoji",
        WARN,
        "emoji read as unprofessional and some channels strip them",
        BUYER | {"email-buyer"},
        _words("[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2764]"),
    ),
    Rule(
        "appeal.plan-root-cause",
        WARN,
        "a Plan of Action states the root cause",
        frozenset({"appeal"}),
        _missing(r"\broot cause|\bcaused by\b|\bthe cause\b"),
    ),
    Rule(
        "appeal.plan-actions",
        WARN,
        "a Plan of Action lists the actions already taken",
        frozenset({"appeal"}),
        _missing(
            r"\b(?:actions?|steps?|measures?)\b[^.\n]{0,30}\btaken\b|\bcorrective\b"
            r"|\b(?:have|has) (?:already )?(?:done|taken|completed)\b|\balready (?:done|taken|completed)\b"
        ),
    ),
    Rule(
        "appeal.plan-prevention",
        WARN,
        "a Plan of Action says what prevents a repeat",
        frozenset({"appeal"}),
        _missing(r"\bprevent\w*|\brecur\w*"),
    ),
    Rule(
        "appeal.actions-done",
        WARN,
        "state corrective actions as done, not promised",
        frozenset({"appeal"}),
        _promised_actions,
    ),
    Rule(
        "appeal.no-blame",
        WARN,
        "do not blame Amazon or buyers in an appeal",
        frozenset({"appeal"}),
        _sentences_with(
            r"\b(?:mistakes?|wrong(?:ly)?|unfair(?:ly)?|unjust\w*|errors?|fault|lied|"
            r"lying|scam\w*|fraud\w*|abus\w*|ridiculous|outrageous)\b",
            r"\b(?:amazon|your (?:team|system|algorithm)|buyers?|customers?)\b",
        ),
    ),
    Rule(
        "letter.counterfeit-claim",
        WARN,
        "do not call goods counterfeit without test-buy evidence",
        frozenset({"letter"}),
        _sentences_with(
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
        frozenset({"letter"}),
        _sentences_with(
            r"\binfring\w*", r"\bunauthori[sz]ed\b|\bnot authori[sz]ed\b|\bwithout (?:our )?authori"
        ),
        ("infring",),
    ),
)


def audience(scenario: Scenario, channel: str) -> str:
    """Who reads the message, as the rules name it."""
    if scenario.recipient == "amazon":
        return "appeal"
    if scenario.recipient == "seller":
        return "letter"
    return f"{channel}-buyer"


def lint(scenario: Scenario, channel: str, text: str, seen: list[Mention]) -> list[Finding]:
    """Every rule of the message's audience that ``text`` breaks, once per offending words."""
    who = audience(scenario, channel)
    findings: list[Finding] = []
    lower = text.lower()
    for rule in RULES:
        if who in rule.audiences and (not rule.cues or any(map(lower.__contains__, rule.cues))):
            for words in dict.fromkeys(rule.find(text, seen)):
                findings.append(Finding(rule.id, rule.severity, words, rule.reason))
    if who == "email-buyer" and (scenario.marketing or re.search(MARKETING, text, re.IGNORECASE)):
        if not re.search(
            r"\bunsubscribe\b|\bopt[- ]out\b|\bno longer (?:wish|want) to receive\b|"
            r"\brather not receive\b|\bstop receiving\b",
            text,
            re.IGNORECASE,
        ):
            findings.append(
                Finding(
                    "email.marketing-opt-out",
                    BLOCK,
                    "",
                    "marketing e-mail must offer a way to opt out",
                )
            )
        if not re.search(
            r"\b\d{1,5}\s+\w+(?:\s\w+)*\s(?:street|st|road|rd|avenue|ave|blvd|lane|"
            r"ln|drive|dr|way|suite)\b|\b\d{5}(?:-\d{4})?\b",
            text,
            re.IGNORECASE,
        ):
            findings.append(
                Finding(
                    "email.marketing-postal-address",
                    WARN,
                    "",
                    "marketing e-mail should carry the sender's postal address",
                )
            )
    return findings


def channel_finding(scenario: Scenario, channel: str) -> Finding | None:
    """A scenario sent on a channel it is not allowed on."""
    if channel in scenario.channels and channel not in scenario.refused:
        return None
    reason = scenario.refused.get(channel, f"{scenario.id} is not sent on {channel}")
    return Finding("channel.not-allowed", BLOCK, "", reason)
