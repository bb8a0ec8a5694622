"""What a marketplace language says that the guard judges: remedies offered, things claimed as
done, and the acts the messaging rules forbid (review requests tied to value, feedback
suppression, promotion, other channels). English is written into :mod:`remedies`,
:mod:`claims`, :mod:`policy` and :mod:`conduct`; each other language is data written by a native
writer, ``lexicon/<lang>.phrases.yaml``, compiled here once into the same shapes, so one
implementation of each judgement serves every language.

Each entry of a data file is a list of regular expressions matched on the lower-cased text
(``{money}`` in a remedy stands for an amount, ``{offering}`` for what follows a bare noun in
a sentence that offers it, the ``offer_context`` entry); write general language, never one
sentence. The entries: ``offers`` (one list per remedy of :data:`REMEDIES`), ``offer_negated`` and
``offer_recalled`` (words just before a remedy that deny it or recall the buyer's request),
``offer_negated_after`` and ``offer_recalled_after`` (the same, just after it),
``offer_recalled_clause`` (a whole clause that recalls the remedy it holds, written ``§``: words
on both sides, "dass Sie den Artikel zurückgeben möchten"), ``offer_original`` (words naming
the item the buyer received: a return in their sentence is the original going back in an
exchange), ``offer_also`` (words that add an offer to the others: the product named beside
them goes back in a return of its own), ``offer_done`` (words beside a remedy in its clause
that tell it already happened: "bereits", "la semaine dernière"), ``offer_recalled_earlier``
(the clause before a remedy's own, across a comma, making it the buyer's act: "was Sie dazu
bewogen hat, … zurückzusenden"), ``claims`` (one
list per claim of :data:`CLAIMS`), ``claim_qualified`` (words earlier in the sentence that make
a claim no statement of fact), ``claim_qualified_after`` (the same after it, to its sentence's
end, not past a ``claim_contrast``: "…ましたが、") and ``claim_hedges`` (hopes and guesses anywhere
earlier in its sentence), one list per rule of
:data:`RULE_ENTRIES`, and ``opt_out``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sellermail.compose.money import amount_source
from sellermail.guard.pattern_words import cues, starts_word, top_branches, unbounded
from sellermail.guard.sentences import expect, watch
from sellermail.io.paths import data_dir
from sellermail.io.structured import parse_yaml

#: The remedies (and the perks a message may invent besides them: :data:`remedies.NAMES`) and
#: the claims a data file may name, in the order they are tried (most specific first).
REMEDIES = (
    "claim_code",
    "partial_refund",
    "full_refund",
    "refund",
    "resend",
    "replacement",
    "return",
    "free_shipping",
    "perk",
)
CLAIMS = (
    "cleared_customs",
    "held",
    "out_for_delivery",
    "delivered",
    "refunded",
    "lost",
    "resent",
    "shipped",
    "return_received",
    "evidence_received",
    "case_opened",
    "contacted",
    "cancelled",
    "address_updated",
    "confirmed",
    "repaired",
)
#: Data-file entries -> the rule each one feeds (ids shared with the English rules).
RULE_ENTRIES = {
    "review_positive": "review.no-positive-request",
    "review_incentive": "review.no-incentive",
    "review_change": "review.no-manipulation",
    "suppression": "buyer.no-suppression",
    "marketing": "buyer.no-promotion",
    "off_platform": "buyer.no-off-platform",
}


@dataclass(frozen=True)
class Phrasing:
    """How one language offers remedies or states claims: the phrases (one named group each),
    the words before them in the clause that take them back (negated, recalled, qualified),
    and cue words (lower case) of which a line must hold one to be read (``()``: every line)."""

    pattern: re.Pattern[str]
    cues: tuple[str, ...]
    #: Words just before a phrase that deny it ("without", "instead of").
    negated: re.Pattern[str] | None
    #: Words just before a phrase that only recall what the buyer asked for.
    recalled: re.Pattern[str] | None
    #: Words just after a phrase, in its clause, that deny or recall it (languages that put
    #: the verb or the negation last: "eine Erstattung ist nicht nötig", "返品は不要です").
    after: re.Pattern[str] | None = None
    #: Words anywhere earlier in the sentence that make a claim a hope or a guess (languages
    #: that set a comma before every subordinate clause: "Wir hoffen, die Sendung ist
    #: angekommen"; negation stays with its clause).
    hedged: re.Pattern[str] | None = None
    #: A clause that recalls the buyer's wish by words on both sides of a remedy, matched on
    #: the clause with the remedy written ``§`` ("dass Sie § möchten").
    clause: re.Pattern[str] | None = None
    #: Words naming the item the buyer received ("the original", "元の商品"): a return in their
    #: sentence sends it back in an exchange (:data:`remedies.ORIGINAL`).
    original: re.Pattern[str] | None = None
    #: Words that add an offer to the others ("also", "aussi", "in alternativa"): the product
    #: named in their sentence is no original going back but a return of its own.
    also: re.Pattern[str] | None = None
    #: Words beside a remedy in its clause that tell what already happened ("already", "last
    #: week", "bereits", "すでに"): the remedy is named as done, which offers none anew.
    done: re.Pattern[str] | None = None
    #: The phrases one name at a time, each with the cues of its own lines (``()``: every
    #: line): a line is read for a claim only when it holds one of that claim's words.
    parts: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = ()
    #: Words after a remedy, in the rest of its sentence, that decline it: the remedy as the
    #: subject of "is not possible", or taken up by a pronoun ("as for a partial refund, we
    #: cannot offer one", "一部返金については、いたしかねます").
    declined: re.Pattern[str] | None = None
    #: Words ending the clause before a remedy's own that make it the buyer's act asked about
    #: or decided, across the comma before an infinitive ("was Sie dazu bewogen hat, den
    #: Artikel zurückzusenden"): matched on the text just before the remedy, to its start.
    earlier: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        watch(self.cues)
        expect(self.pattern)
        for _, pattern, words in self.parts:
            watch(words)
            expect(pattern)


@dataclass(frozen=True)
class Vocabulary:
    language: str
    offers: Phrasing | None
    claims: Phrasing | None
    #: Rule id -> the pattern of what the rule forbids, in this language, and what a line
    #: must hold for it to begin there (``()``: every line is read).
    rules: dict[str, tuple[re.Pattern[str], tuple[str, ...]]]
    #: An e-mail's opt-out, in this language.
    opt_out: re.Pattern[str] | None


def _alternatives(data: Any) -> list[str]:
    return [str(item) for item in data] if isinstance(data, list) else []


def _join(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _any_of(data: dict[str, Any], entry: str) -> re.Pattern[str] | None:
    """Any of the patterns of the data file's ``entry``, as one (``None`` when it has none)."""
    patterns = _alternatives(data.get(entry))
    return re.compile(_join(patterns)) if patterns else None


