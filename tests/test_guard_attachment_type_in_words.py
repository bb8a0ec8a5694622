"""A file's type in brackets closing an attachment's name ("the quick-start guide (PDF)") may be
said in words or left out: "el manual de instalación en PDF", "le guide en PDF"; another
document is still a changed name. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail


def _missing(language: str, attachment: str, sentence: str) -> list[str]:
    facts = {"buyer_name": "Paco", "product": "termostato wifi programable",
             "attachment_name": attachment, "store_name": "Domótica Fácil",
             "marketplace": "Amazon.es"}  # fmt: skip
    text = f"Hola, Paco:\n\nSobre el termostato wifi programable: {sentence}\n\nSaludos,\nDomótica Fácil"
    report = sellermail.check("usage-instructions", facts, text, language=language)
    return [v.fact or "" for v in report.violations if v.kind == "missing_fact"]


@pytest.mark.parametrize(
    "sentence",
    ["le adjuntamos el manual de instalación en PDF.", "le adjuntamos el manual de instalación.",
     "le adjuntamos el manual de instalación (PDF)."],
)  # fmt: skip
def test_the_file_type_may_be_said_in_words(sentence: str) -> None:
    assert "attachment_name" not in _missing("es", "el manual de instalación (PDF)", sentence)


def test_another_document_is_a_changed_name() -> None:
    missing = _missing(
        "es", "el manual de instalación (PDF)", "le adjuntamos la guía rápida en PDF."
    )
    assert "attachment_name" in missing
