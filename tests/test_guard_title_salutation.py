"""A formal salutation by title alone ("Madame,", "Estimada señora:", "Gentile Signora,") is how
the formal register of French, Spanish and Italian addresses a buyer: as the draft's first line
it keeps the buyer's name; the title elsewhere addresses nobody, and German and English, whose
formal register names the person, do not take it. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_BODY = {
    "fr": "Suite à votre demande, nous vous adressons le guide d'utilisation.\n\nCordialement,\n"
    "Atelier Nord\n",
    "es": "Le enviamos adjunta la guía de uso.\n\nAtentamente,\nAtelier Nord\n",
    "it": "Le inviamo in allegato la guida all'uso.\n\nCordiali saluti,\nAtelier Nord\n",
    "de": "Anbei erhalten Sie die Gebrauchsanleitung.\n\nMit freundlichen Grüßen\nAtelier Nord\n",
    "en": "Please find the user guide attached.\n\nKind regards,\nAtelier Nord\n",
}


def _name_missing(language: str, opening: str, closing: str = "") -> bool:
    facts = {"product": "lampe", "buyer_name": "Gisèle", "store_name": "Atelier Nord"}
    draft = f"{opening}\n\n{_BODY[language]}{closing}"
    report = checked("usage-instructions", language, draft, facts)
    return any(v.kind == "missing_fact" and v.fact == "buyer_name" for v in report.violations)


@pytest.mark.parametrize(("language", "opening"), [
    ("fr", "Madame,"), ("fr", "Bonjour Madame,"), ("es", "Estimada señora:"),
    ("it", "Gentile Signora,"),
])  # fmt: skip
def test_a_title_alone_as_the_salutation_keeps_the_name(language: str, opening: str) -> None:
    assert not _name_missing(language, opening)


def test_the_title_elsewhere_is_no_salutation() -> None:
    assert _name_missing("fr", "Bonjour,", "Merci, Madame\n")


@pytest.mark.parametrize(
    ("language", "opening"), [("de", "Sehr geehrte Frau,"), ("en", "Dear Madam,")]
)
def test_languages_that_name_the_person_do_not_take_a_title(language: str, opening: str) -> None:
    assert _name_missing(language, opening)
