"""The guard reads a phrase pattern only in the lines holding words every match holds (its
beginnings, or rarer words it cannot do without, found from the pattern itself): that must find
exactly what reading every line finds."""

from __future__ import annotations

import dataclasses
import re

import pytest

from drafted import guard_texts
from sellermail.guard import conduct, remedies_english, selective_reviews, seller_conduct
from sellermail.guard.claims import CUES as CLAIM_CUES
from sellermail.guard.claims import ENGLISH as ENGLISH_CLAIMS
from sellermail.guard.claims import PATTERN as CLAIM_PATTERN
from sellermail.guard.claims import claims
from sellermail.guard.pattern_words import beginnings, cues, requirements, starts_word
from sellermail.guard.remedies import offers_in
from sellermail.guard.sentences import cued_sentences, holds_any
from sellermail.guard.vocabulary import vocabulary
from sellermail.guard.word_tree import trie

TEXTS = guard_texts()


def test_the_beginnings_of_a_pattern_are_its_literal_openings() -> None:
    assert beginnings(r"\bprevent\w*|\brecur\w*") == ("recur", "prevent")
    assert set(beginnings(r"\b(?:zurück|rück)?erstatt\w*") or ()) == {
        "erstatt", "rückerstatt", "zurückerstatt",
    }  # fmt: skip
    assert set(beginnings(r"\b(?:one|a) (?:more |last )?chance") or ()) == {
        "a chance", "a more chance", "a last chance", "one chance", "one more chance",
        "one last chance",
    }  # fmt: skip
    assert set(beginnings(r"\b[ií]ntegramente") or ()) == {"integramente", "íntegramente"}


def test_a_repeated_group_ends_the_beginning_it_opens() -> None:
    # "(?:direkt |gern )*" may repeat: a beginning ends with one of its words
    assert set(beginnings(r"\bsie (?:direkt |gern )*anrufen") or ()) == {
        "sie direkt ", "sie gern ", "sie anrufen",
    }  # fmt: skip


def test_the_cues_of_a_pattern_are_the_rarest_words_it_cannot_do_without() -> None:
    assert cues(r"\b(?:ist|sind)\s+(?:\w+\s+){0,5}?(?:zugestellt|geliefert)\b") == (
        "geliefert", "zugestellt",
    )  # fmt: skip
    assert cues(r"\bhas\s+been\s+delivered\b") == ("delivered",)
    assert cues(r"\b\w+\s+\d+") is None


def test_a_pattern_that_may_begin_with_a_class_or_one_letter_has_no_beginnings() -> None:
    assert beginnings(r"\b\w+ refund") is None
    assert beginnings(r"\b(?:a|ont)\s+livré") is None
    assert beginnings(r"[a-z]+ing") is None


def test_a_word_led_pattern_begins_with_a_letter_or_digit_after_its_boundary() -> None:
    assert starts_word(r"\b(?:rabatt|gutschein)\w*")
    assert not starts_word(r"\b(?:rabatt|%)\w*")  # "\b%" needs a word character before it
    assert not starts_word(r"(?:rabatt)")


def test_each_alternative_needs_the_rare_words_it_cannot_do_without() -> None:
    # the alternatives of a group behind a look-behind are read one by one, rarest words first
    pattern = r"(?<!\w)(?:(?:\bavis\b[^.]{0,60}\brembours\w*)|(?:\bpour chaque avis\b))"
    assert requirements(pattern) == ((("rembours",), ("avis",)), (("pour chaque avis",),))
    # words of two letters ("we ", a space) are in every text: not worth looking for
    assert requirements(r"\bwe (?:refund|return)s?") == ((("refund", "return"),),)
    # an alternative that needs nothing worth looking for has no requirement (read everywhere)
    assert requirements(r"\b\w+s\b|\bpaypal\b") == ((), (("paypal",),))


