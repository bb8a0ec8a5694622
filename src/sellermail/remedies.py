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

_MONEY = r"(?:[$€£¥]\s?\d|\b(?:usd|eur|gbp|jpy|cad|aud)\s?\d|\d\s?(?:€|£|dollars?|euros?)\b)"
_THING = r"(?:it|them|this|(?:the|your|this|that) (?:[\w-]+ ){0,3}?[\w-]+)"

_PHRASES = {  # most specific first
    "claim_code": r"\b(?:claim|promo(?:tional)?|coupon|gift) code\b",
    "partial_refund": r"\bpartial(?:ly)? (?:refund|reimburse|compensat)\w*|\brefund(?:ing)? (?:you )?"
    r"(?:part|some|a portion|a part) of\b|\brefund\w* (?:of |you )?"
    + _MONEY
    + r"|"
    + _MONEY
    + r"[\d.,]*\s+(?:refund|back)\b",
    "full_refund": r"\b(?:full|complete|100%|total) refund|\brefund\w* (?:you )?(?:in full|the full|"
    r"for the full|the entire|the whole|your full)|\bfully refund|\brefund\w*\b",
    "replacement": r"\breplac(?:e|ement|ing)\b|\b(?:a |one )?(?:new|another|fresh) "
    r"(?:one|unit|item|piece|pair)\b",
    "resend": r"\bre-?(?:send|sent|ship)\w*|\b(?:send|ship|dispatch|mail)(?:p?ing)? (?:you )?"
    + _THING
    + r" (?:out )?again\b|\bship(?:ping)? (?:out )?a new (?:package|parcel|shipment)\b",
    "return": r"\breturn(?:ing|ed)? " + _THING + r"|\bsend(?:ing)? " + _THING + r" back\b"
    r"|\breturn (?:label|shipping)\b|\ba (?:free )?return\b|\bfor (?:a )?return\b",
}
PATTERN = re.compile(
    r"(?=[a-z$€£¥\d])(?<![a-z])(?:"
    + "|".join(f"(?P<{name}>{p})" for name, p in _PHRASES.items())
    + ")"
)
CUES = (
    "code",
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
)
_RECALLED = re.compile(
    r"\byou(?:'ve| have)? (?:requested|asked|mentioned|said|chose|opened|initiated|submitted|"
    r"wanted|contacted)\b|\byour (?:\w+ )?(?:request|message|question)\b"
)
_NEGATED = re.compile(
    r"(?:no need to|n[o']t need to|not necessary to|n[o']t have to|without|instead of|rather than|"
    r"cannot|can't|can not|unable to|not able to|no longer|not possible to)\W+(?:\w+\W+){0,4}$"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def offered(text: str) -> set[str]:
    """The remedies ``text`` offers."""
    text = text.lower()
    if not any(map(text.__contains__, CUES)):
        return set()
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    recalled: dict[int, bool] = {}
    found: set[str] = set()
    for match in PATTERN.finditer(text):
        name = match.lastgroup
        if name is None or name in found:
            continue
        index = bisect.bisect_right(starts, match.start()) - 1
        start = starts[index]
        if index not in recalled:
            end = starts[index + 1] if index + 1 < len(starts) else len(text)
            recalled[index] = _RECALLED.search(text, start, end) is not None
        if not recalled[index] and not _NEGATED.search(text[start : match.start()]):
            found.add(name)
    return found
