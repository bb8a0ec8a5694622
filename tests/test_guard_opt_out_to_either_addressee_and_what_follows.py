"""A marketing e-mail's opt-out is read as people write it: to either addressee (tú, tu, du
as well as usted, Lei, Sie), with or without "mehr" ("keine weiteren E-Mails dieser Art
erhalten möchten"), and by what the sender then does ("non ti scriveremo più", "we won't
email you again"). An e-mail without one, or one that only says to ignore it, is still
blocked. (Sentences of our own.)"""

from __future__ import annotations

import pytest

import sellermail

FACTS = {"buyer_name": "Noa", "program_name": "Club Nube", "contact_email": "club@nubeshop.es",
         "discount_percent": "10", "postal_address": "Nube, Calle Luna 8, 28004 Madrid",
         "store_name": "Nube", "marketplace": "nubeshop.es"}  # fmt: skip

BODY = {
    "es": "¡Hola, Noa!\n\nTe invitamos al Club Nube: tendrás un 10 % de descuento. Escríbenos a "
    "club@nubeshop.es.\n\nUn saludo,\nNube\n\nNube, Calle Luna 8, 28004 Madrid\n",
    "it": "Ciao Noa,\n\nti invitiamo nel Club Nube: avrai uno sconto del 10 %. Scrivici a "
    "club@nubeshop.es.\n\nA presto,\nNube\n\nNube, Calle Luna 8, 28004 Madrid\n",
    "de": "Hallo Noa,\n\nwir laden Sie in den Club Nube ein: 10 % Rabatt für Mitglieder. "
    "Schreiben Sie an club@nubeshop.es.\n\nViele Grüße\nNube\n\nNube, Calle Luna 8, 28004 Madrid\n",
    "fr": "Bonjour Noa,\n\nnous vous invitons au Club Nube : 10 % de remise pour les membres. "
    "Écrivez à club@nubeshop.es.\n\nBien à vous,\nNube\n\nNube, Calle Luna 8, 28004 Madrid\n",
    "en": "Hi Noa,\n\nWe'd like to invite you to Club Nube: members get 10% off. Write to "
    "club@nubeshop.es.\n\nBest,\nNube\n\nNube, 80 Harbor Way, Seattle, WA 98101, USA\n",
}


def _opt_out_missing(language: str, closing: str) -> bool:
    text = BODY[language] + closing
    report = sellermail.check("vip-invitation", FACTS, text, channel="email", language=language)
    return any(v.rule == "email.marketing-opt-out" for v in report.violations)


@pytest.mark.parametrize(
    ("language", "closing"),
    [("es", "Si ya no deseas recibir nuestras novedades, dínoslo."),
     ("es", "¿Prefieres no recibir estos avisos? Contéstanos y no volveremos a escribirte."),
     ("it", "Se preferisci non ricevere più queste comunicazioni, faccelo sapere."),
     ("it", "Basta una risposta e non Le invieremo più messaggi come questo."),
     ("de", "Falls Sie keine Einladungen dieser Art von uns bekommen möchten, antworten Sie kurz."),
     ("de", "Ein kurzes Wort genügt, und wir schreiben Ihnen nicht mehr."),
     ("de", "Wenn du nicht mehr angeschrieben werden möchtest, sag uns Bescheid."),
     ("fr", "Si tu ne veux plus recevoir ces messages, réponds-nous simplement."),
     ("fr", "Un simple mot de votre part et nous ne vous écrirons plus."),
     ("en", "Just reply and we won't email you again.")],
)  # fmt: skip
def test_opt_out_as_people_write_it(language: str, closing: str) -> None:
    assert not _opt_out_missing(language, closing)


@pytest.mark.parametrize(
    ("language", "closing"),
    [("en", "If it's not for you, simply ignore this email."),
     ("es", "¡Hasta pronto!"),
     ("it", "Non vediamo l'ora di averti con noi."),
     ("de", "Wir freuen uns auf Sie."),
     ("fr", "Au plaisir de vous compter parmi nous.")],
)  # fmt: skip
def test_no_opt_out_is_still_blocked(language: str, closing: str) -> None:
    assert _opt_out_missing(language, closing)
