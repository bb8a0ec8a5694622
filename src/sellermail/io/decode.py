"""The one text decoder: bytes of unknown encoding (a message, a draft, a facts file, a CSV)
to text. Every input of sellermail is read through :func:`decode` or, for a CSV streamed row by
row, :func:`sniff_encoding`.

The rules, in order; the first that applies decides:

1. A byte-order mark: UTF-32, UTF-8, UTF-16 (the text after it must be plausible, below).
2. ISO-2022-JP escape sequences (the encoding is 7-bit, so it is valid UTF-8 too).
3. The declared charset (``hint``: an e-mail part's), read generously (GB2312 and GBK as
   GB18030, Shift_JIS as CP932, Big5 as CP950, ISO-8859-1 as CP1252), when the bytes fit it.
4. NUL bytes: UTF-16 without a mark when every other byte is NUL, else not text.
5. UTF-8; but bytes that read as Greek to NKo only (``谢谢`` is ``лл``) and as common Chinese
   in GB18030 are GB18030.
6. The readings in :data:`CANDIDATES` that decode strictly and are plausible (no control or
   private-use characters; one non-Latin script at most) are scored by how odd their characters
   are (below); Chinese readings drop out when a Japanese one is a fifth kana or more.
7. The least odd wins. A close call between Chinese or Japanese and Latin readings goes to
   ``charset-normalizer`` (limited to them); one it leaves open, or one among Latin readings
   only, to the first in :data:`CANDIDATES`. (Alone, charset-normalizer reads Italian and
   German as Windows-1250 and Polish as Windows-1252, even in long texts, and short Chinese
   as Big5.)

How odd: for Chinese, the 3,755 common characters of GB2312 (Big5: its 5,401) count 0, rarer
ones half, others (kana, a GBK character made with an ASCII letter) 1, and so does a character
stuck to Latin letters; for Japanese, kana and level-1 kanji count 0, and a text without kana
is a little odd. A Latin letter counts when it is not one of the languages' (German, French,
Spanish, Italian, Polish …) or stands where they never put it (``ê`` ending a word, ``ñ``
before a consonant, a word of three accented letters and nothing else); signs (``€ ¿ £ °``)
when out of place. Latin-1 is no candidate: where it differs from Windows-1252 it gives
control characters; nor is EUC-KR: Chinese bytes read as Korean too well (a declared one is
read).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cache
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from sellermail.errors import SellermailError

#: The legacy encodings guessed, in order of preference (a tie goes to the first).
CANDIDATES = ("gb18030", "cp1252", "cp932", "cp950", "euc_jp", "cp1250", "iso8859_15")
#: The encodings named in an error.
SUPPORTED = ("UTF-8, UTF-16, GB18030 (GBK), Big5, Shift_JIS, EUC-JP, ISO-2022-JP, "
             "Windows-1252 (Latin-1) or Windows-1250")  # fmt: skip
_NOT_TEXT = f"is not text in a supported encoding ({SUPPORTED})"
#: How much of a file is looked at once UTF-8 has failed (twice: its start and where it failed).
SAMPLE = 1 << 16

_LATIN = ("cp1252", "cp1250", "iso8859_15")
_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
    "euc-cn": "gb18030", "gb_2312-80": "gb18030", "big5": "cp950", "x-big5": "cp950",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "ms932": "cp932", "windows-31j": "cp932", "iso-2022-jp": "iso2022_jp_2",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "iso-8859-1": "cp1252", "latin-1": "cp1252",
    "latin1": "cp1252", "us-ascii": "utf-8", "ascii": "utf-8",
}  # fmt: skip
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip
_JIS_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b$(D")
#: Characters no text has: C0 and C1 controls (tab, line ends and form feed aside), private use.
#: These wide classes take milliseconds to compile: :func:`_compiled` on first use.
_CONTROL = "[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff]"
#: Scripts of which a text uses one at most (Greek and Cyrillic are in the CJK encodings).
_SCRIPTS = (
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]",  # Hebrew, Arabic
    "[\u0900-\u0dff]",  # Indic
    "[\u0e00-\u0eff]",  # Thai, Lao
    "[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]",  # CJK, Hangul
)
_HAN_OR_KANA = "[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTER = re.compile("[A-Za-z]")
#: Two-byte UTF-8 sequences that short GB2312 Chinese can form: Greek to NKo.
_TWO_BYTE = re.compile("[\u0370-\u07ff]")
_NOT_TWO_BYTE = re.compile("[^\x00-\x7f\u0370-\u07ff]")
_KANA = re.compile("[\u3040-\u30ff]")
#: A word of three letters or more, none of them ASCII: CJK bytes read as Latin.
_FOREIGN_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_\x00-\x7f]{3,}(?![^\W\d_])")
_SHARED = "áâäçéëíîóôöúüýßÁÂÄÇÉËÍÎÓÔÖÚÜÝ"
#: The letters of the languages each Latin candidate is for.
_LETTERS = {
    "cp1252": frozenset(_SHARED + "àãåèêìïñòõøùûœÀÃÅÈÊÌÏÑÒÕØÙÛŒ"),
    "cp1250": frozenset(_SHARED + "ąćęłńśźżĄĆĘŁŃŚŹŻšžŠŽ"),
    "iso8859_15": frozenset(_SHARED + "àãåèêìïñòõøùûœÀÃÅÈÊÌÏÑÒÕØÙÛŒšžŠŽ"),
}
_SIGNS = frozenset("€„“”‘’‚…–—•«»©®™§·\u00a0")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text and the encoding it was read in: a Python codec name, so that
    ``open(path, encoding=decoded.encoding)`` reads the same text."""

    text: str
    encoding: str


