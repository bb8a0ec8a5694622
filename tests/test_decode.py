"""The one text decoder (sellermail.io.decode) and every input read through it: plain-text
messages and e-mail parts (triage), batch CSVs, `check` drafts and facts files, in UTF-8, UTF-16
and the legacy encodings of Windows and of Chinese and Japanese systems."""

from __future__ import annotations

import codecs
import io
import json
import sys
import tracemalloc
from collections.abc import Callable
from email.mime.text import MIMEText
from pathlib import Path
from typing import Any

import pytest

from conftest import Result
from sellermail.batch.sheets import SHEET_FORMATS, header_key
from sellermail.compose.facts import read_facts_file
from sellermail.errors import SellermailError
from sellermail.io.decode import SAMPLE, decode, guess, sniff_encoding
from sellermail.io.files import read_text
from sellermail.triage.classify import triage_file
from sellermail.triage.message import parse_message, read_message

Run = Callable[..., Result]

GERMAN = ("Hallo, wo ist mein Paket? Ich warte seit zwei Wochen auf die Bestellung "
          "302-1234567-1234567. Möglicherweise ist es verloren. Grüße, Jürgen Weiß")  # fmt: skip
FRENCH = ("Bonjour, où est mon colis ? Commande 302-1234567-1234567, je suis très déçu. "
          "Merci, François Lefèvre")  # fmt: skip
SPANISH = ("¿Dónde está mi pedido 302-1234567-1234567? Todavía no llegó. ¡Gracias! "
           "Saludos, Begoña Muñoz")  # fmt: skip
ITALIAN = ("Buongiorno, dov'è il mio pacco? L'ordine 302-1234567-1234567 non è ancora "
           "arrivato, perché? Così può andare? Grazie, Niccolò Citté")  # fmt: skip
POLISH = ("Dzień dobry, zamówiłem lampę trzy tygodnie temu. Gdzie jest moja paczka? "
          "Dziękuję, Łukasz Żółkiewski")  # fmt: skip
CHINESE = "你好，我的包裹还没收到，订单号 113-4567890-1234567，请尽快处理。谢谢！"
TRADITIONAL = "你好，我的包裹還沒收到，請儘快處理。謝謝！"
JAPANESE = "こんにちは。注文した商品がまだ届きません。追跡番号を教えてください。"

LONG = [
    (GERMAN, "cp1252"), (FRENCH, "cp1252"), (SPANISH, "cp1252"), (ITALIAN, "cp1252"),
    (GERMAN, "latin-1"), (f"{FRENCH} Prix : 25 €", "iso-8859-15"), (POLISH, "cp1250"), (CHINESE, "gb18030"),
    (CHINESE, "gbk"), (CHINESE, "gb2312"), (TRADITIONAL, "big5"), (JAPANESE, "shift_jis"),
    (JAPANESE, "cp932"), (JAPANESE, "euc_jp"), (JAPANESE, "iso-2022-jp"),
    (f"{GERMAN}\n{CHINESE}", "utf-16"), (f"{JAPANESE} {POLISH}", "utf-16-be"),
    (f"{FRENCH} {CHINESE}", "utf-32"), (f"{SPANISH} {JAPANESE}", "utf-8-sig"),
]  # fmt: skip
#: Short messages, each under 40 bytes, where byte statistics have little to go on.
SHORT = [
    ("möglicherweise", "cp1252"), ("Grüße", "cp1252"), ("Größe 42 bitte", "cp1252"),
    ("Danke schön!", "cp1252"), ("Reçu, merci !", "cp1252"), ("Ça va ? Déjà là", "cp1252"),
    ("Très déçu", "cp1252"), ("¿Dónde está?", "cp1252"), ("¡Gracias!", "cp1252"),
    ("Señor Muñoz", "cp1252"), ("Perché? Però è così", "cp1252"), ("Niccolò", "cp1252"),
    ("Prix : 25 €", "cp1252"), ("£25 refund", "cp1252"), ("Le prix : 25 €", "iso-8859-15"),
    ("Dziękuję", "cp1250"), ("Gdzie jest przesyłka?", "cp1250"), ("Łukasz", "cp1250"),
    ("Gdańsk, źle", "cp1250"), ("谢谢", "gb18030"), ("退款", "gb18030"), ("你好", "gb18030"),
    ("我要退货", "gb18030"), ("你好，包裹呢？", "gb18030"), ("还没收到", "gbk"),
    ("請問我的包裹在哪裡？", "big5"), ("還沒收到", "big5"), ("ありがとう", "shift_jis"),
    ("届きません", "shift_jis"), ("①番の商品。髙橋", "cp932"), ("ありがとう", "euc_jp"),
    ("届きません", "euc_jp"), ("届きません", "iso-2022-jp"), ("Zoë 张", "utf-16"),
]  # fmt: skip
#: Python's name of the encoding each is reported in (a generous superset where one exists).
REPORTED = {"latin-1": "cp1252", "iso-8859-15": "iso8859_15", "gbk": "gb18030",
            "gb2312": "gb18030", "big5": "cp950", "shift_jis": "cp932",
            "iso-2022-jp": "iso2022_jp_2", "utf-16-be": "utf-16", "utf-32": "utf-32"}  # fmt: skip


