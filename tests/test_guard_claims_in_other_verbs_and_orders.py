"""What a draft claims was already done, in the constructions people write it with: German
"Bescheid gegeben" and a refund named before its verb ("Die Rückerstattung haben wir schon
veranlasst"), Spanish and Italian told in other verbs ("dado aviso", "fatto presente") and
refunds named first ("ya lo hemos tramitado", "l'abbiamo già disposto"), an investigation
requested ("demandé une enquête", "richiesto un'indagine"), Japanese done as a state (連絡済み,
依頼済み) or chained to the next verb (連絡を入れ、…) with the particle as a topic (配送業者へは);
and the marketplace's word ("Amazon has confirmed", "Amazon nous a confirmé") in every
language. Offered, conditional or hedged, they claim nothing. (Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import with_added


def _claims(report: object) -> list[str]:
    return [v.detail for v in report.violations if "which no fact supports" in v.detail]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Wir haben der Post heute schon Bescheid gegeben."),
        ("de", "Die Rückerstattung haben wir gestern bereits veranlasst."),
        ("de", "Amazon hat uns schriftlich bestätigt, dass das Paket unterwegs ist."),
        ("fr", "Nous avons demandé une enquête à La Poste ce matin."),
        ("fr", "Le remboursement, nous l'avons déjà effectué hier."),
        ("fr", "Amazon nous a confirmé que le colis est bien en route."),
        ("es", "Esta mañana hemos dado aviso a la empresa de mensajería."),
        ("es", "El reembolso completo ya lo hemos tramitado esta mañana."),
        ("es", "Amazon nos ha confirmado que el paquete sigue en camino."),
        ("it", "Stamattina abbiamo già fatto presente la situazione al corriere."),
        ("it", "Il rimborso completo l'abbiamo già disposto stamattina."),
        ("it", "Abbiamo richiesto un'indagine alle Poste stamattina."),
        ("it", "Amazon ci ha confermato che il pacco è in viaggio."),
        ("ja", "運送会社へは本日連絡済みです。"),
        ("ja", "郵便局には既に連絡を入れ、状況の確認をお願いしております。"),
        ("ja", "日本郵便に追跡調査を依頼済みでございます。"),
        ("ja", "アマゾン側でも確認済みとのことです。"),
        ("en", "Amazon's support team has already confirmed the parcel is on its way."),
        ("en", "This was verified by Seller Support this morning."),
    ],
)  # fmt: skip
def test_a_claim_no_fact_makes_is_caught(language: str, sentence: str) -> None:
    report = with_added("shipment-no-update", language, sentence)
    assert _claims(report), sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Wenn Sie möchten, geben wir der Post gern Bescheid."),
        ("fr", "Si vous le souhaitez, nous pouvons demander une enquête à La Poste."),
        ("es", "Si lo desea, podemos dar aviso a la empresa de mensajería."),
        ("it", "Se preferisce, possiamo avvisare il corriere."),
        ("ja", "運送会社に連絡いたしましたら、改めてご連絡いたします。"),
        ("en", "Once Amazon has confirmed the outcome, we will let you know."),
        ("en", "The address must be verified by Amazon first."),
    ],
)  # fmt: skip
def test_an_offer_or_a_condition_claims_nothing(language: str, sentence: str) -> None:
    assert not _claims(with_added("shipment-no-update", language, sentence)), sentence
