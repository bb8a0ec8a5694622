"""Marketplace languages, the texts: every buyer scenario renders in every language and tone,
with facts in the language's notation, spelled correctly (de, fr, es, it: pyspellchecker's
dictionaries, words in common use by wordfreq's lists, the facts' own words and
tests/language_words.yaml), in polite Japanese
throughout (ja), and passes its own guard.

The guard's rules for each language (offers, claims, opt-out lines ... in that language) come
with its lexicon, ``src/sellermail/guard/lexicon/<lang>.yaml``: until a language has one, its
renderings are held to what the guard checks whatever the language (facts kept, nothing
invented, no placeholder, no buyer-channel policy violation), and the test of the whole
verdict waits for it (skipped, saying so).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

import sellermail
from sellermail.compose.catalogue import TONES, Scenario
from sellermail.compose.fieldtypes import OFFERS, plain
from sellermail.compose.notation import LANGUAGES, notation
from sellermail.guard.vocabulary import vocabulary
from sellermail.io.paths import data_dir

BUYER = [s for s in sellermail.scenarios() if s.is_buyer_message]
OTHERS = LANGUAGES[1:]
MARKETPLACE = {"de": "Amazon.de", "fr": "Amazon.fr", "es": "Amazon.es", "it": "Amazon.it",
               "ja": "Amazon.co.jp"}  # fmt: skip
WORDS = yaml.safe_load((Path(__file__).parent / "language_words.yaml").read_text("utf-8"))


def variants(spec: Scenario) -> list[dict[str, Any]]:
    """The example facts, only the required ones, and each remedy on its own and all at once."""
    example = dict(spec.example)
    found = [example, {k: v for k, v in example.items() if spec.fields[k].required}]
    if "offers" in spec.fields:
        found += [example | {"offers": [offer]} for offer in OFFERS]
        found.append(example | {"offers": list(OFFERS)})
    return found


def renderings(spec: Scenario, language: str) -> list[tuple[str, dict[str, Any], Any]]:
    found = []
    for tone in TONES:
        for facts in variants(spec):
            facts = facts | {"marketplace": MARKETPLACE[language]}
            message = sellermail.render(spec, facts, tone=tone, language=language,
                                        channel=spec.channels[0])  # fmt: skip
            found.append((tone, facts, message))
    return found


CASES = [pytest.param(spec, language, id=f"{language}-{spec.id}")
         for language in OTHERS for spec in BUYER]  # fmt: skip


@pytest.mark.parametrize(("spec", "language"), CASES)
def test_every_buyer_scenario_renders_in_every_language_and_tone(
    spec: Scenario, language: str
) -> None:
    assert language in spec.languages, f"templates/{language}/{spec.id}.j2 is missing"
    for tone, facts, message in renderings(spec, language):
        assert message.language == language
        assert not re.search(r"\{\{|\}\}|\{%|  |\n{3}|\s[,.]", message.body), (tone, facts)
        # an English sentence left in: the English template's words never reach the text
        assert not re.search(r"\b(?:Dear|Thank you|Hello|Hi|Regards|Customer Service)\b",
                             message.text), (tone, facts)  # fmt: skip


LANGUAGE_BLIND = ("missing_fact", "invented_fact", "placeholder")


def language_blind_problems(spec: Scenario, facts: dict[str, Any], tone: str, text: str,
                            language: str) -> list[str]:  # fmt: skip
    """What the guard finds, whatever the language: facts lost or invented, placeholders, and
    the buyer channel's policy (links, contact details, secrets...)."""
    report = sellermail.check(spec, facts, text, tone=tone, language=language,
                              channel=spec.channels[0])  # fmt: skip
    return [
        v.detail
        for v in report.violations
        if v.kind in LANGUAGE_BLIND or (v.kind == "policy" and spec.channels[0] == "amazon")
    ]


@pytest.mark.parametrize(("spec", "language"), CASES)
def test_each_rendering_keeps_its_facts_before_its_own_guard(spec: Scenario, language: str) -> None:
    for tone, facts, message in renderings(spec, language):
        assert language_blind_problems(spec, facts, tone, message.text, language) == [], tone


@pytest.mark.parametrize(("spec", "language"), CASES)
def test_each_rendering_passes_its_own_guard(spec: Scenario, language: str) -> None:
    assert vocabulary(language) is not None  # the guard has the language's phrases
    for tone, facts, message in renderings(spec, language):
        report = sellermail.check(spec, facts, message.text, tone=tone, language=language,
                                  channel=spec.channels[0])  # fmt: skip
        assert report.ok, (tone, facts, [v.detail for v in report.violations])


# Notation ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", OTHERS)
@pytest.mark.parametrize("scenario", ["return-size-mismatch", "wrong-address"])
def test_amounts_print_in_the_languages_notation(scenario: str, language: str) -> None:
    amount = "1980" if language == "ja" else "9.90"
    facts = {"marketplace": MARKETPLACE[language], "partial_refund": amount,
             "offers": ["partial_refund"], "product": "x"}  # fmt: skip
    spec = sellermail.get_scenario(scenario)
    facts = spec.example | {k: v for k, v in facts.items() if k in spec.fields}
    for tone in TONES:
        text = sellermail.render(spec, facts, tone=tone, language=language).body
        written = "1,980円" if language == "ja" else "9,90\u00a0€"
        assert written in text and "€9.90" not in text and "¥1,980" not in text, tone