def encoded(text: str, encoding: str) -> bytes:
    """``text`` in ``encoding``, with the byte-order mark Notepad and Excel write for UTF-16."""
    if encoding == "utf-16-be":
        return codecs.BOM_UTF16_BE + text.encode(encoding)
    return text.encode(encoding)


# --- the decoder ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "encoding"), LONG + SHORT, ids=lambda v: v[:20])
def test_each_encoding_decodes_to_the_exact_words(text: str, encoding: str) -> None:
    data = encoded(text, encoding)
    found = decode(data)
    assert found.text == text
    assert found.encoding == REPORTED.get(encoding, encoding)
    assert data.decode(found.encoding) == text  # the name reads the same text again


def test_short_messages_are_under_40_bytes() -> None:
    assert all(len(encoded(text, encoding)) < 40 for text, encoding in SHORT)


def test_a_windows_german_word_is_not_read_as_chinese() -> None:
    assert "möglicherweise".encode("cp1252").decode("gb18030") == "m鰃licherweise"  # the bug
    assert decode("möglicherweise".encode("cp1252")).text == "möglicherweise"
    assert decode("Das Paket ist möglicherweise verloren".encode("cp1252")).encoding == "cp1252"


def test_short_chinese_that_is_also_valid_utf8_is_read_as_chinese() -> None:
    data = "谢谢".encode("gb18030")
    assert data.decode("utf-8") == "лл"  # what a UTF-8 reading alone would give
    assert decode(data).text == "谢谢"


def test_utf16_without_a_byte_order_mark_is_found_by_its_nul_bytes() -> None:
    assert decode(GERMAN.encode("utf-16-le")).text == GERMAN
    assert decode(FRENCH.encode("utf-16-be")).text == FRENCH


def test_a_declared_charset_is_read_generously_and_ignored_when_the_bytes_do_not_fit() -> None:
    assert decode("Bonjour – où ? €".encode("cp1252"), hint="iso-8859-1").text == "Bonjour – où ? €"
    assert decode("髙橋".encode("cp932"), hint="shift_jis").text == "髙橋"
    assert decode(GERMAN.encode("cp1252"), hint="utf-8").text == GERMAN
    assert decode(CHINESE.encode("gb18030"), hint="no-such-charset").text == CHINESE


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02binary\x00", b"\xff\xfe\xfa\xfb\x80\x81", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
     b"\x81\x8d\x8f\x90\x9d"],
)  # fmt: skip
def test_bytes_that_are_no_text_are_one_line_naming_the_input(data: bytes) -> None:
    assert guess(data) is None
    with pytest.raises(SellermailError) as caught:
        decode(data, where="message 'x.txt'")
    assert str(caught.value).startswith("message 'x.txt': is not text in a supported encoding")
    assert "\n" not in str(caught.value)


# --- triage: plain-text messages and e-mail parts --------------------------------------------

TRIAGED = [(GERMAN, "de", "Jürgen Weiß"), (FRENCH, "fr", "François Lefèvre"),
           (SPANISH, "es", "Begoña Muñoz"), (ITALIAN, "it", "Niccolò Citté")]  # fmt: skip


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
@pytest.mark.parametrize(("text", "language", "buyer"), TRIAGED, ids=lambda v: v[:12])
def test_a_legacy_plain_text_message_is_triaged_in_its_language(
    tmp_path: Path, text: str, language: str, buyer: str, encoding: str
) -> None:
    path = tmp_path / "message.txt"
    path.write_bytes(text.encode(encoding))
    assert read_message(path).body == text
    result = triage_file(path)
    assert (result.kind, result.language) == ("buyer-where-is-my-order", language)
    assert result.facts == {"order_id": "302-1234567-1234567", "buyer_name": buyer}


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(POLISH, "cp1250"), (TRADITIONAL, "big5"), (JAPANESE, "euc_jp"), ("Grüße", "cp1252"),
     ("谢谢", "gb18030"), ("ありがとう", "shift_jis"), ("Dziękuję", "cp1250")],
)  # fmt: skip
def test_parse_message_reads_plain_text_in_its_encoding(text: str, encoding: str) -> None:
    assert parse_message(text.encode(encoding), "test").body == text


