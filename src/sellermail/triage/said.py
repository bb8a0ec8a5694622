"""What the buyer said they want: the remedies they ask for or refuse, and whether they already
gave a reason — so that a reply honours it (a buyer who asks for a refund and not a replacement
is not offered a replacement first; a reason already given is not asked again).

Read from the buyer's own words (a relay's message, or the body without quotes and labels), by
the phrase lists of ``inbound/said.yaml`` in every triage language. A remedy is refused when a
refusing word comes shortly before it in the same clause ("not a replacement", "don't send me
another one", "je ne veux pas d'échange", "不要换货") with no wish between them ("it does not
work, so I want a refund" asks for the refund), or, in Japanese, when one follows it ("交換は不要").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sellermail.guard.language import normalise
from sellermail.triage.phrases import load, matcher, split

#: How far before a remedy (in characters of normalised text) a refusing word still reaches.
REACH = 45
#: How far after a remedy a Japanese refusal may follow.
REACH_AFTER = 12
_BREAKS = re.compile(r"[.!?;:,。！？；：，、]")
#: A line that starts with a capital or a digit starts a new clause ("Return reason: No longer
#: needed" / "Refund amount: $27.49"); any other line break is a hard-wrapped sentence going on.
_NEW_LINE = re.compile(r"\s*\n(?=\s*[A-Z0-9\u00c0-\u00de])")


@dataclass(frozen=True)
class Said:
    """What the buyer's words ask for."""

    #: The buyer's own words, as written.
    words: str
    #: Remedies asked for, in the order the buyer names them: ``refund``, ``partial_refund``,
    #: ``replacement``, ``resend``, ``return``.
    wants: tuple[str, ...] = ()
    #: Remedies the buyer refuses.
    refuses: tuple[str, ...] = ()
    #: The words that give a reason ("stopped charging"), normalised; ``None`` when none.
    reason: str | None = None


@dataclass(frozen=True)
class _Lists:
    remedies: re.Pattern[str]
    remedy_of: dict[str, str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    wish: re.Pattern[str]
    breaks: re.Pattern[str]
    reasons: re.Pattern[str]


@cache
def _lists() -> _Lists:
    data = load("said")
    remedy_of: dict[str, str] = {}
    for remedy, phrases in data["remedies"].items():  # partial_refund before refund
        for phrase in split(normalise(phrases)):
            remedy_of.setdefault(phrase.rstrip("*"), remedy)
    return _Lists(
        remedies=matcher(
            sorted({p for r in data["remedies"].values() for p in split(normalise(r))})
        ),
        remedy_of=remedy_of,
        before=matcher(split(normalise(data["refuse_before"]))),
        after=matcher(split(normalise(data["refuse_after"]))),
        wish=matcher(split(normalise(data["wish"]))),
        breaks=matcher(split(normalise(data["clause_breaks"]))),
        reasons=matcher(split(normalise(data["reasons"]))),
    )


def _remedy(lists: _Lists, found: str) -> str:
    if found in lists.remedy_of:
        return lists.remedy_of[found]
    stem = next(p for p in sorted(lists.remedy_of, key=len, reverse=True) if found.startswith(p))
    return lists.remedy_of[stem]


def _clause_start(lists: _Lists, text: str, at: int) -> int:
    start = max(0, at - REACH)
    for pattern in (_BREAKS, lists.breaks):
        for match in pattern.finditer(text, start, at):
            start = max(start, match.end())
    return start


def _refused(lists: _Lists, text: str, start: int, end: int) -> bool:
    window = text[_clause_start(lists, text, start) : start]
    refusals = list(lists.before.finditer(window))
    if refusals and not lists.wish.search(window, refusals[-1].end()):
        return True
    stop = _BREAKS.search(text, end, end + REACH_AFTER)
    return bool(lists.after.search(text, end, stop.start() if stop else end + REACH_AFTER))


def said(words: str) -> Said:
    """What ``words`` (the buyer's own) ask for; see the module docstring."""
    lists = _lists()
    text = normalise(_NEW_LINE.sub(". ", words))
    wants: list[str] = []
    refuses: list[str] = []
    for match in lists.remedies.finditer(text):
        remedy = _remedy(lists, match.group())
        chosen = refuses if _refused(lists, text, match.start(), match.end()) else wants
        if remedy not in chosen:
            chosen.append(remedy)
    reason = lists.reasons.search(text)
    return Said(
        words=words,
        wants=tuple(r for r in wants if r not in refuses),
        refuses=tuple(refuses),
        reason=reason.group() if reason else None,
    )
