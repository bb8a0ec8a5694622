"""A fact pattern that begins with a number is tried only where numbers begin, and one that
begins with a few words only where they occur: it must find exactly what a scan of the whole
text finds, in every language, before and after other facts are blanked out of the text."""

from __future__ import annotations

import re

import pytest

from drafted import guard_texts
from sellermail.guard.anchors import (
    after_blanking,
    beginning_places,
    digit_led,
    fewest,
    run_starts,
    word_starts,
)
from sellermail.guard.mentions import extractors
from sellermail.guard.sentences import matches_at

LANGUAGES = ("en", "de", "fr", "es", "it", "ja")


TEXTS = guard_texts()


def test_a_pattern_begins_at_a_number_only_behind_a_look_behind_for_a_number_start() -> None:
    assert digit_led(r"\d(?<![^\W]\d)\d*")
    assert digit_led(r"(?P<n>\d(?<![\w.,]\d)\d?)\s*tage")
    assert digit_led(r"(?:\d(?<![\d.,]\d)日|[1-9](?<![\w.,][1-9])\d*月)")
    assert not digit_led(r"\d+ days")  # may begin inside a number
    assert not digit_led(r"(?:von\s+)?\d(?<![\w.,]\d)")  # may begin with a word
    assert not digit_led(r"(?P<n>\d(?<![\w.,]\d))?x")  # the group may match nothing
    assert not digit_led(r"\d(?<![\w]\d)|between")


def test_blanking_a_span_drops_the_numbers_inside_and_starts_one_right_after() -> None:
    text = "Order 123-456 then 7 and 89"
    starts = run_starts(text)
    assert starts == [6, 10, 19, 25]
    blanked = text[:6] + " " * 4 + text[10:]
    assert after_blanking(starts, blanked, [(6, 10)]) == [10, 19, 25]
    assert after_blanking(starts, text[:19] + " " + text[20:], [(19, 20)]) == [6, 10, 25]


@pytest.mark.parametrize("language", LANGUAGES)
def test_patterns_tried_where_they_begin_find_what_a_whole_scan_finds(language: str) -> None:
    readers, lowered = extractors(language)
    anchored = [(i, p, begins) for i, (p, _, _, begins) in enumerate(readers) if begins]
    assert any(begins is True for _, _, begins in anchored), "none begins at a number"
    for text in TEXTS:
        for index, pattern, begins in anchored:
            scanned = text.lower() if index < lowered else text
            numbers = run_starts(scanned)
            starts = numbers if begins is True else beginning_places(text.lower(), begins, numbers)
            found = [m.span() for m in matches_at(pattern, scanned, starts)]
            assert found == [m.span() for m in pattern.finditer(scanned)], (
                language, pattern.pattern[:60], text[:80],
            )  # fmt: skip


def test_words_sharing_their_first_word_are_looked_for_by_what_they_share() -> None:
    assert fewest(("next week", "next month", "monday", "the end of day", "the end of week")) == (
        "next ", "monday", "the end of ",
    )  # fmt: skip


def test_words_are_found_wherever_they_occur_overlapping_or_not() -> None:
    assert word_starts("morgen, übermorgen und morgen", ("morgen", "übermorgen")) == [0, 8, 12, 23]


def test_numbers_in_any_script_begin_runs_where_digits_do() -> None:
    text = "２０２４年 and ٣ items, 5 days"
    assert run_starts(text) == [m.start() for m in re.finditer(r"(?<!\d)\d", text)]


def test_a_phone_number_is_tried_where_a_number_a_plus_or_a_parenthesis_begins() -> None:
    text = "Call +49 30 1234567, (030) 123-4567, 1-800-555-0199 or 06 12 34 56 78 (any day)."
    readers, _ = extractors("en")
    [(pattern, begins)] = [(p, b) for p, _, _, b in readers if isinstance(b, tuple) and "+" in b]
    starts = beginning_places(text.lower(), begins, run_starts(text))
    found = [m[0] for m in matches_at(pattern, text, starts)]
    assert found == [m[0] for m in pattern.finditer(text)]
    assert len(found) == 4