def test_a_line_is_read_only_if_it_holds_all_one_alternative_needs() -> None:
    pattern = re.compile(r"\bavis\b[^.\n]{0,60}\brembours\w*")
    text = "votre avis compte.\nun avis et un remboursement\nle remboursement suit"
    assert [m.span() for m in cued_sentences(pattern, text, ("avis",))] == [
        m.span() for m in pattern.finditer(text)
    ]


def test_cue_trees_find_every_cue() -> None:
    cues = ["arriv", "ask", "del", "deliver", "got ", "x"]
    pattern = re.compile(trie(sorted(cues)))
    assert [m[0] for m in pattern.finditer("we delivered it, x ask arrival got new ")] == [
        "deliver", "x", "ask", "arriv", "got ",
    ]  # fmt: skip
    assert holds_any("nothing here", tuple(cues * 3)) is False
    assert holds_any("it was delivered", tuple(cues * 3)) is True


def _patterns() -> list[tuple[str, re.Pattern[str], tuple[str, ...]]]:
    found = []
    for source in (seller_conduct._PLEADING, seller_conduct._FAULT, conduct._SUPPRESS, conduct._PROMOTION,
                   selective_reviews._IF_HAPPY, conduct._WHAT_THEY_WROTE):  # fmt: skip
        words = cues(source)
        assert words, source[:40]
        found.append((source[:30], re.compile(source), words))
    found += [
        ("en claims", CLAIM_PATTERN, CLAIM_CUES),
        ("en offers", remedies_english.PATTERN, remedies_english.CUES),
    ]
    found += [(f"en {name}", pattern, cues) for name, pattern, cues in ENGLISH_CLAIMS.parts]
    for language in ("de", "fr", "es", "it", "ja"):
        own = vocabulary(language)
        assert own is not None
        for phrasing in (own.offers, own.claims):
            if phrasing and phrasing.cues:
                found.append((f"{language} phrasing", phrasing.pattern, phrasing.cues))
            found += (
                [(f"{language} {name}", p, c) for name, p, c in phrasing.parts if c]
                if phrasing
                else []
            )
        found += [(f"{language} {rule}", p, c) for rule, (p, c) in own.rules.items() if c]
    return found


@pytest.mark.parametrize(("name", "pattern", "cues"), _patterns(), ids=lambda x: str(x)[:24])
def test_reading_the_cued_lines_finds_what_reading_every_line_finds(
    name: str, pattern: re.Pattern[str], cues: tuple[str, ...]
) -> None:
    for text in TEXTS:
        lower = text.lower()
        every = [(m.span(), m.lastgroup) for m in pattern.finditer(lower) if "\n" not in m[0]]
        read = [(m.span(), m.lastgroup) for m in cued_sentences(pattern, lower, cues)]
        assert read == every, text[:60]


def test_a_lexicons_placeholder_is_no_word_to_look_for() -> None:
    assert cues(r"\bum {money} zurück") == (" zurück",)
    assert cues(r"(?:一部){money}を返金") == ("を返金",)


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "ja"])
def test_offers_and_claims_read_in_cued_lines_are_those_read_everywhere(language: str) -> None:
    own = vocabulary(language)
    assert own is not None and own.offers is not None and own.claims is not None
    every_offer = dataclasses.replace(own.offers, cues=())
    every_claim = dataclasses.replace(own.claims, cues=())
    for text in TEXTS:
        assert offers_in(text, own.offers) == offers_in(text, every_offer), text[:60]
        assert claims(text, None, own.claims) == claims(text, None, every_claim), text[:60]


def test_a_word_led_tree_finds_its_words_only_where_a_word_begins() -> None:
    words = ["dos", "un", "una", "uno"]
    led = re.compile(rf"(?:{trie(words, at_word=True)})(?!\w)")
    behind = re.compile(rf"(?<!\w)(?:{trie(words)})(?!\w)")
    text = "un dos, alguno una unos; ¿uno? dosis"
    assert [m[0] for m in led.finditer(text)] == ["un", "dos", "una", "uno"]
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in behind.finditer(text)]
