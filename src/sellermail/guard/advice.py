"""Durations that are advice on the product, not facts of the order.

A draft may tell the buyer how long to burn a candle, charge a device, let a cover dry or wait
for a tracking page to update: no fact gives those numbers, and none needs to, since they bind
the seller to nothing about this order. A duration is read as such advice when its sentence
names a use of the product (or the tracking page's updating) and nothing the facts time: no
delivery, dispatch, arrival, refund, return or reply. "It will arrive in 2 days" is still an
invented fact, and so is a duration in a sentence that mixes both ("charge it for 2 hours; the
new one ships in 3 days"). The words are the language's (``advice`` in
``lexicon/<lang>.notation.yaml``), stems matched where a word begins (in Japanese, anywhere).
"""

from __future__ import annotations

import re
from functools import cache

from sellermail.guard.notation import notation
from sellermail.guard.sentences import SENTENCE_END, sentence_start

#: English: using the product, and what the order's facts time.
_ENGLISH = {
    "use": ["burn", "melt", "recharg", "charging", "charge it", "charge the", "dry", "drying",
            "soak", "cool", "let it", "leave it", "let it rest", "rest for", "cure", "heat",
            "preheat", "steep", "air out", "air it", "wash", "rinse", "first use", "before use",
            "before using", "to update", "updating"],
    "order": ["arriv", "deliver", "ship", "dispatch", "refund", "return", "reply", "respond",
              "answer", "get back", "hear from", "process", "receiv", "business day", "warrant",
              "guarantee", "replacement", "new one", "update you", "let you know", "contact you",
              "get in touch"],
}  # fmt: skip


@cache
def _cues(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The words of using the product and of the order's facts in ``language``, each as one
    pattern; ``None`` when the language names none."""
    if language == "en":
        use, order = _ENGLISH["use"], _ENGLISH["order"]
    else:
        notes = notation(language)
        use, order = (list(notes.advice_use), list(notes.advice_order)) if notes else ([], [])
    if not use:
        return None
    start = "" if language == "ja" else r"(?<!\w)"

    def pattern(words: list[str]) -> re.Pattern[str]:
        either = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
        return re.compile(f"{start}(?:{either or '(?!)'})")

    return pattern(use), pattern(order)


def advised(text: str, at: int, language: str) -> bool:
    """Whether the duration at ``at`` in ``text`` stands in a sentence of advice on the product
    (its use named, nothing the order's facts time)."""
    cues = _cues(language)
    if cues is None:
        return False
    start = sentence_start(text, at)
    stop = SENTENCE_END.search(text, at)
    sentence = text[start : stop.end() if stop else len(text)].lower()
    use, order = cues
    return use.search(sentence) is not None and order.search(sentence) is None
