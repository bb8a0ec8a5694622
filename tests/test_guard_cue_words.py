"""Every cue word the guard looks for is found in one pass over a text: wherever it occurs,
inside another cue word or overlapping one, and whenever it was first asked about."""

from __future__ import annotations

import re

from sellermail.guard.finders import caseless
from sellermail.guard.sentences import cued_sentences, holds_any, watch


def test_a_cue_inside_or_overlapping_another_is_found() -> None:
    watch(("refund request", "request"))
    watch(("review",))
    watch(("view", "quest"))
    text = "please send the refund request. an overview helps"
    assert holds_any(text, ("request",))
    assert holds_any(text, ("quest",))  # inside "request", inside "refund request"
    assert holds_any(text, ("view",))  # inside "overview"
    assert not holds_any(text, ("review",))


def test_a_cue_first_asked_about_after_the_text_was_read_is_found() -> None:
    text = "the parcel zq-arrived late\nnothing else"
    assert not holds_any(text, ("never-declared-before",))
    assert holds_any(text, ("zq-arrived",))  # asked about for the first time now
    found = cued_sentences(re.compile("late"), text, ("zq-arriv",))
    assert [m.start() for m in found] == [text.index("late")]


def test_lines_are_read_from_the_first_cue_on_each_line_only() -> None:
    text = "a refund now\nno cue here: refund-less? no\nrefund again"
    lines = [m.group() for m in cued_sentences(re.compile(r"[^\n]+"), text, ("refund a",))]
    assert lines == ["refund again"]


def test_a_pattern_with_named_groups_is_read_in_lower_case_whatever_the_text_writes() -> None:
    # the "P" of "(?P<doc>" is no capital letter of the pattern's words
    find = caseless(r"\b(?P<doc>invoices?|receipts?)\b")
    text = "Our INVOICE, two Receipts and the invoices."
    assert [(m.lastgroup, text[m.start() : m.end()]) for m in find(text)] == [
        ("doc", "INVOICE"), ("doc", "Receipts"), ("doc", "invoices"),
    ]  # fmt: skip