def codec_for(charset: str | None) -> str | None:
    """The codec to read a declared ``charset`` with (read generously), or ``None`` for none
    or an unknown one."""
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def decode(data: bytes, *, hint: str | None = None, where: str = "input") -> Decoded:
    """``data`` as text by the rules of the module docstring; bytes that are not text in a
    supported encoding are a :class:`SellermailError` naming ``where``."""
    found = guess(data, hint=hint)
    if found is None:
        raise SellermailError(f"{where}: {_NOT_TEXT}")
    return found


def guess(data: bytes, *, hint: str | None = None) -> Decoded | None:
    """:func:`decode`, or ``None`` when the bytes are not text in a supported encoding."""
    if data.startswith(tuple(bom for bom, _ in _BOMS)):
        if marked := _by_bom(data):
            return marked
        if not data.startswith(codecs.BOM_UTF8):
            return None
        data = data[len(codecs.BOM_UTF8) :]
    jis = b"\x1b" in data and any(escape in data for escape in _JIS_ESCAPES)
    if jis and (text := _strict(data, "iso2022_jp_2")) is not None:
        return Decoded(text, "iso2022_jp_2")
    declared = codec_for(hint)
    if declared and (text := _strict(data, declared)) is not None:
        return Decoded(text, declared)
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        text = _strict(data, utf16) if utf16 else None
        return Decoded(text, utf16) if utf16 and text and _plausible(text) else None
    if (text := _strict(data, "utf-8")) is not None:
        if not text.isascii() and _TWO_BYTE.search(text) and not _NOT_TWO_BYTE.search(text):
            chinese = _strict(data, "gb18030")  # 谢谢 is valid UTF-8 too: "лл"
            if chinese and _plausible(chinese) and oddness(chinese, "gb18030") == 0:
                return Decoded(chinese, "gb18030")
        return Decoded(text, "utf-8")
    if len(data) > 2 * SAMPLE:  # choose on a sample, then read the whole
        chosen = _legacy(data[:SAMPLE], final=False)
        if chosen and (text := _strict(data, chosen.encoding)) is not None:
            return Decoded(text, chosen.encoding)
    return _legacy(data)


