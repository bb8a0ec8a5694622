"""An extra item put in the parcel when the parcel is named first, new or not ("nel nuovo pacco
aggiungiamo anche …, come piccolo gesto"), framed as a gift or an apology: a perk. The missing
part put in the same parcel is none. (Sentences of our own.)"""

from __future__ import annotations

from sellermail.guard.remedies import offered, phrasing


def test_an_extra_item_in_the_new_parcel_named_first_is_a_perk() -> None:
    sentence = "Nel pacco nuovo inseriamo anche un portachiavi, come piccolo regalo."
    assert "perk" in offered(sentence, phrasing("it"))


def test_the_missing_part_in_the_new_parcel_is_no_perk() -> None:
    sentence = "Nel nuovo pacco inseriamo anche il manuale che mancava."
    assert "perk" not in offered(sentence, phrasing("it"))
