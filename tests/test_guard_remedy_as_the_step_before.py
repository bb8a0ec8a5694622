"""A clause opening on the step something must come before, the remedy its verb ("antes de
tramitar la devolución, ¿nos cuentas qué ha pasado?"), names the buyer's own request: no offer;
the same remedy offered on its own is read. (Sentences of our own.)"""

from __future__ import annotations

from offers_read import read


def test_the_step_before_offers_no_return() -> None:
    sentence = "Antes de tramitar la devolución, ¿nos mandas una foto del defecto?"
    assert "return" not in read("es", sentence)[0]


def test_the_return_offered_is_read() -> None:
    assert "return" in read("es", "Si lo prefieres, tramitamos la devolución enseguida.")[0]
