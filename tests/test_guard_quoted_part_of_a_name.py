"""A product's name holding a quoted part (`Wanderrucksack "Gipfelwind" 30 l`) is the same
name in whatever quotation marks a draft sets around that part („…“, «…», “…”, 「…」, '…') or
none; another word in the quotes is still another product. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_PRODUCT = 'Wanderrucksack "Gipfelwind" 30 l'
_FACTS = {"buyer_name": "Noor", "product": _PRODUCT, "tracking_number": "LX123456785CN",
          "store_name": "Kiefer & Co"}  # fmt: skip

_DRAFTS = {
    "de": "Hallo Noor,\n\nist der Ersatz für Ihren Wanderrucksack {q} 30 l (Sendungsnummer "
    "LX123456785CN) inzwischen bei Ihnen?\n\nViele Grüße\nKiefer & Co\n",
    "fr": "Bonjour Noor,\n\nvotre nouveau Wanderrucksack {q} 30 l (numéro de suivi "
    "LX123456785CN) est-il bien arrivé ?\n\nCordialement,\nKiefer & Co\n",
    "en": "Hi Noor,\n\nDid the replacement Wanderrucksack {q} 30 l (tracking number "
    "LX123456785CN) reach you?\n\nBest,\nKiefer & Co\n",
}


def _name_missing(language: str, quoted: str) -> bool:
    draft = _DRAFTS[language].format(q=quoted)
    report = checked("review-followup-check", language, draft, _FACTS)
    return any(v.kind == "missing_fact" and v.fact == "product" for v in report.violations)


@pytest.mark.parametrize("language", sorted(_DRAFTS))
@pytest.mark.parametrize(
    "quoted",
    [
        "„Gipfelwind“",
        "«Gipfelwind»",
        "« Gipfelwind »",
        "“Gipfelwind”",
        "‚Gipfelwind‘",
        "'Gipfelwind'",
        "「Gipfelwind」",
        '"Gipfelwind"',
        "Gipfelwind",
    ],
)
def test_the_quoted_part_in_any_quotation_marks_keeps_the_name(language: str, quoted: str) -> None:
    assert not _name_missing(language, quoted)


@pytest.mark.parametrize("language", sorted(_DRAFTS))
def test_another_word_in_the_quotes_is_another_product(language: str) -> None:
    assert _name_missing(language, "„Talwind“")
