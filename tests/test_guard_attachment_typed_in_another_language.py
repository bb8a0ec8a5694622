"""An attachment the seller named in English (or left at its default) in a message in another
language is kept by naming a thing of the same kind in the message's language, with its
numbers, codes and acronyms as written: "the setup video" is "das Einrichtungsvideo"; a
manual named where a video was attached, or another model's code, is still a changed
attachment. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked

_OPENING = {"de": "Hallo Jonas,", "fr": "Bonjour Claire,", "es": "Hola, Pilar:",
            "it": "Buongiorno Marco,", "ja": "山田様"}  # fmt: skip


def _missing(language: str, sentence: str, attachment: str | None) -> bool:
    facts = {"buyer_name": "Jonas", "product": "Akku-Rasenmäher RM-40", "store_name": "Grünwerk"}
    if attachment is not None:
        facts["attachment_name"] = attachment
    draft = f"{_OPENING[language]}\n\n{sentence}\n\nGrünwerk"
    report = checked("usage-instructions", language, draft, facts)
    return any(v.fact == "attachment_name" for v in report.violations)


@pytest.mark.parametrize(
    ("language", "attachment", "sentence"),
    [
        ("de", "the setup video", "Anbei finden Sie unser Einrichtungsvideo, das jeden Schritt zeigt."),
        ("fr", "the setup video", "Vous trouverez en pièce jointe la vidéo de mise en service."),
        ("es", "the quick start guide", "Le enviamos adjunta la guía de inicio rápido."),
        ("it", "the quick start guide", "In allegato trova la guida rapida all'avvio."),
        ("ja", "the quick start guide", "クイックスタートガイドを添付いたしましたので、ご確認ください。"),
        ("de", "the wiring diagram (PDF)", "Im Anhang schicken wir Ihnen den Schaltplan als PDF."),
        ("es", "the RM-40 user manual", "Adjuntamos el manual de usuario del RM-40."),
    ],
)  # fmt: skip
def test_the_same_kind_of_thing_in_the_message_language_keeps_it(
    language: str, attachment: str, sentence: str
) -> None:
    assert not _missing(language, sentence, attachment)


@pytest.mark.parametrize(
    ("language", "attachment", "sentence"),
    [
        ("it", "the setup video", "In allegato trova il manuale d'uso con tutte le istruzioni."),
        ("fr", "the assembly instructions", "Nous vous joignons une vidéo du montage."),
        ("es", "the RM-40 user manual", "Adjuntamos el manual de usuario del RM-50."),
    ],
)  # fmt: skip
def test_another_kind_or_another_code_is_a_changed_attachment(
    language: str, attachment: str, sentence: str
) -> None:
    assert _missing(language, sentence, attachment)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Vous trouverez ci-joint la notice de montage."),
        ("de", "Die Gebrauchsanweisung haben wir dieser Nachricht angehängt."),
        ("it", "Le inviamo in allegato il libretto di istruzioni."),
    ],
)  # fmt: skip
def test_a_default_is_kept_by_what_keeps_its_meaning(language: str, sentence: str) -> None:
    assert not _missing(language, sentence, None)


def test_a_default_is_not_kept_by_another_kind_of_thing() -> None:
    assert _missing("es", "Le adjuntamos un vídeo con los pasos.", None)


def test_a_name_typed_in_the_message_language_is_still_held_as_written() -> None:
    assert _missing("es", "Le adjuntamos el manual.", "la guía de montaje rápido")