def test_an_email_part_in_another_charset_than_declared_is_still_read() -> None:
    message = MIMEText("x", "plain", "utf-8")
    message["From"] = "a@example.com"
    message["Subject"] = "Paket"
    data = message.as_bytes().replace(b"base64", b"8bit").split(b"\n\n")[0]
    data += b"\n\n" + GERMAN.encode("cp1252")  # declared UTF-8, sent as Windows-1252
    assert parse_message(data, "test").body == GERMAN


def test_an_undeclared_8bit_email_header_and_body_are_read_like_plain_text() -> None:
    data = ("From: a@example.com\nSubject: Größe falsch\n\n" + GERMAN).encode("cp1252")
    message = parse_message(data, "test", is_email=True)
    assert (message.subject, message.body) == ("Größe falsch", GERMAN)


# --- batch: CSV files -------------------------------------------------------------------------


@pytest.fixture
def _own_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SELLERMAIL_MODEL", "SELLERMAIL_PROFILE"):
        monkeypatch.delenv(name, raising=False)


def write_rows(path: Path, names: list[str], encoding: str, delimiter: str = ",") -> Path:
    lines = [delimiter.join(["order_id", "buyer_name", "tracking_number", "carrier"])]
    lines += [delimiter.join([f"113-4567890-{n:07d}", name, "LX123456785CN", "DHL"])
              for n, name in enumerate(names)]  # fmt: skip
    path.write_bytes(encoded("\r\n".join(lines) + "\r\n", encoding))
    return path


@pytest.mark.usefixtures("_own_cache")
@pytest.mark.parametrize(
    ("encoding", "names"),
    [
        ("cp1252", ["Jürgen Weiß", "François Lefèvre", "Begoña Muñoz", "Niccolò Citté",
                    "Ørsted Ågård", "Zoë Brontë"]),
        ("cp1250", ["Łukasz Żółkiewski", "Małgorzata Wiśniewska", "Józef Gądek"]),
        ("gb18030", ["张伟", "王芳", "李娜"]),
        ("big5", ["陳怡君", "林志明"]),
        ("cp932", ["髙橋 さくら", "山田 花子"]),
        ("euc_jp", ["鈴木 はるか"]),
        ("utf-16-be", ["Zoë 张", "Jürgen Weiß"]),
    ],
)  # fmt: skip
def test_a_legacy_csv_keeps_its_accents_in_the_jsonl_output(
    run: Run, tmp_path: Path, encoding: str, names: list[str]
) -> None:
    source = write_rows(tmp_path / "in.csv", names, encoding, ";" if encoding == "cp1252" else ",")
    out = tmp_path / "out.jsonl"
    result = run("batch", str(source), "--out", str(out), "--scenario", "shipping-in-transit",
                 "--offline")  # fmt: skip
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    # Buyers are greeted by first name; a name in CJK characters stays whole.
    greeted = [
        name if any(char >= "\u2e80" for char in name) else name.split()[0] for name in names
    ]
    assert [row["text"].split("\n")[0] for row in rows] == [f"Hi {name}," for name in greeted]


def test_a_large_csv_is_sniffed_from_samples_not_read_whole(tmp_path: Path) -> None:
    """UTF-8 fails only near the end: the lines around that byte decide, and memory stays
    far below the file's size."""
    path = tmp_path / "big.csv"
    row = "113-4567890-1234567,Emily Stone,LX123456785CN,DHL\n"
    last = "113-0000000-0000001,Jürgen Größe,LX123456785CN,DHL\n"
    path.write_bytes(("order_id,buyer_name,tracking_number,carrier\n" + row * 100_000 + last)
                     .encode("cp1252"))  # fmt: skip
    assert path.stat().st_size > 70 * SAMPLE
    tracemalloc.start()
    try:
        encoding = sniff_encoding(path, where="input")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert encoding == "cp1252"
    assert peak < path.stat().st_size / 2
    with path.open(encoding=encoding) as file:
        assert file.readlines()[-1] == last


