"""How cue phrases are found: every phrase a text holds (nested and overlapping ones too), the
ones a matcher would count, and stems inside a phrase."""

from __future__ import annotations

from sellermail.triage.phrases import leftmost, scanner


def found(phrases: list[str], text: str) -> set[str]:
    scan = scanner(phrases)
    return {scan.key(f.phrase) for f in scan.every(text)}


def counted(phrases: list[str], text: str) -> list[str]:
    scan = scanner(phrases)
    return [scan.key(f.phrase) for f in leftmost(scan.every(text))]


def test_every_phrase_held_in_a_longer_one_is_found() -> None:
    phrases = ["tracking number", "tracking number please", "number please"]
    assert found(phrases, "tracking number please") == set(phrases)


def test_a_phrase_cut_short_mid_word_is_not_found() -> None:
    assert found(["tracking num", "tracking number please"], "tracking number please") == {
        "tracking number please"
    }


def test_the_longest_phrase_where_several_start_is_the_one_counted() -> None:
    phrases = ["how many", "how many days", "days until"]
    assert counted(phrases, "how many days until it arrives") == ["how many days"]


def test_a_stem_inside_a_phrase_matches_any_ending_of_its_word() -> None:
    phrases = ["trop* grand*", "{n} sets"]
    assert found(phrases, "la robe est beaucoup trop grande") == {"trop* grand"}
    assert found(phrases, "troppo grandi, 3 sets") == {"trop* grand", "{n} sets"}
    assert found(phrases, "grande, mais pas trop") == set()  # its words in its order


def test_a_gap_in_a_phrase_takes_up_to_three_words() -> None:
    phrases = ["has it ~ shipped"]
    assert found(phrases, "has it shipped yet") == {"has it ~ shipped"}
    assert found(phrases, "has it already been shipped") == {"has it ~ shipped"}
    assert found(phrases, "has it not yet really been shipped") == set()  # four words
    assert found(phrases, "has it. shipped") == set()  # not across a sentence
    assert found(phrases, "your order has shipped") == set()
