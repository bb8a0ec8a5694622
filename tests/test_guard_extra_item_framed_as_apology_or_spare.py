"""An extra item the seller puts in the parcel is a perk when framed as an apology, a thanks or
an extra one, not only when called free ("to make up for it, we'll add a second cable to the
parcel", "als Dankeschön packen wir eine zweite Halterung mit ins Paket", お詫びのしるしとして…を
一緒にお入れいたします); the invoice put in the parcel is none. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from sellermail.guard.remedies import offered, phrasing

EXTRA = [
    ("en", "To make up for the wait, we'll add a second charging cable to the parcel."),
    ("en", "We'll tuck an extra set of batteries into the box."),
    ("de", "Als kleine Entschuldigung legen wir Ihnen noch eine zweite Schutzfolie mit ins Paket."),
    ("de", "Wir packen Ihnen zusätzlich einen zweiten Filter in das Paket."),
    ("fr", "Pour nous excuser, nous ajouterons une housse supplémentaire dans le colis."),
    ("fr", "Nous glisserons un second adaptateur dans votre colis, en guise d'excuses."),
    ("it", "Per scusarci, inseriremo nel pacco un cavo in più."),
    ("it", "Come piccolo gesto, metteremo nella confezione una seconda cinghia."),
    ("es", "Para compensarle, incluiremos en el paquete un cargador adicional."),
    ("es", "Como disculpa, añadiremos una segunda funda al pedido."),
    ("ja", "お詫びの印として、予備のフィルターを同梱いたします。"),
    ("ja", "感謝の気持ちを込めて、小さなタオルをお付けいたします。"),
]
PLAIN = [
    ("en", "We will put the invoice into the parcel."),
    ("de", "Wir legen die Rechnung mit ins Paket."),
    ("fr", "Nous mettrons la facture dans le colis."),
    ("it", "Inseriremo la fattura nel pacco."),
    ("es", "Incluiremos la factura en el paquete."),
]


@pytest.mark.parametrize(("language", "sentence"), EXTRA)
def test_an_extra_item_framed_so_is_a_perk(language: str, sentence: str) -> None:
    assert "perk" in offered(sentence, phrasing(language)), sentence


@pytest.mark.parametrize(("language", "sentence"), PLAIN)
def test_a_document_put_in_the_parcel_is_none(language: str, sentence: str) -> None:
    assert "perk" not in offered(sentence, phrasing(language)), sentence
