"""A message that starts in its language and drifts into another for the rest ("Your tracking
number is ... Best regards") is in the wrong language, as one written in it from the start;
a message in its language signed with an English store name is not. (Sentences of our own.)"""

from __future__ import annotations

from sellermail.guard.language import written_in

GERMAN = ("Hallo Frau Zimmermann,\n\nvielen Dank für Ihre Nachricht und entschuldigen Sie die "
          "kurze Wartezeit. Ich habe mir Ihre Bestellung gerade angesehen. Gute Nachrichten: Laut "
          "UPS befindet sich Ihr Paket in der Zustellung.\n\n")  # fmt: skip
ENGLISH = ("Your tracking number is 1ZA8W9276814379070 and you can enter it with UPS at any time "
           "to follow the latest status. Our parcels usually take a few days from dispatch to "
           "arrive, so it should be with you very soon. Please don't hesitate to contact us if "
           "there is anything else we can do for you.\n\nBest regards,\nNordklang Audio")  # fmt: skip


def test_a_drift_into_english_is_the_wrong_language() -> None:
    assert [f.rule for f in written_in(GERMAN + ENGLISH, "de")] == ["language.mismatch"]


def test_german_throughout_with_an_english_name_is_not() -> None:
    text = (
        GERMAN
        + "Wir melden uns, sobald es Neuigkeiten gibt.\n\nViele Grüße\nNordklang Audio Customer Service"
    )
    assert written_in(text, "de") == []