def sniff_encoding(path: Path, *, where: str) -> str:
    """The encoding of a large text file (a CSV), to read it row by row: its start, a check
    that it is UTF-8 read in chunks, and when it is not, a sample of its start and of the lines
    where UTF-8 failed, chosen from by :func:`decode`'s rules. The file is never read whole."""
    try:
        with path.open("rb") as file:
            head = file.read(SAMPLE)
            whole = len(head) < SAMPLE
            if marked := _by_bom(head, final=whole):
                return marked.encoding
            if b"\x00" in head:
                utf16 = _utf16_without_bom(head)
                if utf16 and (text := _strict(head, utf16, final=whole)) and _plausible(text):
                    return utf16
                raise SellermailError(f"{where}: {_NOT_TEXT}; save it as UTF-8")
            if any(escape in head for escape in _JIS_ESCAPES):
                return "iso2022_jp_2"
            bad = _first_non_utf8(head, file)
            if bad is None:
                return "utf-8"
            sample = _whole_lines(head, start=0, end=whole)
            if bad >= len(head):
                file.seek(max(0, bad - SAMPLE // 2))
                window = file.read(SAMPLE)
                sample += b"\n" + _whole_lines(window, bad - SAMPLE // 2, len(window) < SAMPLE)
    except OSError as exc:
        raise SellermailError(f"{where}: cannot be read ({exc.strerror})") from None
    found = _legacy(sample.removeprefix(codecs.BOM_UTF8), final=False)
    if found is None:
        raise SellermailError(f"{where}: {_NOT_TEXT}; save it as UTF-8")
    return found.encoding


def _by_bom(data: bytes, *, final: bool = True) -> Decoded | None:
    """The text after a byte-order mark, when there is one and the text fits it."""
    codec = next((codec for bom, codec in _BOMS if data.startswith(bom)), None)
    text = _strict(data, codec, final=final) if codec else None
    if codec is None or text is None or not (codec == "utf-8-sig" or _plausible(text)):
        return None
    return Decoded(text, codec)


def _first_non_utf8(head: bytes, file: BinaryIO) -> int | None:
    """Where the bytes stop being UTF-8 (``head``, then the rest of ``file``, in chunks)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    at = 0
    chunk = head
    while chunk:
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            return max(0, at + exc.start - len(exc.object) + len(chunk))
        at += len(chunk)
        chunk = file.read(1 << 20)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return at
    return None


def _whole_lines(chunk: bytes, start: int, end: bool) -> bytes:
    """``chunk`` without a partial first line (unless it starts the file, ``start`` 0) and
    without a partial last line (unless it ends the file)."""
    if start > 0 and b"\n" in chunk:
        chunk = chunk[chunk.index(b"\n") + 1 :]
    if not end and b"\n" in chunk:
        chunk = chunk[: chunk.rindex(b"\n") + 1]
    return chunk


def _strict(data: bytes, codec: str, *, final: bool = True) -> str | None:
    """``data`` decoded in ``codec``, or ``None``; an incomplete last character is left out
    unless ``final``."""
    try:
        return data.decode(codec) if final else codecs.getincrementaldecoder(codec)().decode(data)
    except (LookupError, UnicodeError, ValueError):  # "base64" is a codec, not an encoding
        return None


def _plausible(text: str) -> bool:
    scripts = sum(1 for script in _SCRIPTS if _compiled(script).search(text))
    return scripts <= 1 and not _compiled(_CONTROL).search(text)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when one byte of each pair is NUL (mostly ASCII text)."""
    if len(data) < 4:
        return None
    pairs = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= 0.6 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _legacy(data: bytes, *, final: bool = True) -> Decoded | None:
    """The best reading among :data:`CANDIDATES` (rules 6 and 7)."""
    readings: dict[str, str] = {}
    for codec in CANDIDATES:
        text = _strict(data, codec, final=final)
        if text is not None and _plausible(text):
            readings[codec] = text
    if any(_kana_ratio(readings.get(codec, "")) >= 0.2 for codec in ("cp932", "euc_jp")):
        readings.pop("gb18030", None)  # Japanese: EUC-JP's kana are common Big5 characters
        readings.pop("cp950", None)
    seen: set[str] = set()
    for codec, text in list(readings.items()):  # the same text: the first name
        if text in seen:
            del readings[codec]
        seen.add(text)
    if len(readings) <= 1:
        return next((Decoded(t, c) for c, t in readings.items()), None)
    scores = {codec: oddness(text, codec) for codec, text in readings.items()}
    best = min(scores.values())
    close = [codec for codec, score in scores.items() if score <= best + 0.05]
    latin = [codec in _LATIN for codec in close]
    if any(latin) and not all(latin):
        close = _judge(data, close)
    return Decoded(readings[close[0]], close[0])


def _kana_ratio(text: str) -> float:
    return len(_KANA.findall(text)) / max(1, len(_NON_ASCII.findall(text)))


def _judge(data: bytes, close: list[str]) -> list[str]:
    """``close`` with charset-normalizer's choice among them first."""
    from charset_normalizer import from_bytes

    try:
        match = from_bytes(data, cp_isolation=close).best()
    except (LookupError, UnicodeError, ValueError):  # its own trouble: the order stands
        return close
    if match is None or match.encoding not in close:
        return close
    return [match.encoding, *(codec for codec in close if codec != match.encoding)]


def oddness(text: str, codec: str) -> float:
    """How odd ``text`` is as a reading in ``codec`` (see the module docstring): 0 for all
    its non-ASCII characters at home, 1 for none. The first 4,000 of them are looked at."""
    found = list(islice(_NON_ASCII.finditer(text), 4000))
    if not found:
        return 0.0
    count, sample = len(found), text[: found[-1].end() + 40]  # some context after the last
    if codec in _LATIN:
        return _latin_oddness(sample, _LETTERS[codec]) / count
    japanese = codec in ("cp932", "euc_jp")
    common, rarer = _cjk_table("jis" if japanese else codec)
    total = 0.25 * count if japanese and not _KANA.search(sample) else 0.0
    if not _compiled(_HAN_OR_KANA).search(sample):  # ¡Gracias! read as Big5: "：racias!"
        total += 0.5 * count
    for match in _NON_ASCII.finditer(sample):
        char, at = match[0], match.start()
        glued = bool(_ASCII_LETTER.match(sample, at - 1)) + bool(
            _ASCII_LETTER.match(sample, at + 1)
        )  # przesyłka, Łukasz read as Big5: characters inside Latin words
        odd = 0.0 if char in common else 0.5 if char in rarer else 1.0
        total += min(1.0, odd + glued / 2)
    return total / count


def _latin_oddness(text: str, letters: frozenset[str]) -> float:
    foreign = {i for m in _FOREIGN_WORD.finditer(text) for i in range(m.start(), m.end())}
    total = 0.0
    for match in _NON_ASCII.finditer(text):
        at, char = match.start(), match[0]
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if at in foreign:
            total += 1
        elif char.isalpha():
            total += _odd_letter(char, before, after, letters)
        elif char not in _SIGNS:
            total += _odd_sign(text, at, before, after)
        elif char != "\u00a0" and not (before.isascii() or before.isspace()):
            total += not (after.isascii() or after.isspace())  # »»Ò»žö: 换一个 as Latin-9
    return total


def _odd_letter(char: str, before: str, after: str, letters: frozenset[str]) -> float:
    if char in "ºª":  # 1º, Nº
        return 0.0 if before.isdigit() or before in "Nn" else 1.0
    if char not in letters:
        return 1.0
    if char.islower() and after.isupper():  # żDónde: "¿Dónde" read as Windows-1250
        return 1.0
    if char == "ê" and not after.isalpha():  # dziękuję read as Windows-1252
        return 1.0
    if char in "ñÑ" and after not in "aeiouAEIOU":  # dzień, Gdańsk; año, mañana
        return 1.0
    if char in "œŒ" and after not in "uUiI":  # œuvre, œil; not "jeœli"
        return 1.0
    return 0.0


def _odd_sign(text: str, at: int, before: str, after: str) -> float:
    char = text[at]
    if char in "¿¡":
        return 0.0 if not before.isalnum() and (after.isalnum() or after in "¿¡\"'«“") else 1.0
    if char in "£¥°×½":  # £25, 25 °C, 30×40; not £ukasz
        near = text[max(0, at - 2) : at + 3]
        return 0.0 if re.search(rf"\d\s?{char}|{char}\s?\d", near) else 1.0
    if char in "²³":  # m², cm³
        return 0.0 if before.isalnum() and not after.isalpha() else 1.0
    return 1.0


@cache
def _cjk_table(codec: str) -> tuple[frozenset[str], frozenset[str]]:
    """The common and the rarer characters of a Chinese or Japanese reading."""
    low, high = range(0x40, 0x7F), range(0xA1, 0xFF)
    if codec == "gb18030":  # GB2312: symbols, level 1, then more symbols and level 2
        return (_chars("gb2312", [*range(0xA1, 0xA4), *range(0xB0, 0xD8)], high),
                _chars("gb2312", [*range(0xA6, 0xAA), *range(0xD8, 0xF8)], high))  # fmt: skip
    if codec == "cp950":  # Big5: symbols and common characters, then Greek, bopomofo, the rest
        both = [*low, *high]
        return (_chars("cp950", [0xA1, 0xA2, *range(0xA4, 0xC6)], both)
                | _chars("cp950", [0xC6], low),
                _chars("cp950", [0xA3, *range(0xC9, 0xFA)], both))  # fmt: skip
    # JIS X 0208: symbols, kana and level 1 (and NEC's circled numbers), then the rest
    return (_chars("euc_jp", [*range(0xA1, 0xA6), *range(0xB0, 0xD0)], high)
            | _chars("cp932", [0x87], range(0x40, 0x9D)),
            _chars("euc_jp", [*range(0xA6, 0xA9), *range(0xD0, 0xF5)], high)
            | _chars("cp932", [0xED, 0xEE, 0xFA, 0xFB, 0xFC], [*low, *range(0x80, 0xFD)])
            | frozenset(map(chr, range(0xFF61, 0xFFA0))))  # fmt: skip


def _chars(codec: str, leads: range | list[int], trails: range | list[int]) -> frozenset[str]:
    """The characters of every ``lead trail`` pair that ``codec`` has."""
    blob = b"\n".join(bytes((lead, trail)) for lead in leads for trail in trails)
    return frozenset(blob.decode(codec, "replace")) - {"\n", "\ufffd"}