#: What a line holding an amount holds.
_DIGITS = tuple("0123456789")


def _cues(patterns: list[str]) -> tuple[str, ...]:
    """What a line must hold for a match of one of ``patterns`` to begin in it (for an amount,
    a digit); ``()`` when that cannot be said, and every line is read."""
    words = [pattern for pattern in patterns if not pattern.startswith("{money}")]
    found = cues(_join(words)) if words else ()
    if found is None:
        return ()
    return (*found, *(_DIGITS if len(words) < len(patterns) else ()))


def _word_led(patterns: list[str]) -> bool:
    """Whether every match of ``patterns`` begins at the start of a word: with ``\\b`` and a
    letter or a digit, or with an amount (Japanese has no spaces: its phrases never do)."""
    return bool(patterns) and all(
        branch.startswith("{money}") or starts_word(branch)
        for pattern in patterns
        for branch in top_branches(pattern)
    )


def _at_word(patterns: list[str]) -> tuple[list[str], str]:
    """``patterns``, and the look-behind for a word's start that goes before them: when every
    match begins at one, the engine rejects a place inside a word once, instead of entering
    every alternative there (the same matches, found several times faster)."""
    if not _word_led(patterns):
        return patterns, ""
    return [unbounded(pattern) for pattern in patterns], r"(?<!\w)"


def _before(patterns: list[str], spaced: bool) -> re.Pattern[str] | None:
    """Words at most a few words (or, without spaces, a few characters) before the clause's
    end, where the phrase they qualify begins."""
    if not patterns:
        return None
    if not spaced:
        return re.compile(rf"(?:{_join(patterns)}).{{0,12}}$")
    # whole words only: "weder" is no denial inside "entweder"
    return re.compile(rf"(?<!\w)(?:{_join(patterns)})\W+(?:\w+\W+){{0,3}}$")


