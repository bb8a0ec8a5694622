"""A marketing e-mail's opt-out counts in any form of its verb and to either addressee: "te
daremos de baja", "contesta con la palabra BAJA", "schreib uns mit STOPP" as well as "darse de
baja" and "antworten Sie mit STOPP"; an e-mail without one is still blocked. (Sentences of our
own.)"""

from __future__ import annotations

import pytest

import sellermail

FACTS = {"buyer_name": "Ainhoa", "program_name": "Club Telar", "contact_email": "club@telar.es",
         "discount_percent": "10", "postal_address": "Telar S.L., Calle Mayor 3, 28013 Madrid",
         "store_name": "Telar", "marketplace": "Amazon.es"}  # fmt: skip


def _opt_out_missing(language: str, closing: str) -> bool:
    text = ("Asunto: Te invitamos al Club Telar\n\n¡Hola, Ainhoa!\n\nComo miembro del Club Telar "
            "tendrás un 10 % de descuento. Escríbenos a club@telar.es.\n\nUn abrazo,\nTelar\n\n"
            f"Telar S.L., Calle Mayor 3, 28013 Madrid\n{closing}")  # fmt: skip
    report = sellermail.check("vip-invitation", FACTS, text, channel="email", language=language)
    return any(v.rule == "email.marketing-opt-out" for v in report.violations)


@pytest.mark.parametrize(
    "closing",
    ["Si no quieres más correos, contesta con la palabra BAJA y te daremos de baja.",
     "Si prefieres no seguir en la lista, te damos de baja cuando nos lo pidas.",
     "Responde BAJA a este correo si no quieres más mensajes."],
)  # fmt: skip
def test_spanish_opt_out_in_any_form(closing: str) -> None:
    assert not _opt_out_missing("es", closing)


def test_without_an_opt_out_it_is_blocked() -> None:
    assert _opt_out_missing("es", "¡Hasta pronto!")


@pytest.mark.parametrize(
    "closing",
    ["Keine Lust mehr auf Post von uns? Schreib uns mit STOPP.",
     "Keine Lust mehr auf Post von uns? Antworten Sie mit STOPP."],
)  # fmt: skip
def test_german_opt_out_to_either_addressee(closing: str) -> None:
    facts = {**FACTS, "buyer_name": "Jana", "program_name": "Club Webstuhl",
             "postal_address": "Webstuhl GmbH, Hauptstraße 3, 10115 Berlin",
             "contact_email": "club@webstuhl.de", "store_name": "Webstuhl",
             "marketplace": "Amazon.de"}  # fmt: skip
    text = ("Betreff: Einladung in den Club Webstuhl\n\nHallo Jana,\n\nals Mitglied im Club "
            "Webstuhl bekommst du 10 % Rabatt. Schreib uns an club@webstuhl.de.\n\nViele Grüße\n"
            f"Webstuhl\n\nWebstuhl GmbH, Hauptstraße 3, 10115 Berlin\n{closing}")  # fmt: skip
    report = sellermail.check("vip-invitation", facts, text, channel="email", language="de")
    assert not any(v.rule == "email.marketing-opt-out" for v in report.violations)
