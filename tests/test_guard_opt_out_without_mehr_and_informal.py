"""An opt-out from marketing mail is read however it is written: "keine weiteren E-Mails"
without "mehr", and addressed informally (du, tu, tú): "si prefieres no recibir", "se non vuoi
più ricevere", "si tu ne veux plus recevoir". (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.vocabulary import vocabulary


def _opts_out(language: str, sentence: str) -> bool:
    own = vocabulary(language)
    assert own is not None and own.opt_out is not None
    return bool(own.opt_out.search(sentence.lower()))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("de", "Falls Sie keine weiteren Einladungen dieser Art wünschen, antworten Sie kurz."),
     ("de", "Wer keine solchen Nachrichten bekommen möchte, schreibt uns eine Zeile."),
     ("es", "Si prefieres no recibir nuestras novedades, contéstanos y listo."),
     ("es", "Si no quieres seguir recibiendo estos correos, dínoslo."),
     ("it", "Se preferisci non ricevere altri messaggi, rispondi pure."),
     ("it", "Se non vuoi più ricevere queste e-mail, scrivici."),
     ("fr", "Si tu ne veux plus recevoir nos messages, réponds simplement.")],
)  # fmt: skip
def test_an_opt_out_in_other_words_counts(language: str, sentence: str) -> None:
    assert _opts_out(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("de", "Sie erhalten weitere E-Mails zu Ihrer Bestellung."),
     ("es", "Prefieres recibir el pedido el lunes."),
     ("it", "Preferisci ricevere il pacco in negozio?")],
)  # fmt: skip
def test_mail_announced_is_no_opt_out(language: str, sentence: str) -> None:
    assert not _opts_out(language, sentence)