@pytest.mark.parametrize(
    ("data", "expected"),
    [(b"a,b\n1,2\n", "utf-8"), ("a,ü\n".encode("utf-8-sig"), "utf-8-sig"),
     ("a,ü\n".encode("utf-16"), "utf-16"), ("a,ü\n".encode("utf-16-le"), "utf-16-le"),
     ("a,b\n张伟,2\n".encode("gb18030"), "gb18030"), ("a,b\nGrüße,2\n".encode("cp1252"), "cp1252")],
)  # fmt: skip
def test_sniff_encoding_names_a_codec_that_reads_the_file(
    tmp_path: Path, data: bytes, expected: str
) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    assert sniff_encoding(path, where="input") == expected


def test_a_binary_csv_is_one_line_naming_it(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(b"\x00\x01\x02\x03" * 100)
    result = run("batch", str(path), "--out", str(tmp_path / "o.jsonl"), "--offline",
                 "--scenario", "shipping-in-transit")  # fmt: skip
    assert result.code == 2
    assert result.err.startswith(f"error: input {str(path)!r}: is not text in a supported")
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err


def test_the_sheet_names_are_their_own() -> None:
    assert SHEET_FORMATS[".csv"] == "csv" and SHEET_FORMATS[".xlsx"] == "xlsx"
    assert header_key(" \ufeffOrder-ID ") == "order_id"


# --- check drafts and facts files -----------------------------------------------------------

BUYER = "Jürgen Müller-Größe"
CHECK = ["check", "shipping-in-transit", "--set", "tracking_number=LX123456785CN",
         "--set", f"buyer_name={BUYER}"]  # fmt: skip


def draft_text() -> str:
    import sellermail

    facts = {"tracking_number": "LX123456785CN", "buyer_name": BUYER}
    return sellermail.render("shipping-in-transit", facts).text


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_a_legacy_draft_passes_check_with_its_accents(
    run: Run, tmp_path: Path, encoding: str
) -> None:
    text = draft_text()
    assert "–" in text  # "7–15 days": an en dash, which Windows-1252 has too
    draft = tmp_path / "draft.txt"
    draft.write_bytes(text.encode(encoding))
    assert read_text(draft, "draft") == text
    result = run(*CHECK, str(draft))
    assert (result.code, result.out) == (0, "ok: no violations\n")


def test_a_draft_on_standard_input_is_decoded_from_its_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = draft_text()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("cp1252"))))
    assert read_text("-", "draft") == text


def test_an_unreadable_draft_is_one_line_naming_it(run: Run, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_bytes(b"\x00\x01\x02\x03\x04")
    result = run(*CHECK, str(draft))
    assert result.code == 2
    assert result.err.startswith(f"error: draft {str(draft)!r}: is not text")
    assert len(result.err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("name", "content", "encoding", "expected"),
    [
        ("facts.yaml", "buyer_name: Jürgen Weiß\ncarrier: DHL\n", "cp1252",
         {"buyer_name": "Jürgen Weiß", "carrier": "DHL"}),
        ("facts.yaml", "buyer_name: François Lefèvre\nnote: déjà reçu\n", "latin-1",
         {"buyer_name": "François Lefèvre", "note": "déjà reçu"}),
        ("facts.yaml", "buyer_name: Łukasz Żółkiewski\n", "cp1250",
         {"buyer_name": "Łukasz Żółkiewski"}),
        ("facts.json", '{"buyer_name": "王芳", "carrier": "顺丰速运"}', "gb18030",
         {"buyer_name": "王芳", "carrier": "顺丰速运"}),
        ("facts.yaml", "buyer_name: 髙橋 さくら\n", "cp932", {"buyer_name": "髙橋 さくら"}),
        ("facts.yaml", "buyer_name: Begoña Muñoz\n", "utf-16", {"buyer_name": "Begoña Muñoz"}),
    ],
)  # fmt: skip
def test_a_facts_file_is_read_in_its_encoding(
    tmp_path: Path, name: str, content: str, encoding: str, expected: dict[str, Any]
) -> None:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    assert read_facts_file(path) == expected


def test_an_unreadable_facts_file_is_one_line_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_bytes(b"\x00\x00\x01binary")
    with pytest.raises(SellermailError, match=r"^facts file '.*facts\.yaml': is not text in"):
        read_facts_file(path)
    with pytest.raises(SellermailError, match=r"^facts file 'nope\.yaml': no such file$"):
        read_facts_file("nope.yaml")
    with pytest.raises(SellermailError, match=r"^facts file 'x': is a folder, not a file$"):
        read_text(tmp_path, "facts file 'x'")
