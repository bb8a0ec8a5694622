"""A phrase pattern of many alternatives (a language's offers, a rule's phrasings) is read in a
line with only the alternatives whose words the line holds, each alone: that must find exactly
what the whole pattern finds there, the same words and the same named group, first alternative
first where several begin at one place."""

from __future__ import annotations

import re

from sellermail.guard.pattern_words import alternatives, requirements
from sellermail.guard.sentences import _ways, cued_sentences

OFFERS = re.compile(
    r"(?<!\w)(?:(?P<refund>refund(?:ed)?\b|money back\b)|(?P<label>refund the shipping label\b"
    r"|shipping label\b)|(?P<replacement>replace\w*|new unit\b))"
)
CUES = ("refund", "money back", "shipping label", "replace", "new unit")


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in cued_sentences(pattern, text, CUES)]


def _everywhere(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_each_alternative_is_read_behind_the_look_arounds_and_inside_the_groups_it_is_in() -> None:
    assert alternatives(r"(?<!\w)(?:(?P<a>abcd|efgh)|(?P<b>ijkl))") == (
        r"(?<!\w)(?:(?P<a>abcd))", r"(?<!\w)(?:(?P<a>efgh))", r"(?<!\w)(?:(?P<b>ijkl))",
    )  # fmt: skip
    assert len(alternatives(OFFERS.pattern)) == len(requirements(OFFERS.pattern)) == 6


def test_the_first_alternative_wins_where_several_begin_at_one_place() -> None:
    text = "we refund the shipping label today"  # "refund", not "refund the shipping label"
    assert _found(OFFERS, text) == _everywhere(OFFERS, text)
    assert _found(OFFERS, text) == [((3, 9), "refund"), ((14, 28), "label")]


def test_a_phrase_inside_one_already_read_is_not_read_again() -> None:
    text = "a new unit, shipping label attached\nthe money back and a replacement"
    assert _found(OFFERS, text) == _everywhere(OFFERS, text)
    assert [group for _, group in _found(OFFERS, text)] == [
        "replacement", "label", "refund", "replacement",
    ]  # fmt: skip


def test_a_line_is_read_with_the_alternatives_its_words_allow_and_no_others() -> None:
    text = "nothing here\nwe replaced it\nrefunded, then a new unit; money back too"
    assert _found(OFFERS, text) == _everywhere(OFFERS, text)


def test_a_pattern_with_numbered_groups_or_references_is_read_whole() -> None:
    assert _ways(r"(?<!\w)(?:(abcd)|(?P<x>efgh))", 0) is None
    assert _ways(r"(?<!\w)(?:(?P<x>abcd)|(?P=x)efgh)", 0) is None
    assert _ways(r"(?<!\w)(?:(?P<x>abcd)|(?P<y>efgh))", 0) is not None


def test_a_parenthesis_escaped_or_in_a_class_is_no_numbered_group() -> None:
    # "代金（税込）" and "[()]": written parentheses, not groups; the pattern is read apart
    assert _ways(r"(?<!\w)(?:(?P<x>\(abcd\))|(?P<y>[()]efgh))", 0) is not None


def test_a_pattern_that_may_match_nothing_is_read_whole() -> None:
    # after an empty match finditer may find a longer one where it stood: "refund" at 2
    pattern = re.compile(r"(?:xx)?|refund|credit")
    text = "a refund\n"
    assert _ways(pattern.pattern, 0) is None
    read = [m.span() for m in cued_sentences(pattern, text, ("refund",))]
    assert read == [m.span() for m in pattern.finditer(text)]
