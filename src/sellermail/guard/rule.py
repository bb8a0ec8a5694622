"""A messaging rule and what it finds: the shapes every rule module shares."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sellermail.guard.mentions import Mention
from sellermail.guard.sentences import watch

BLOCK, WARN = "block", "warn"


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
    #: Terms (a regular expression) not held against a rewrite when the seller's own facts use
    #: them: a letter may say "counterfeit" when the evidence given says so.
    unless_in_facts: str = ""

    def __post_init__(self) -> None:
        watch(self.cues)


BUYER = frozenset({"amazon-buyer", "ebay-buyer", "walmart-buyer"})
AMAZON = frozenset({"amazon-buyer"})
#: Every buyer channel, e-mail included.
ANY_BUYER = BUYER | {"email-buyer"}
APPEAL = frozenset({"appeal"})
#: Every audience: buyers on each channel, appeals and letters.
EVERYONE = ANY_BUYER | {"appeal", "letter", "request"}
#: Letters to another seller or rights owner: a firm notice (``letter``) or a request that asks
#: them a favour (``request``, such as withdrawing a complaint).
LETTER = frozenset({"letter", "request"})
#: A request to another seller or rights owner: it asks a favour, so it threatens nothing.
REQUEST = frozenset({"request"})
