"""What the buyer wrote, named by its writing however long the words between ("was Sie auf
Amazon zu dem Artikel geschrieben haben", "the lines you published about us", "les mots que
vous avez publiés", 以前お寄せいただいたご感想), asked to be revisited, brought up to date or to
reflect how things ended, is a review to be changed; hyphenated words between the parts
("eBay-Käuferschutz") do not hide a suppressed case. Thanks for what they wrote ask nothing.
(Sentences of our own.)"""

from __future__ import annotations

import pytest

from drafted import rules_raised

REVISE = "review.no-manipulation"
REVISE_EN = "review.no-manipulation-implied"


@pytest.mark.parametrize(
    ("language", "sentence", "rule"),
    [
        (
            "de",
            "Schön wäre, wenn sich das neue Teil auch in dem widerspiegelt, was Sie damals bei Amazon zu unserem Shop geschrieben haben.",
            REVISE,
        ),
        (
            "de",
            "Was du damals auf der Artikelseite zu uns verfasst hast, könntest du ja jetzt ergänzen.",
            REVISE,
        ),
        (
            "fr",
            "Vous pourriez peut-être revoir les mots que vous avez laissés sur notre boutique.",
            REVISE,
        ),
        (
            "fr",
            "Les lignes que vous avez écrites sur la fiche pourraient maintenant être mises à jour.",
            REVISE,
        ),
        (
            "ja",
            "先日お寄せいただいたレビューに、その後の経過を追記していただけますと幸いです。",
            REVISE,
        ),
        (
            "ja",
            "以前お書きいただいたご感想を、最新の状況に合わせて更新していただけましたら嬉しいです。",
            REVISE,
        ),
        (
            "en",
            "Once it's with you, maybe you'd consider coming back to the few words you posted about us.",
            REVISE_EN,
        ),
        (
            "en",
            "It would be wonderful if the new one showed up in what you wrote on the product page.",
            REVISE_EN,
        ),
        (
            "de",
            "Einen Fall beim eBay-Käuferschutz müssen Sie deshalb nicht eröffnen.",
            "buyer.no-suppression",
        ),
    ],
)
def test_what_the_buyer_wrote_asked_to_be_revised(language: str, sentence: str, rule: str) -> None:
    assert rule in rules_raised(language, sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "de",
            "Danke für das, was Sie uns zur Lieferung geschrieben haben, wir ändern die Verpackung.",
        ),
        ("fr", "Merci pour les mots que vous nous avez adressés."),
        ("ja", "お寄せいただいたご感想は、今後の商品づくりの参考にいたします。"),
        ("en", "Thank you for the kind words you wrote in your message."),
    ],
)
def test_thanks_for_what_they_wrote_asks_nothing(language: str, sentence: str) -> None:
    raised = rules_raised(language, sentence)
    assert REVISE not in raised and REVISE_EN not in raised
