"""Hidden details are removed from real files built in memory; the rest stays intact."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from app import metadata_codes as codes
from app.metadata import NO_REMOVAL, NOTHING_TO_REMOVE, sniff_media_type, strip_metadata

# ----------------------------------------------------------------------------- JPEG


def _encode_jpeg() -> bytes:
    image = QImage(16, 12, QImage.Format.Format_RGB32)
    for x in range(16):
        for y in range(12):
            image.setPixelColor(x, y, QColor(x * 15, y * 20, 128))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG", 90)
    return bytes(buffer.data().data())


def _exif_with_gps() -> bytes:
    """A little-endian TIFF block: IFD0 with Make and a GPS pointer, a GPS IFD with latitude."""
    make = b"SpyPhone\x00"
    ifd0_offset = 8
    ifd0 = struct.pack("<H", 2)
    make_offset = ifd0_offset + 2 + 2 * 12 + 4
    gps_offset = make_offset + len(make)
    ifd0 += struct.pack("<HHII", 0x010F, 2, len(make), make_offset)
    ifd0 += struct.pack("<HHII", 0x8825, 4, 1, gps_offset)
    ifd0 += struct.pack("<I", 0)
    gps = struct.pack("<H", 1) + struct.pack("<HHI4s", 0x0001, 2, 2, b"N\x00\x00\x00")
    gps += struct.pack("<I", 0)
    tiff = b"II*\x00" + struct.pack("<I", ifd0_offset) + ifd0 + make + gps
    return b"Exif\x00\x00" + tiff


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _jpeg_with_metadata() -> tuple[bytes, bytes]:
    clean = _encode_jpeg()
    extra = (
        _segment(0xE1, _exif_with_gps())
        + _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>Author: Ivan</x:xmpmeta>")
        + _segment(0xED, b"Photoshop 3.0\x008BIM\x04\x04 place: Saratov")
        + _segment(0xFE, b"taken at the border post")
    )
    return clean[:2] + extra + clean[2:], clean


def _decode(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(QByteArray(data), "JPEG")
    return image


def test_jpeg_exif_gps_xmp_iptc_and_comments_are_removed() -> None:
    dirty, clean = _jpeg_with_metadata()
    result = strip_metadata(dirty)
    assert result.media_type == "image/jpeg"
    for secret in (b"SpyPhone", b"Exif", b"Author: Ivan", b"Saratov", b"border post"):
        assert secret in dirty and secret not in result.data
    assert result.data == clean  # only the added segments went; JFIF header and image stay
    assert set(result.removed) == {codes.EXIF_GPS, codes.XMP_EDITING, codes.IPTC, codes.COMMENT}


def test_jpeg_still_decodes_to_the_same_pixels() -> None:
    dirty, _ = _jpeg_with_metadata()
    before, after = _decode(dirty), _decode(strip_metadata(dirty).data)
    assert before.size() == after.size()
    assert all(before.pixel(x, y) == after.pixel(x, y) for x in range(16) for y in range(12))


def test_a_clean_jpeg_is_unchanged_and_says_so() -> None:
    clean = _encode_jpeg()
    result = strip_metadata(clean)
    assert result.data == clean and result.removed == [NOTHING_TO_REMOVE]


@pytest.mark.parametrize("cut", [3, 10, 30, 200, -40])
def test_a_truncated_jpeg_is_kept_with_a_note(cut: int) -> None:
    dirty, _ = _jpeg_with_metadata()
    result = strip_metadata(dirty[:cut])
    assert result.media_type == "image/jpeg"
    assert codes.DAMAGED_IMAGE in result.removed
    if cut > 200 or cut < 0:
        assert b"SpyPhone" not in result.data  # cleaned as far as parsing went


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xd8\xff",
        b"\xff\xd8\xff\xe1\xff\xff" + b"A" * 10,  # segment longer than the file
        b"\xff\xd8\xff\xe0\x00\x01",  # impossible length
        b"\xff\xd8\x00\x00\x00",  # no marker where one must be
        b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00MM\x00*\xff\xff\xff\xff" + b"\xff\xd9",
    ],
)
def test_malformed_jpegs_never_crash(data: bytes) -> None:
    result = strip_metadata(data)
    assert result.removed and b"Exif" not in result.data[2:6]


# ----------------------------------------------------------------------------- PNG


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png(extra: bytes = b"") -> bytes:
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    pixels = _chunk(b"IDAT", zlib.compress(b"\x00\x80"))
    return b"\x89PNG\r\n\x1a\n" + header + extra + pixels + _chunk(b"IEND", b"")


def test_png_text_time_and_exif_chunks_are_removed() -> None:
    extra = (
        _chunk(b"tEXt", b"Author\x00Ivan Petrov")
        + _chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"near Saratov"))
        + _chunk(b"iTXt", b"Location\x00\x00\x00\x00\x00Astana")
        + _chunk(b"tIME", b"\x07\xe8\x01\x01\x00\x00\x00")
        + _chunk(b"eXIf", b"MM\x00*GPS")
    )
    dirty = _png(extra)
    result = strip_metadata(dirty)
    assert result.data == _png()
    assert b"Ivan" not in result.data and b"Astana" not in result.data
    assert result.removed == ["text-notes:Author, Comment, Location", codes.PNG_TIME,
                              codes.PNG_EXIF]  # fmt: skip
    image = QImage()
    assert image.loadFromData(QByteArray(result.data), "PNG") and image.width() == 1


def test_truncated_png_is_kept_with_a_note() -> None:
    dirty = _png(_chunk(b"tEXt", b"Author\x00Ivan"))
    result = strip_metadata(dirty[:-20])
    assert b"Ivan" not in result.data
    assert codes.DAMAGED_IMAGE in result.removed
    assert strip_metadata(b"\x89PNG\r\n\x1a\n\x00\x00").removed[-1] == codes.DAMAGED_IMAGE


# ----------------------------------------------------------------------------- PDF


def _pdf(info: bytes, extra_objects: bytes = b"") -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        b"3 0 obj\n"
        + info
        + b"\nendobj\n"
        + extra_objects
        + b"trailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n"
    )


def test_pdf_info_values_are_blanked_in_place() -> None:
    info = (
        b"<< /Author (Ivan \\(Vanya\\) Petrov) /Creator (Word) /Producer <4D6163> "
        b"/Title (Case (nested) notes) /Subject () /Keywords (desertion) /Pages 2 0 R >>"
    )
    dirty = _pdf(info)
    result = strip_metadata(dirty)
    assert result.media_type == "application/pdf"
    assert len(result.data) == len(dirty)  # offsets in the xref table stay valid
    for secret in (b"Ivan", b"Vanya", b"Word", b"4D6163", b"nested", b"desertion"):
        assert secret not in result.data
    assert b"/Author (" in result.data and b"/Pages 2 0 R >>" in result.data
    assert result.removed == ["details:author,creator-program,producer-program,title,keywords"]


def test_pdf_xmp_packet_is_blanked() -> None:
    xmp = (
        b"4 0 obj\n<< /Type /Metadata /Subtype /XML /Length 60 >>\nstream\n"
        b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>Ivan</dc:creator></x:xmpmeta>"
        b"\nendstream\nendobj\n"
    )
    dirty = _pdf(b"<< >>", xmp)
    result = strip_metadata(dirty)
    assert b"Ivan" not in result.data and len(result.data) == len(dirty)
    assert result.removed == [codes.PDF_XMP]


def test_pdf_with_compressed_parts_says_it_could_not_be_sure() -> None:
    dirty = _pdf(
        b"<< /Author (Ivan) >>", b"5 0 obj\n<< /Type /ObjStm /Filter /FlateDecode >>\nendobj\n"
    )
    result = strip_metadata(dirty)
    assert b"Ivan" not in result.data
    assert codes.PDF_UNSURE in result.removed


@pytest.mark.parametrize("data", [b"%PDF-", b"%PDF-1.4 /Author (unclosed", b"%PDF-1.4 /Title <abc"])
def test_malformed_pdfs_never_crash(data: bytes) -> None:
    result = strip_metadata(data)
    assert result.media_type == "application/pdf" and len(result.data) == len(data)


# ----------------------------------------------------------------------------- Office / ODF

CORE = (
    b'<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y">'
    b"<dc:title>Statement</dc:title><dc:creator>Ivan Petrov</dc:creator>"
    b"<cp:lastModifiedBy>Aigerim K.</cp:lastModifiedBy></cp:coreProperties>"
)
APP = b"<Properties><Company>Satchel Legal LLP</Company><Pages>1</Pages></Properties>"
BODY = b"<w:document><w:body>Ya ne hochu voevat</w:body></w:document>"


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return out.getvalue()


def _docx() -> bytes:
    return _zip(
        {"[Content_Types].xml": b"<Types/>", "docProps/core.xml": CORE,
         "docProps/app.xml": APP, "word/document.xml": BODY}
    )  # fmt: skip


def test_docx_author_editor_and_company_are_removed() -> None:
    result = strip_metadata(_docx())
    assert result.media_type.endswith("wordprocessingml.document")
    with zipfile.ZipFile(io.BytesIO(result.data)) as archive:
        core, app = archive.read("docProps/core.xml"), archive.read("docProps/app.xml")
        assert archive.read("word/document.xml") == BODY
        assert archive.testzip() is None
    assert b"Ivan" not in core and b"Aigerim" not in core and b"Satchel Legal" not in app
    assert b"<dc:title>Statement</dc:title>" in core and b"<dc:creator></dc:creator>" in core
    assert result.removed == ["details:author,last-editor,company"]


def test_odt_creators_are_removed_and_mimetype_kept() -> None:
    meta = (
        b"<office:meta><meta:initial-creator>Ivan</meta:initial-creator>"
        b"<dc:creator>Oleg</dc:creator><meta:printed-by>Printer Guy</meta:printed-by></office:meta>"
    )
    odt = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "meta.xml": meta,
                "content.xml": b"<office:text>Hello</office:text>"})  # fmt: skip
    result = strip_metadata(odt)
    assert result.media_type == "application/vnd.oasis.opendocument.text"
    with zipfile.ZipFile(io.BytesIO(result.data)) as archive:
        assert archive.namelist()[0] == "mimetype"
        cleaned = archive.read("meta.xml")
        assert archive.read("content.xml") == b"<office:text>Hello</office:text>"
    assert b"Ivan" not in cleaned and b"Oleg" not in cleaned and b"Printer" not in cleaned
    assert result.removed == ["details:original-author,author,printed-by"]


def test_docx_with_a_corrupt_part_is_kept_unchanged_with_a_note() -> None:
    docx = bytearray(_docx())
    start = docx.index(b"word/document.xml") + len(b"word/document.xml")
    docx[start + 5] ^= 0xFF  # damage the compressed body: its checksum no longer matches
    result = strip_metadata(bytes(docx))
    assert result.data == bytes(docx)
    assert result.removed == [codes.DAMAGED_DOCUMENT]


def test_docx_cut_short_is_stored_as_an_unknown_file() -> None:
    broken = _docx()[:-30]
    result = strip_metadata(broken)
    assert (result.data, result.media_type, result.removed) == (
        broken,
        "application/zip",
        [NO_REMOVAL],
    )


# ----------------------------------------------------------------------------- others


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (b"GIF89a\x01\x00", "image/gif"),
        (b"hello, plain text \xd0\x9f", "text/plain"),
        (b"\x00\x01\x02binary", "application/octet-stream"),
        (b"PK\x03\x04not really a zip", "application/zip"),
        (b"", "text/plain"),
    ],
)
def test_other_files_are_stored_as_they_are(data: bytes, media_type: str) -> None:
    result = strip_metadata(data)
    assert result.data == data and result.media_type == media_type
    assert result.removed == [NO_REMOVAL]


def test_media_type_is_sniffed_from_bytes_not_names() -> None:
    assert sniff_media_type(_encode_jpeg()) == "image/jpeg"
    assert sniff_media_type(_png()) == "image/png"
    assert sniff_media_type(_docx()).endswith("wordprocessingml.document")


# ----------------------------------------------------------------------------- the codes


def test_every_code_the_stripper_makes_is_a_known_code() -> None:
    for code in [*codes.ENGLISH, "details:author,title", "text-notes:Author, Comment"]:
        assert codes.is_code(code), code
    for bad in ["", "details:", "details:author,author", "details:name", "text-notes:\x1b[2J",
                "text-notes:" + "x" * 201, "exif:gps", "no such code", 3, None]:  # fmt: skip
        assert not codes.is_code(bad), bad


def test_sentences_of_earlier_versions_become_codes() -> None:
    for code, english in codes.ENGLISH.items():
        assert codes.from_legacy(english) == code
        assert codes.english(code) == english
    legacy = "document details: author, program that created it, last person who edited it"
    assert codes.from_legacy(legacy) == "details:author,creator-program,last-editor"
    assert codes.english("details:author,creator-program,last-editor") == legacy
    assert codes.from_legacy("text notes (Author, Comment)") == "text-notes:Author, Comment"
    assert codes.from_legacy("document details: the janitor") is None
    assert codes.from_legacy("something else entirely") is None
    assert codes.from_legacy(codes.EXIF) == codes.EXIF
