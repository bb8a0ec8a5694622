"""The finders of the messaging rules: each takes a text (and its mentions) and yields the
offending words. :mod:`sellermail.guard.policy` names the rules that use them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from sellermail.guard.mentions import Mention
from sellermail.guard.pattern_words import cues, top_branches
from sellermail.guard.secrets import internal_notes, mask, secrets_in
from sellermail.guard.sentences import cued_sentences, expect, lowered, may_match, watch


def word_start(pattern: str) -> str:
    """``pattern`` with one look-behind for the start of a word in front, when every one of its
    alternatives starts with ``\\b``: the engine then rejects a position inside a word once,
    instead of once per alternative (the same matches, found about twice as fast)."""
    if all(branch.startswith("\\b") for branch in top_branches(pattern)):
        return rf"(?<!\w)(?:{pattern})"
    return pattern


def _written_lower(pattern: str) -> bool:
    """Whether ``pattern`` holds no capital letter (escapes such as ``\\W`` and the ``P`` of a
    named group aside)."""
    return not re.search(r"[A-Z]", re.sub(r"\\[A-Za-z]|\(\?P[<=]", "", pattern))


def caseless(pattern: str) -> Callable[[str], Iterator[re.Match[str]]]:
    """``pattern`` matched without regard to case. A pattern written in lower case runs on the
    lower-cased text (several times faster than ``re.IGNORECASE``); matches then hold the
    lower-cased words, which :func:`original` maps back."""
    pattern = word_start(pattern)
    if not _written_lower(pattern):
        compiled = re.compile(pattern, re.IGNORECASE)
        return compiled.finditer
    plain = re.compile(pattern)
    words = watch(cues(pattern) or ())
    if words:  # read only the lines holding words every match holds
        expect(plain)
        return lambda text: cued_sentences(plain, lowered(text), words)
    return lambda text: plain.finditer(lowered(text))


def original(text: str, match: re.Match[str]) -> str:
    """The words of ``match`` as ``text`` writes them."""
    return text[match.start() : match.end()]


def words(pattern: str) -> Callable[[str, list[Mention]], Iterator[str]]:
    matches = caseless(pattern)

    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        for match in matches(text):
            yield original(text, match)

    return find


def mentioned(kind: str) -> Callable[[str, list[Mention]], Iterator[str]]:
    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        return (m.text for m in seen if m.kind == kind)

    return find


_STOP = re.compile(r"[.!?\n]")


@lru_cache(maxsize=8)
def _stops(text: str) -> list[int]:
    """Where ``text``'s sentences end (the rules of one check share them)."""
    return [m.start() for m in _STOP.finditer(text)]


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``text[start:end]``."""
    stops = _stops(text)
    before = bisect.bisect_left(stops, start)
    after = bisect.bisect_left(stops, end)
    return text[
        stops[before - 1] + 1 if before else 0 : stops[after] + 1
        if after < len(stops)
        else len(text)
    ].strip()


def sentences_with(
    anchor: str, other: str, unless: str = ""
) -> Callable[[str, list[Mention]], Iterator[str]]:
    """Sentences holding both ``anchor`` (the rarer words, searched first) and ``other``."""
    anchors, b = caseless(anchor), re.compile(other, re.IGNORECASE)
    guard = re.compile(unless, re.IGNORECASE) if unless else None
    lower_case = _written_lower(other)
    if lower_case:  # the words it needs are looked for with every cue word, before the anchors
        expect(b)

    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        if (guard and guard.search(text)) or (lower_case and not may_match(b, lowered(text))):
            return
        last = ""
        for match in anchors(text):
            sentence = sentence_at(text, match.start(), match.end())
            if sentence != last and b.search(sentence):
                yield sentence
            last = sentence

    return find


def near(
    anchor: str,
    before: str,
    after: str = "",
    stops: str = ".!?",
    *,
    between: str = "",
    reach: int = 60,
) -> Callable[[str, list[Mention]], Iterator[str]]:
    """``before`` words shortly before ``anchor`` words (or ``after`` words shortly after),
    within one sentence (or the stretch ``stops`` ends: ``;`` and ``:`` for a clause, whose
    verb may have another subject): found from the anchors, which are rare, rather than from
    every word. ``between`` is what may stand between the ``before`` words and the anchor (up
    to 40 characters of the stretch by default), all within ``reach`` characters."""
    anchors = caseless(anchor)
    gap = between or rf"[^{stops}\n]{{0,40}}"
    b = re.compile(rf"(?:{before})(?:{gap})$", re.IGNORECASE)
    c = re.compile(rf"^[^{stops}\n]{{0,30}}(?:{after})", re.IGNORECASE) if after else None

    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        last = -1
        for match in anchors(text):
            head = b.search(text, max(0, match.start() - reach), match.start())
            if head and head.start() > last:
                last = match.end()
                yield text[head.start() : match.end()]
            elif c and (tail := c.search(text[match.end() : match.end() + 50])):
                last = match.end() + tail.end()
                yield text[match.start() : last]

    return find


# (read on the lower-cased text, as :func:`caseless` does)
_ASK_REVIEW = re.compile(
    word_start(
        r"\b(?:leave|leaves|leaving|share|shares|sharing|write|writes|writing|post|posts|posting|give|gives|"
        r"giving|submit|submits|add|adding|"
        r"update|updating|change|changing|remove|removing|revise|in exchange|in return|if you|"
        r"once you|after you)\b"
    )
)
_REVIEW = re.compile(word_start(r"\b(?:reviews?|ratings?|feedback)\b"))
_VALUE = re.compile(
    word_start(
        r"\b(?:refund\w*|gifts?|(?<!feel )(?<!are )(?<!'re )(?<!be )free|discount\w*|coupons?|codes?|compensat\w*|rewards?|cash|"
        r"money|vouchers?|rebates?|credit|bonus|gestures?|surprises?|little something|something special|"
        r"token of (?:our )?(?:thanks|appreciation|gratitude)|freebies?|goodies|perks?"
        # a chance of something: a draw among those who review
        r"|raffl\w*|prize draws?|(?:monthly|weekly|prize) draw|sweepstakes?|giveaways?|lotter(?:y|ies)|prizes?)\b"
    )
)


def review_for_value(text: str, seen: list[Mention]) -> Iterator[str]:
    """A review asked for (or to be changed) in a sentence that offers something of value, or
    next to one: the sentences quoted in the order they stand."""
    lower = lowered(text)
    reviews = [m.start() for m in _REVIEW.finditer(lower)]
    if not reviews:
        return
    ends = [m.end() for m in _STOP.finditer(text)]
    spans = list(zip([0, *ends], [*ends, len(text)], strict=True))
    for i in sorted({bisect.bisect_right(ends, at) for at in reviews}):
        start, end = spans[i]
        if not _ASK_REVIEW.search(lower, start, end):
            continue
        valued = [(a, b) for a, b in spans[max(0, i - 1) : i + 2] if _VALUE.search(lower, a, b)]
        if valued:
            quoted = sorted({*valued, (start, end)})
            yield " ".join(text[a:b].strip() for a, b in quoted)


def longer_than(limit: int) -> Callable[[str, list[Mention]], Iterator[str]]:
    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        if len(text) > limit:
            yield f"{len(text):,} characters"

    return find


def missing(pattern: str) -> Callable[[str, list[Mention]], Iterator[str]]:
    """A part the message lacks (``pattern`` in lower case): reported without quoted words."""
    matches = caseless(pattern)

    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        if next(matches(text), None) is None:
            yield ""

    return find


_ACTIONS_HEADING = re.compile(
    r"(?im)^[^\n]*\b(?:(?:actions?|steps?)\b[^\n]*\b(?:taken|completed|done)|corrective"
    r"|(?:have|has) (?:already )?(?:done|taken|completed))\b[^\n]*$"
)
_NEXT_HEADING = re.compile(r"(?m)^\s*(?:[A-Z][^\n.]{0,60}:\s*$|\s*$)")
_FUTURE = re.compile(
    word_start(r"\b(?:we will|we'll|we plan to|we are going to|we intend to|we shall)\b")
    + r"[^.\n]*"
)


def promised_actions(text: str, seen: list[Mention]) -> Iterator[str]:
    """Future tense inside the 'actions taken' part of a Plan of Action."""
    heading = _ACTIONS_HEADING.search(text)
    if heading:
        end = _NEXT_HEADING.search(text, heading.end() + 1)
        stop = end.start() if end else len(text)
        for match in _FUTURE.finditer(lowered(text), heading.end(), stop):
            yield original(text, match)


#: Paying outside the marketplace, in its languages: the payment services and bank transfers.
OFF_PLATFORM_PAYMENT = re.compile(
    r"\b(?:pay\s?pal|venmo|zelle|cash\s?app|western\s+union|moneygram|alipay|bizum|satispay|postepay"
    r"|lydia|paylib|wise|revolut|(?:wire|bank)\s+transfers?|bank\s+(?:account|details)|iban"
    r"|sort\s+code|routing\s+number|(?:bank)?überweis\w*|bankverbindung|kontodaten|kontonummer"
    r"|virements?(?:\s+bancaires?)?|coordonnées\s+bancaires|transferencias?(?:\s+bancarias?)?"
    r"|cuenta\s+bancaria|datos\s+bancarios|bonific\w*|conto\s+corrente|(?:dati|coordinate)"
    r"\s+bancari\w*)\b|(?:銀行)?(?:振込|振り込み)|口座|paypay|ペイペイ|ペイパル|银行转账|支付宝"
)
PAYMENT_CUES = ("pal", "venmo", "zelle", "cash", "union", "moneygram", "alipay", "bizum", "satispay",
                "postepay", "lydia", "paylib", "wise", "revolut", "transfer", "bank", "iban",
                "sort code", "routing", "überweis", "konto", "virement", "bancair", "cuenta",
                "bancari", "bonific", "conto", "振込", "振り込み", "口座", "paypay", "ペイ",
                "转账", "支付宝")  # fmt: skip
#: Marketplaces whose orders are paid on the marketplace, whatever channel a message takes.
MARKETPLACES = ("amazon", "ebay", "walmart", "etsy", "rakuten", "shopping.yahoo", "yahoo", "mercari",
                "qoo10", "otto", "kaufland", "cdiscount", "fnac", "manomano", "zalando", "allegro",
                "bol.com", "mercadolibre", "aliexpress", "temu", "shopee", "lazada", "zozotown")  # fmt: skip


#: Another app to talk on, in the marketplaces' languages: the messaging apps, the shop's account
#: on one (LINE in Japanese, added as a friend) and a video call.
OFF_PLATFORM_APP = re.compile(
    r"\b(?:whats\s?app|wasap|guasap|we\s?chat|weixin|telegram|viber|threema|kakao\w*|skype"
    r"|discord|line\s*(?:id|app)|video\s*calls?|videoanrufe?|videocalls?|videotelefonat\w*"
    r"|appels?\s+vidéo|visioconférence|videollamadas?|videochiamat[ae])\b"
    r"|(?<![a-z])(?:line|ｌｉｎｅ)(?=\s*(?:で|にて|の|から|に|へ|を|id|@|＠|公式|アカウント|トーク))"
    r"|公式(?:line|ｌｉｎｅ|ライン)|(?:友だち|友達)(?:追加|登録)|ビデオ通話|テレビ電話|微信"
    r"|ワッツアップ|テレグラム|ウィーチャット|カカオトーク|スカイプ|ディスコード"
)
APP_CUES = ("whats", "wasap", "guasap", "chat", "weixin", "telegram", "viber", "threema", "kakao",
            "skype", "discord", "line", "ｌｉｎｅ", "video", "vidéo", "visio", "ライン", "友だち",
            "友達", "通話", "電話", "微信", "ワッツ", "テレグラム", "ウィー", "カカオ", "スカイプ",
            "ディスコード")  # fmt: skip


def talked_elsewhere(text: str) -> Iterator[str]:
    """Another app to talk on, or a video call: a marketplace's buyer moved off its messages."""
    lower = lowered(text)
    if any(cue in lower for cue in APP_CUES):
        yield from (original(text, m) for m in OFF_PLATFORM_APP.finditer(lower))


