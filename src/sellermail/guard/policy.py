"""Channel messaging policies as data: each rule has an id, a severity and a one-line reason.

Which rules apply depends on who reads the message: buyer messages follow their channel's
rules (``amazon``, ``ebay``, ``walmart``, ``email``); Seller Performance appeals and letters to
other sellers are not buyer messages, so only the appeal or letter rules (warnings) apply.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache

from sellermail.compose.catalogue import Scenario
from sellermail.guard.english_rules import MARKETING, RULES
from sellermail.guard.finders import (
    MARKETPLACES,
    paid_elsewhere,
    talked_elsewhere,
)
from sellermail.guard.marketing import OPT_OUT, POSTAL_ADDRESS
from sellermail.guard.mentions import Mention
from sellermail.guard.promotion import offered_code
from sellermail.guard.rule import BLOCK, WARN, Finding, Rule
from sellermail.guard.sentences import cued_sentences, expect, held, lowered
from sellermail.guard.vocabulary import vocabulary


def audience(scenario: Scenario, channel: str) -> str:
    """Who reads the message, as the rules name it."""
    if scenario.recipient == "amazon":
        return "appeal"
    if scenario.recipient == "seller":
        # a firm notice may warn of suit; a request asks a favour and threatens nothing
        return "letter" if scenario.tone == "firm" else "request"
    return f"{channel}-buyer"


#: Rules whose words are the same in every language: links, addresses, numbers, markup, length,
#: emoji, secrets, other channels named by their brands, and blame, pleading and threats (each
#: language's words are in one pattern).
EVERY_LANGUAGE = frozenset(
    {
        "any.no-secret",
        "any.no-credentials",
        "any.no-internal-note",
        "buyer.no-links",
        "buyer.no-email-address",
        "buyer.no-phone-number",
        "amazon.no-html",
        "amazon.max-length",
        "buyer.emoji",
        "buyer.no-off-platform",
        "buyer.no-off-platform-disguised",
        "buyer.no-blame",
        "buyer.no-pleading",
        "buyer.no-threat",
    }
)


@lru_cache(maxsize=8)
def rules(language: str) -> tuple[Rule, ...]:
    """The rules a message in ``language`` is held to: English ones, or for another language
    those of :data:`EVERY_LANGUAGE` and the language's own words for the others (same ids,
    audiences and reasons as the English rules)."""
    found = vocabulary(language)
    if found is None:
        return RULES
    english = {rule.id: rule for rule in RULES}
    own = tuple(
        replace(english[rule_id], find=_finder(pattern, cues), cues=cues)
        for rule_id, (pattern, cues) in found.rules.items()
    )
    return tuple(rule for rule in RULES if rule.id in EVERY_LANGUAGE) + own


@lru_cache(maxsize=64)
def _heard_by(language: str, who: str) -> tuple[Rule, ...]:
    """The rules of ``language`` that apply to messages ``who`` reads."""
    return tuple(rule for rule in rules(language) if who in rule.audiences)


def _finder(
    pattern: re.Pattern[str], cues: tuple[str, ...]
) -> Callable[[str, list[Mention]], Iterator[str]]:
    """The words ``pattern`` (lower case) finds in a text, as the text writes them: in the
    lines holding one of ``cues`` (every line without cues)."""
    expect(pattern)

    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        lower = lowered(text)
        matches = cued_sentences(pattern, lower, cues) if cues else pattern.finditer(lower)
        for match in matches:
            yield text[match.start() : match.end()]

    return find


def lint(
    scenario: Scenario,
    channel: str,
    text: str,
    seen: list[Mention],
    base: str = "",
    language: str = "en",
    marketplace: str = "",
    offers: frozenset[str] = frozenset(),
) -> list[Finding]:
    """Every rule of the message's audience that ``text`` breaks, once per offending words.
    ``base`` (the rendering from the seller's facts) licenses words a rule allows when the
    facts use them; ``language`` is the language the message is held to; an e-mail about an
    order of a ``marketplace`` may not take its payment off the marketplace; a code the
    ``offers`` hold (a claim code) is the remedy, not promotion."""
    who = audience(scenario, channel)
    findings: list[Finding] = []
    lower = lowered(text)
    licensed = lowered(base)
    present = held(lower)  # the rules' cue words (declared when the rules were made)
    for rule in _heard_by(language, who):
        if not rule.cues or rule.cues in present:
            for words in dict.fromkeys(rule.find(text, seen)):
                if rule.unless_in_facts and _licensed(rule.unless_in_facts, words, licensed):
                    continue
                if rule.id.startswith("buyer.") and words and _their_own(words, lower, licensed):
                    continue  # the seller's own words ("supporto per telefono") are no channel
                if "claim_code" in offers and offered_code(rule.id, words):
                    continue
                findings.append(Finding(rule.id, rule.severity, words, rule.reason))
    if who == "email-buyer" and marketplace.lower().startswith(MARKETPLACES):
        reason = "a marketplace order is paid on the marketplace, whatever channel a message takes"
        findings += [
            Finding("buyer.no-off-platform", BLOCK, w, reason) for w in paid_elsewhere(text)
        ]
        findings += [
            Finding("buyer.no-off-platform", BLOCK, w, _TALKED) for w in talked_elsewhere(text)
        ]
    own = vocabulary(language)
    promotion = (
        own.rules["buyer.no-promotion"][0] if own and "buyer.no-promotion" in own.rules else None
    )
    if who == "email-buyer" and (
        scenario.marketing
        or re.search(MARKETING, text, re.IGNORECASE)
        or (promotion and promotion.search(lower))
    ):
        if not OPT_OUT.search(text) and not (own and own.opt_out and own.opt_out.search(lower)):
            findings.append(Finding("email.marketing-opt-out", BLOCK, "",
                                    "marketing e-mail must offer a way to opt out"))  # fmt: skip
        if not POSTAL_ADDRESS.search(text):
            findings.append(Finding("email.marketing-postal-address", WARN, "",
                                    "marketing e-mail should carry the sender's postal address"))  # fmt: skip
    return findings


#: Why an e-mail about a marketplace order may not move its buyer to another app.
_TALKED = (
    "a marketplace order's buyer is answered in the marketplace's messages, not on another app"
)


def _their_own(words: str, text: str, facts: str) -> bool:
    """Whether every place ``text`` (lower case) holds ``words`` is inside the seller's own
    wording ``facts``: the words with the word before or after them, as the facts join them
    ("impermeabile per telefono" of a product's name, not "parliamo per telefono")."""
    said = words.lower()
    if said not in facts:
        return False
    for match in re.finditer(re.escape(said), text):
        before = re.search(r"(\w+)[\s'’-]+$", text[max(0, match.start() - 40) : match.start()])
        after = re.match(r"[\s'’-]+(\w+)", text[match.end() : match.end() + 40])
        joined = [rf"{re.escape(before[1])}[\s'’-]+{re.escape(said)}" if before else "",
                  rf"{re.escape(said)}[\s'’-]+{re.escape(after[1])}" if after else ""]  # fmt: skip
        if not any(j and re.search(j, facts) for j in joined):
            return False
    return True


def _licensed(terms: str, words: str, facts: str) -> bool:
    """Whether every term of ``terms`` in ``words`` is also in the seller's facts."""
    found = [m[0].lower() for m in re.finditer(terms, words, re.IGNORECASE)]
    return bool(found) and all(term in facts for term in found)


def channel_finding(scenario: Scenario, channel: str) -> Finding | None:
    """A scenario sent on a channel it is not allowed on."""
    if channel in scenario.channels and channel not in scenario.refused:
        return None
    reason = scenario.refused.get(channel, f"{scenario.id} is not sent on {channel}")
    return Finding("channel.not-allowed", BLOCK, "", reason)
