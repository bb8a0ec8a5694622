"""How a marketplace notice is read: which of its parts say what it is.

A notice's subject, its first paragraph (most: :data:`LEAD`; a title line above it leads with
it) and its "why / what happened" section say what it is; its FAQ headings ("How do I
reactivate my account?"), the sections under them, help links and boilerplate about other
programmes ("amounts paid as a result of A-to-z Guarantee claims may be deducted") say little.
:func:`parts` cuts a notice's text into pieces, each with the factor its cue phrases count (see
the constants). The headings and boilerplate phrases are data (inbound/notices.yaml).

A notice is read by its sections only when it has them (two headings or more, a "why"
heading, or a FAQ heading that asks: "How do I reactivate my account?"): a short notice, or a
buyer's message pasted without its relay, is read whole, with only its boilerplate sentences
and links discounted.
"""

from __future__ import annotations

import re
from functools import cache

from sellermail.guard.language import normalise
from sellermail.triage.phrases import alternation, load, matcher, split

#: The first paragraph of a notice read by its sections: what the notice is, it says first.
LEAD = 1.5
#: The "why" section (and the first paragraph of a notice read whole).
MAIN = 1.0
#: The rest of a notice read by its sections.
BODY = 0.6
#: A section under a heading that is not a "why" heading (FAQ, how to appeal, next steps).
FAQ = 0.15
#: A sentence of boilerplate, or one holding a link.
BOILERPLATE = 0.1
#: The longest line that can be a heading.
HEADING_CHARS = 90

_GREETING = re.compile(
    r"(?:hello|hi|dear|greetings|hallo|guten tag|sehr geehrte|liebe|bonjour|cher|chere|madame"
    r"|hola|estimad|buongiorno|gentile|ciao|こんにちは|拝啓|ご担当者|出品者様|尊敬的|亲爱的|您好)"
)
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")
#: A table's row: cells apart by three spaces or a tab.
TABLE_ROW = re.compile(r"\S(?: {3,}|\t)\S")
_LINK = r"https?:|www\.|\.com/|\[link\]"


@cache
def _data() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The "why" headings, other headings' words, and boilerplate phrases or a link."""
    data = load("notices")
    boilerplate = alternation(split(normalise(data["boilerplate"])))
    return (
        matcher(split(normalise(data["why_headings"]))),
        matcher(split(normalise(data["heading_words"]))),
        re.compile(f"{boilerplate}|{_LINK}"),
    )


@cache
def payment_service() -> re.Pattern[str]:
    """The names of payment services (PayPal, Stripe...): a notice of theirs is none of a
    marketplace's."""
    return matcher(split(normalise(load("notices")["payment_services"])))


def _heading(line: str) -> str | None:
    """``"why"`` or ``"faq"`` when ``line`` (normalised) is a heading, else ``None``."""
    if not line or len(line) > HEADING_CHARS:
        return None
    why, words, _ = _data()
    line = line.lstrip("¿¡")  # "¿Cómo puedo reactivar mi cuenta?"
    asks = line[-1:] in "?:？："
    if why.match(line) and (asks or len(line) <= 60):
        return "why"
    if words.match(line) and (asks or len(line) <= 60):
        return "faq"
    return None


def _sentences(paragraph: str, factor: float) -> list[tuple[str, float]]:
    """The sentences of a paragraph, boilerplate and links discounted."""
    boilerplate = _data()[2]
    if not boilerplate.search(paragraph):
        return [(paragraph, factor)]
    pieces = []
    for sentence in _SENTENCE.split(paragraph):
        if sentence.strip():
            plain = boilerplate.search(sentence)
            pieces.append((sentence, min(factor, BOILERPLATE) if plain else factor))
    return pieces


def _title(line: str) -> bool:
    """Whether ``line`` (normalised) is a title: short, no sentence and no heading."""
    return len(line) <= HEADING_CHARS and line[-1:] not in ".!?:。！？：" and _heading(line) is None


def sectioned(lines: list[str]) -> bool:
    """Whether lines (normalised) have a notice's sections: a "why" heading, or two headings,
    each a question or ending in a colon ("Why did this happen?")."""
    headings = [_heading(line) for line in lines if line[-1:] in "?:？："]
    return "why" in headings or sum(h is not None for h in headings) >= 2


def parts(lines: list[str], rows: frozenset[int] = frozenset()) -> list[tuple[str, float]]:
    """The body of a notice (its lines, normalised) as pieces of text and the factor each
    counts (see the module docstring); ``rows``: the indexes of lines that are a table's rows
    (a dashboard's metrics: "Order Defect Rate    0.4%"), each discounted as a FAQ's."""
    headings = [_heading(line) for line in lines]
    asked = any(h == "faq" and line[-1:] in "?？" for h, line in zip(headings, lines, strict=True))
    sectioned = "why" in headings or asked or sum(h is not None for h in headings) >= 2
    pieces: list[tuple[str, float]] = []
    paragraph: list[str] = []
    factor = LEAD if sectioned else MAIN
    lead = True  # still before the end of the first paragraph

    def close() -> None:
        nonlocal lead, factor
        if paragraph:
            title = len(paragraph) == 1 and _title(paragraph[0])
            pieces.extend(_sentences(" ".join(paragraph), factor))
            paragraph.clear()
            if lead and not title:  # a title line above the first paragraph leads with it
                lead = False
                factor = BODY if sectioned else MAIN

    for index, (line, heading) in enumerate(zip(lines, headings, strict=True)):
        if index in rows:
            close()
            pieces.append((line, min(factor, FAQ)))
        elif not line:
            close()
        elif lead and not paragraph and len(line) <= 40 and _GREETING.match(line):
            continue  # "Hello," / "Dear Seller,"
        elif heading and sectioned:
            close()
            lead = False
            factor = MAIN if heading == "why" else FAQ
            paragraph.append(line)  # counts with its section ("Reason for return: Too small")
        else:
            paragraph.append(line)
    close()
    return pieces