def paid_elsewhere(text: str) -> Iterator[str]:
    """Payment taken off the marketplace: a payment service or a bank transfer named."""
    lower = lowered(text)
    if any(cue in lower for cue in PAYMENT_CUES):
        yield from (original(text, m) for m in OFF_PLATFORM_PAYMENT.finditer(lower))


def secrets(text: str, seen: list[Mention]) -> Iterator[str]:
    """The configured API key (registered by the LLM layer) or any token shaped like a secret,
    each quoted masked (its first three characters at most)."""
    yield from (mask(secret) for secret in secrets_in(text))


def notes(text: str, seen: list[Mention]) -> Iterator[str]:
    """Notes meant for the seller's own team ("[internal – Lily: ...]", "nota interna per Wei:",
    "【社内メモ】"), quoted by their opening words."""
    yield from internal_notes(text)


_OURS_BEFORE = re.compile(r"\b(?:our|ours|we|us|my|i)\b(?:\W+\w+){0,2}\W*$", re.IGNORECASE)
_OURS_AFTER = re.compile(
    r"^\W*(?:(?:\w+\W+){0,3}?ours\b|(?:in|on|of|by|from|with)\s+(?:our|my)\b)", re.IGNORECASE
)


def blamed(anchor: str, other: str) -> Callable[[str, list[Mention]], Iterator[str]]:
    """Sentences where a fault (``anchor``) and someone else (``other``) meet, unless the fault
    is the writer's own ("our packing errors", "the fault was ours"): owning a mistake in a
    Plan of Action is what it should do."""
    anchors, others = caseless(anchor), re.compile(other, re.IGNORECASE)

    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        for match in anchors(text):
            before = text[max(0, match.start() - 40) : match.start()]
            after = text[match.end() : match.end() + 40]
            if _OURS_BEFORE.search(before) or _OURS_AFTER.search(after):
                continue
            sentence = sentence_at(text, match.start(), match.end())
            if others.search(sentence):
                yield sentence

    return find