def _after(
    patterns: list[str], spaced: bool, reach: int = 12, stops: list[str] | None = None
) -> re.Pattern[str] | None:
    """Words at most a few words (or ``reach`` characters) after a phrase, in what follows
    it (its clause, or for a claim its sentence), not past one of ``stops`` (a contrast that
    opens a clause of its own: "配達完了となっておりましたが、…でしょうか")."""
    if not patterns:
        return None
    step = f"(?:(?!{_join(stops)}).)" if stops else "."
    gap = r"^\W*(?:\w+\W+){0,3}?" if spaced else rf"^{step}{{0,{reach}}}?"
    return re.compile(rf"{gap}(?:{_join(patterns)})")


def _compiled_rule(items: list[str]) -> str:
    bare, behind = _at_word(items)
    return f"{behind}(?:{_join(bare)})"


def _phrasing(
    entries: Any, names: tuple[str, ...], data: dict[str, Any], prefix: str, spaced: bool
) -> Phrasing | None:
    if not isinstance(entries, dict):
        return None
    money = amount_source(lower=True, embedded=True)
    every = [item for name in names for item in _alternatives(entries.get(name))]
    if not every:
        return None
    offering = f"(?={_join(_alternatives(data.get('offer_context'))) or '(?!)'})"
    _, behind = _at_word(every)

    def group(name: str, items: list[str], behind: str) -> str:
        return f"(?P<{name}>{_join(_at_word(items)[0] if behind else items)})".replace(
            "{money}", money
        ).replace("{offering}", offering)

    named = [(name, items) for name in names if (items := _alternatives(entries.get(name)))]
    return Phrasing(
        pattern=re.compile(
            f"{behind}(?:{'|'.join(group(n, items, behind) for n, items in named)})"
        ),
        parts=tuple(
            (name, re.compile(f"{own}{group(name, items, own)}"), _cues(items))
            for name, items in named
            for own in [_at_word(items)[1]]
        ),
        cues=_cues(every),
        negated=_before(_alternatives(data.get(f"{prefix}_negated")), spaced),
        recalled=_before(_alternatives(data.get(f"{prefix}_recalled")), spaced),
        after=_after(
            _alternatives(data.get(f"{prefix}_negated_after"))
            + _alternatives(data.get(f"{prefix}_recalled_after")),
            spaced,
        ),
        clause=_any_of(data, f"{prefix}_recalled_clause"),
        original=_any_of(data, f"{prefix}_original"),
        also=_any_of(data, f"{prefix}_also"),
        done=_any_of(data, f"{prefix}_done"),
        declined=_any_of(data, f"{prefix}_declined_after"),
        earlier=_any_of(data, f"{prefix}_recalled_earlier"),
    )


@cache
def vocabulary(language: str) -> Vocabulary | None:
    """``language``'s vocabulary (``None`` for English, built into the rule modules, or a
    language without a data file)."""
    path = data_dir("lexicon") / f"{language}.phrases.yaml"
    if language == "en" or not path.is_file():
        return None
    data = parse_yaml(path.read_text(encoding="utf-8")) or {}
    spaced = language != "ja"
    claims = _phrasing(data.get("claims"), CLAIMS, data, "claim", spaced)
    if claims:  # a claim's qualifying words stand anywhere before it in its clause or sentence
        claims = Phrasing(
            pattern=claims.pattern,
            cues=claims.cues,
            parts=claims.parts,
            negated=_any_of(data, "claim_qualified"),
            recalled=None,
            # a claim's modality may close its sentence ("紛失した、…可能性がございます")
            after=_after(
                _alternatives(data.get("claim_qualified_after")),
                spaced,
                reach=60,
                stops=_alternatives(data.get("claim_contrast")),
            ),
            hedged=_any_of(data, "claim_hedges"),
        )
    rules = {
        rule: (re.compile(_compiled_rule(items)), _cues(items))
        for entry, rule in RULE_ENTRIES.items()
        if (items := _alternatives(data.get(entry)))
    }
    return Vocabulary(
        language=language,
        offers=_phrasing(data.get("offers"), REMEDIES, data, "offer", spaced),
        claims=claims,
        rules=rules,
        opt_out=_any_of(data, "opt_out"),
    )
