"""A return named as the buyer's own act whose reason is asked ("what made you return it",
"qué le ha llevado a devolverlo", "ce qui vous a amené à nous le retourner", "cosa l'ha spinta
a restituirlo", "was Sie dazu bewogen hat, … zurückzusenden") or that the buyer decided offers
none; "that's why you can return it", "Sie haben die Möglichkeit, … zurückzusenden" and "por
este motivo, puede devolverlo" still offer it. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import checked
from sellermail.guard import remedies
from sellermail.guard.ready import ready


def _offered(text: str, language: str) -> set[str]:
    ready(language)
    return set(remedies.offers_in(text, remedies.phrasing(language)))


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "May we ask what prompted you to return the toaster?"),
     ("en", "We'd like to understand why you decided to send it back."),
     ("en", "Could you share the reasons you are returning the lamp?"),
     ("es", "¿Nos cuenta qué le hizo devolver la tetera?"),
     ("es", "Querríamos entender por qué ha optado por devolverla."),
     ("es", "Nos interesa la razón por la que nos devuelve el jarrón."),
     ("it", "Ci farebbe piacere sapere cosa l'ha convinta a restituire la lampada."),
     ("it", "Ci racconta perché ha deciso di restituirla?"),
     ("fr", "Pourriez-vous nous dire ce qui vous a poussé à nous renvoyer la lampe ?"),
     ("fr", "Nous aimerions connaître les raisons pour lesquelles vous retournez le vase."),
     ("de", "Dürfen wir erfahren, was Sie veranlasst hat, die Lampe zurückzuschicken?"),
     ("de", "Sie haben sich entschieden, die Kanne zurückzugeben.")],
)  # fmt: skip
def test_a_return_whose_reason_is_asked_offers_none(language: str, text: str) -> None:
    assert "return" not in _offered(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "That's why you can return it at no cost."),
     ("es", "Por ese motivo, puede devolverla sin coste."),
     ("it", "Per questa ragione può restituirla senza costi."),
     ("fr", "C'est pourquoi vous pouvez nous retourner l'article."),
     ("de", "Sie haben jederzeit die Möglichkeit, die Kanne zurückzusenden."),
     ("de", "Wir haben entschieden, die Kanne zurückzunehmen.")],
)  # fmt: skip
def test_a_return_offered_for_a_reason_stays_offered(language: str, text: str) -> None:
    assert "return" in _offered(text, language)


def test_a_reason_inquiry_adds_no_return() -> None:
    facts = {"buyer_name": "Lucía", "product": "tetera de hierro fundido",
             "order_id": "402-1122334-5566778", "store_name": "Casa Norte"}  # fmt: skip
    draft = ("Hola, Lucía:\n\nHemos visto su solicitud de devolución de la tetera de hierro "
             "fundido (pedido 402-1122334-5566778). ¿Nos contaría qué la llevó a devolverla? "
             "Su respuesta no cambia nada en el proceso.\n\nUn saludo,\nCasa Norte")  # fmt: skip
    report = checked("return-reason-inquiry", "es", draft, facts)
    assert not [v.detail for v in report.violations if v.kind == "offer_mismatch"]