@pytest.mark.parametrize("language", OTHERS)
@pytest.mark.parametrize(
    ("scenario", "field"),
    [("shipping-in-transit", "transit_days"), ("delivery-time-info", "delivery_days"),
     ("replacement-shipped", "delivery_days")],
)  # fmt: skip
def test_day_ranges_are_written_the_languages_way(scenario: str, field: str, language: str) -> None:
    spec = sellermail.get_scenario(scenario)
    forms = notation(language).equivalents(
        sellermail.render(spec, spec.example).facts.values[field]
    )
    for tone in TONES:
        text = sellermail.render(spec, spec.example, tone=tone, language=language).body
        assert any(form in text for form in forms), (tone, text)
        assert " days" not in text, tone
    single = sellermail.render(spec, spec.example | {field: "5"}, language=language).body
    assert "5–5" not in single and "5～5" not in single and "5 à 5" not in single


@pytest.mark.parametrize("language", OTHERS)
def test_a_percentage_prints_in_the_languages_notation(language: str) -> None:
    spec = sellermail.get_scenario("vip-invitation")
    facts = spec.example | {"discount_percent": "12.5"}
    text = sellermail.render(spec, facts, language=language, channel="email").body
    assert notation(language).percent.format(number="12,5" if language != "ja" else "12.5") in text


# Spelling (de, fr, es, it) -------------------------------------------------------------------

LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@cache
def dictionary(language: str) -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language=language)


def fact_words(values: dict[str, Any]) -> set[str]:
    words: set[str] = set()
    for value in values.values():
        for item in plain(value) if isinstance(value, list) else [plain(value)]:
            words |= {w.lower() for w in re.findall(r"[^\W\d_]+", str(item))}
    return words


def common(word: str, language: str) -> bool:
    """Whether ``word`` is in common use in ``language`` (wordfreq's lists): pyspellchecker's
    Spanish and Italian dictionaries lack everyday words ("gracias", "tiene", "buongiorno");
    one a few times in 100 million words is written by people, not only by typos."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, language) >= COMMON_ZIPF


COMMON_ZIPF = 2.0


#: German joins words into compounds ("Sendungs-nummer", "Teil-erstattung"), with a linking
#: "s", "es", "n" or "en" between the parts: a compound is spelled right when its parts are.
LINKS = ("", "s", "es", "n", "en")


def compound(word: str, known: Any, parts: int = 3) -> bool:
    """Whether ``word`` is up to ``parts`` known words of at least 3 letters, joined."""
    if known(word):
        return True
    if parts == 1:
        return False
    for cut in range(3, len(word) - 2):
        head, rest = word[:cut], word[cut:]
        if not known(head):
            continue
        for link in LINKS:
            tail = rest[len(link) :]
            if rest.startswith(link) and len(tail) >= 3 and compound(tail, known, parts - 1):
                return True
    return False


def misspelled(text: str, language: str, allowed: set[str]) -> set[str]:
    allowed = allowed | {w.lower() for w in WORDS["allowed"].get(language, [])}
    elided = {w.lower() for w in WORDS["elided"].get(language, [])}
    unknown: set[str] = set()
    for word in LATIN_WORD.findall(text):
        lower = word.lower().replace("’", "'")
        if lower in allowed:
            continue
        parts = [p for p in re.split(r"[-']", lower) if p and p not in elided]
        unknown |= {p for p in dictionary(language).unknown(parts) if p not in allowed}
    unknown = {word for word in unknown if not common(word, language)}
    if language == "de":
        words = dictionary(language)
        unknown = {w for w in unknown if not compound(w, lambda part: part in words)}
    return unknown


@pytest.mark.parametrize(
    ("spec", "language"), [c for c in CASES if c.values[1] != "ja"]
)  # fmt: skip
def test_every_language_text_is_spelled_correctly(spec: Scenario, language: str) -> None:
    for tone, _, message in renderings(spec, language):
        allowed = fact_words(message.facts.values)
        text = f"{message.subject or ''}\n{message.body}"
        assert misspelled(text, language, allowed) == set(), tone


# Japanese: in Japanese script, polite throughout -----------------------------------------------

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e\u3000-\u303f]")
#: A sentence in the polite (です/ます) form ends so, before its closing punctuation.
POLITE_END = re.compile(
    r"(?:です|ます|ました|ません|ませ|でした|でしょう|ましょう|ください|ございます)"
    r"(?:か|ね|よ|が|ので|けれど|けど)?[。！？!?]?$"
)
#: Plain-form endings (だ, である, する, した, ない ...) a polite text never ends a sentence on.
PLAIN_END = re.compile(
    r"(?:だ|である|だった|(?<![まで])した|ない|なかった|する|いる|ろう)[。！？!?]$"
)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[。！？!?])(?![」）』)])|\n", text) if s.strip()]


@pytest.mark.skipif("ja" not in LANGUAGES, reason="no Japanese")
@pytest.mark.parametrize("spec", BUYER, ids=lambda s: s.id)
def test_japanese_texts_are_in_japanese_script_and_polite_throughout(spec: Scenario) -> None:
    assert "ja" in spec.languages, f"templates/ja/{spec.id}.j2 is missing"
    for tone, _, message in renderings(spec, "ja"):
        known = fact_words(message.facts.values)
        text = " ".join(w for w in LATIN_WORD.findall(message.body) if w.lower() not in known)
        letters = [c for c in text if c.isalpha()]
        japanese = sum(bool(JAPANESE.match(c)) for c in letters)
        assert japanese >= 0.9 * len(letters), (tone, message.body)
        for sentence in sentences(message.body):
            sentence = re.sub(r"[（(][^（）()]*[）)](?=[。！？!?]?$)", "", sentence.rstrip("」』"))
            assert not PLAIN_END.search(sentence), (tone, sentence)
            if sentence[-1] in "。！？!?":
                assert POLITE_END.search(sentence), (tone, sentence)


def test_the_language_data_ships_with_the_templates() -> None:
    assert (data_dir("templates") / "_languages.yaml").is_file()
