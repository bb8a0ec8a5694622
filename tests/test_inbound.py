"""Reading inbound messages: .eml parsing (charsets, transfer encodings, multipart, encoded-word
subjects), plain text in several encodings, relay wrappers, and broken input (exit 2)."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from email.message import EmailMessage
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from conftest import Result
from sellermail.errors import SellermailError
from sellermail.triage.message import html_to_text, parse_message, read_message

Run = Callable[..., Result]

GERMAN = "Hallo, wo ist mein Paket? Ich warte seit zwei Wochen. Grüße, Jürgen Weiß"
CHINESE = "你好，我的包裹还没收到，订单号 113-4567890-1234567，请尽快处理。堃"
JAPANESE = "こんにちは。注文した商品がまだ届きません。追跡番号を教えてください。"
JAPANESE_CP932 = "①番の商品がまだ届きません。髙橋"


def eml(body: str, charset: str, encoding: str | None = None, **headers: str) -> bytes:
    """An e-mail whose text/plain body is ``body`` in ``charset`` (and transfer ``encoding``)."""
    message = MIMEText(body, "plain", charset)
    if encoding:
        payload = body.encode(charset)
        del message["Content-Transfer-Encoding"]
        message.set_payload(payload)
        from email import encoders

        {"base64": encoders.encode_base64, "quoted-printable": encoders.encode_quopri}[encoding](
            message
        )
    message["From"] = headers.get(
        "sender", '"Anna Müller - Amazon Marketplace" <x1@marketplace.amazon.de>'
    )
    message["Subject"] = headers.get("subject", "Where is my order?")
    message["Date"] = "Tue, 10 Nov 2026 09:30:00 +0100"
    return message.as_bytes()


@pytest.mark.parametrize(
    ("body", "charset", "encoding"),
    [
        (GERMAN, "iso-8859-1", "quoted-printable"),
        (GERMAN, "utf-8", "quoted-printable"),
        (GERMAN, "utf-8", "base64"),
        (CHINESE, "gb18030", "base64"),
        (CHINESE, "gbk", "base64"),
        (JAPANESE, "iso-2022-jp", None),
        (JAPANESE_CP932, "cp932", "base64"),
    ],
)
def test_an_eml_body_is_decoded_by_its_charset_and_transfer_encoding(
    body: str, charset: str, encoding: str | None
) -> None:
    message = parse_message(eml(body, charset, encoding), "test")
    assert message.body == body
    assert message.sender == "Anna Müller - Amazon Marketplace"
    assert message.date is not None and message.date.year == 2026


@pytest.mark.parametrize(
    ("declared", "codec", "text"),
    [
        ("gb2312", "gb18030", CHINESE),  # GB2312 declared, GBK characters sent: read as GB18030
        ("shift_jis", "cp932", JAPANESE_CP932),  # Shift_JIS declared, CP932 characters sent
        ("iso-8859-1", "cp1252", "Bonjour – où est mon colis ? €"),  # Latin-1 declared, CP1252 sent
    ],
)
def test_a_charset_label_is_read_generously(declared: str, codec: str, text: str) -> None:
    data = (
        f"From: buyer@example.com\nSubject: test\nMIME-Version: 1.0\n"
        f'Content-Type: text/plain; charset="{declared}"\nContent-Transfer-Encoding: 8bit\n\n'
    ).encode() + text.encode(codec)
    assert parse_message(data, "test").body == text


@pytest.mark.parametrize(
    ("subject", "charset"),
    [
        ("Wo ist mein Paket?", "utf-8"),
        ("荷物が届きません", "iso-2022-jp"),
        ("Où est mon colis ?", "iso-8859-1"),
        ("包裹还没收到", "gb2312"),
    ],
)
def test_an_encoded_word_subject_is_decoded(subject: str, charset: str) -> None:
    from email.header import Header

    raw = Header(subject, charset).encode()
    assert raw.startswith("=?")
    data = f"From: a@example.com\nSubject: {raw}\nDate: Tue, 10 Nov 2026 09:30:00 +0100\n\nhi\n"
    assert parse_message(data.encode(), "test").subject == subject


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-1"])
def test_raw_8bit_headers_are_read_in_the_bodys_charset(charset: str) -> None:
    data = (
        f'From: "Jürgen Weiß - Amazon Marketplace" <a@marketplace.amazon.de>\n'
        f"Subject: Ihr Konto wird überprüft\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: 8bit\n\nGrüße\n"
    ).encode(charset)
    message = parse_message(data, "test")
    assert (message.subject, message.sender, message.body) == (
        "Ihr Konto wird überprüft",
        "Jürgen Weiß - Amazon Marketplace",
        "Grüße",
    )


def test_multipart_prefers_the_plain_text_part() -> None:
    message = EmailMessage()
    message["From"] = "a@example.com"
    message["Subject"] = "Question"
    message.set_content("Plain words.")
    message.add_alternative("<p>HTML words.</p>", subtype="html")
    assert parse_message(message.as_bytes(), "test").body == "Plain words."


def test_an_html_only_message_is_turned_into_text() -> None:
    message = EmailMessage()
    message["From"] = "seller-notification@amazon.com"
    message["Subject"] = "Notice"
    html = (
        "<html><head><style>p {color: red}</style></head><body><p>Dear Seller,</p>"
        "<p>Order&nbsp;ID: <b>113-4567890-1234567</b><br>Reason: too small</p>"
        "<script>var x = 1;</script></body></html>"
    )
    message.add_alternative(html, subtype="html")
    message.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="a.pdf")
    body = parse_message(message.as_bytes(), "test").body
    assert body == "Dear Seller,\n\nOrder ID: 113-4567890-1234567\nReason: too small"
    assert "color" not in body and "var x" not in body


def test_html_to_text_keeps_line_breaks_of_blocks() -> None:
    assert html_to_text("<div>a</div><div>b &amp; c</div><ul><li>d</li></ul>") == "a\n\nb & c\n\nd"


@pytest.mark.parametrize(
    ("data", "body"),
    [
        ("\ufeffwhere is my order".encode(), "where is my order"),
        (CHINESE.encode("gb18030"), CHINESE),
        (JAPANESE.encode("shift_jis"), JAPANESE),
        (JAPANESE.encode("iso-2022-jp"), JAPANESE),
        ("Où est mon colis ?".encode(), "Où est mon colis ?"),
    ],
)
def test_plain_text_is_read_in_its_encoding(data: bytes, body: str) -> None:
    assert parse_message(data, "test").body == body


def test_an_email_is_recognised_by_its_headers_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_bytes(eml(GERMAN, "utf-8", "base64"))
    message = read_message(path)
    assert message.body == GERMAN and message.subject == "Where is my order?"


def test_an_mbox_from_line_before_the_headers_is_skipped() -> None:
    data = b"From buyer@example.com Tue Nov 10 09:30:00 2026\n" + eml(GERMAN, "utf-8", "base64")
    message = parse_message(data, "test")
    assert message.body == GERMAN and message.subject == "Where is my order?"
    text = "From the tracking it looks stuck.\nWhere is my order?"
    assert parse_message(text.encode(), "test").body == text


def test_amazon_labels_at_the_top_of_pasted_text_are_not_taken_for_headers() -> None:
    text = "Order ID: 113-4567890-1234567\nItem: Phone case\n\nWhere is my order?"
    message = parse_message(text.encode(), "test")
    assert message.subject == "" and message.body.startswith("Order ID:")


def test_the_buyers_words_are_taken_from_a_relay_wrapper() -> None:
    text = (
        "You have received a message from Amazon customer Anna.\n\nOrder ID: 302-1234567-1234567\n\n"
        "------------- Begin message -------------\n\nWo ist mein Paket?\n\n"
        "------------- End message -------------\n\nTo reply, answer this e-mail."
    )
    message = parse_message(text.encode(), "test")
    assert message.buyer_text == "Wo ist mein Paket?"


def test_a_plain_message_without_wrapper_has_no_separate_buyer_words() -> None:
    message = parse_message(b"Subject: Late parcel\nwhere is it\n-----\nsent from my phone", "x")
    assert message.subject == "Late parcel"
    assert message.buyer_text is None and message.body.startswith("where is it")


def test_a_message_is_read_from_standard_input_as_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(CHINESE.encode("gb18030")))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert read_message("-").body == CHINESE


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "the message is empty"),
        (b"   \n\n", "the message is empty"),
        (b"\x00\x01\x02binary\x00", "is not text"),
        (b"\xff\xfe\xfa\xfb\x80\x81", "is not text"),
        (
            b"From: a@example.com\nSubject: x\nContent-Type: image/png\n\n\x89PNG",
            "the e-mail has no text part",
        ),
    ],
)
def test_broken_input_is_one_line_and_exit_2(
    run: Run, tmp_path: Path, data: bytes, problem: str
) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(data)
    with pytest.raises(SellermailError, match=problem):
        read_message(path)
    result = run("triage", str(path))
    assert result.code == 2
    assert result.err.startswith("error: message ") and problem in result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err


def test_a_missing_file_and_a_folder_are_errors(run: Run, tmp_path: Path) -> None:
    assert "no such file" in run("triage", str(tmp_path / "nope.eml")).err
    result = run("triage", str(tmp_path))
    assert result.code == 2 and "is a folder (use --dir" in result.err
