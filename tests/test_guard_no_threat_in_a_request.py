"""A request to a rights owner to withdraw a complaint asks a favour: threatening suit or
damages, or calling the complaint bad faith or an abuse, is out of place there (warned). A
cease-and-desist letter may still say it will go to court."""

from __future__ import annotations

import pytest

from drafted import warned_by


@pytest.mark.parametrize(
    "sentence",
    [
        "If the complaint stands, we will sue your company for the sales it has cost us.",
        "Our lawyers are ready to start legal proceedings against you.",
        "We will seek damages for every week our listing stays down.",
        "This complaint was made in bad faith to get a rival off the page.",
        "Your notice is an abuse of the rights owner process.",
        "Failing a retraction, we will bring a claim for tortious interference.",
        "Otherwise we will take you to court.",
        "Filing a frivolous complaint to knock out a competitor is unacceptable.",
        "We will hold you liable for all our losses.",
        "Your complaint is malicious.",
    ],
)
def test_a_threat_or_an_accusation_in_a_request_is_warned(sentence: str) -> None:
    assert "request.no-threat" in warned_by("ip-complaint-retraction", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The opinion of our patent attorney is attached.",
        "We respect your rights and have removed the word from our title.",
        "If anything still concerns you, please contact us and we will address it.",
        "We acted in good faith and removed the phrase as soon as we read your notice.",
        "We would be grateful if you could retract the complaint through Brand Registry.",
        "Our lawyer has reviewed the listing and found no overlap with your design.",
        "Please let us know if you need a copy of our trademark registration.",
    ],
)
def test_a_plain_request_is_no_threat(sentence: str) -> None:
    assert "request.no-threat" not in warned_by("ip-complaint-retraction", sentence)


def test_a_cease_and_desist_letter_may_name_the_courts() -> None:
    sentence = "If we do not hear from you, we will file a lawsuit in the appropriate court."
    assert "request.no-threat" not in warned_by("hijacker-cease-desist", sentence)
