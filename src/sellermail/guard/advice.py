"""Durations that are advice on the product, not facts of the order.

A draft may tell the buyer how long to burn a candle, charge a device, let a cover dry or wait
for a tracking page to update: no fact gives those numbers, and none needs to, since they bind
the seller to nothing about this order. A duration is read as such advice when its sentence
names a use of the product (or the tracking page's updating) and nothing the facts time: no
delivery, dispatch, arrival, refund, return or reply. "It will arrive in 2 days" is still an
invented fact, and so is a duration in a sentence that mixes both ("charge it for 2 hours; the
new one ships in 3 days"). The words are the language's (``advice`` in
``lexicon/<lang>.notation.yaml``), stems matched where a word begins (in Japanese, anywhere).

A time named in words ("next year", "il prossimo anno") is read the same way in its clause: where
the clause guesses ("maybe", "magari", "かもしれません"; not "if", which may time a delivery) and
names nothing the facts time, it is when the buyer might use the item ("magari per il prossimo
anno"), no date of the order; "maybe it will be delivered next week" is still an invented date.
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
              "get in touch", "send", "sent"],
    "hedge": ["maybe", "perhaps", "possibly", "might"],
}  # fmt: skip
#: Where a clause ends: a comma, a bracket, a colon or a dash, or where its sentence does.
_CLAUSE_END = re.compile(r"[,;:()\[\]—–、（）「」.!?。！？\n]")


@cache
def _cues(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """The words of using the product, of the order's facts and of guessing in ``language``,
    each as one pattern; ``None`` when the language names none."""
    if language == "en":
        use, order, hedge = _ENGLISH["use"], _ENGLISH["order"], _ENGLISH["hedge"]
    else:
        notes = notation(language)
        use, order, hedge = (
            (list(notes.advice_use), list(notes.advice_order), list(notes.advice_hedge))
            if notes
            else ([], [], [])
        )
    if not use:
        return None
    start, end = ("", "") if language == "ja" else (r"(?<!\w)", r"(?!\w)")

    def pattern(words: list[str], tail: str = "") -> re.Pattern[str]:
        either = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
        return re.compile(f"{start}(?:{either or '(?!)'}){tail}")

    return pattern(use), pattern(order), pattern(hedge, end)


def advised(text: str, at: int, language: str) -> bool:
    """Whether the duration at ``at`` in ``text`` stands in a sentence of advice on the product
    (its use named, nothing the order's facts time)."""
    cues = _cues(language)
    if cues is None:
        return False
    start = sentence_start(text, at)
    stop = SENTENCE_END.search(text, at)
    sentence = text[start : stop.end() if stop else len(text)].lower()
    use, order, _ = cues
    return use.search(sentence) is not None and order.search(sentence) is None


def supposed(text: str, at: int, language: str) -> bool:
    """Whether the time named in words at ``at`` in ``text`` stands in a clause that guesses and
    names nothing the order's facts time: when the buyer might use the item."""
    cues = _cues(language)
    if cues is None:
        return False
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    stop = _CLAUSE_END.search(text, at)
    clause = text[start : stop.start() if stop else len(text)].lower()
    _, order, hedge = cues
    return hedge.search(clause) is not None and order.search(clause) is None
