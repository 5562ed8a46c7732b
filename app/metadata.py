"""Removing hidden details from files before they enter the vault, in memory only.

A photo taken on a phone carries the GPS position where it was taken; a Word document
carries the name of whoever wrote it. If a vault or a bundle leaks, those details can lead
to people. :func:`strip_metadata` removes what it safely can from JPEG, PNG, PDF, Office
(DOCX/XLSX/PPTX) and OpenDocument files and says what it removed, as codes the screens
put into words (:mod:`app.metadata_codes`); other kinds of file are kept as they are, and
it says so. Everything happens on bytes in memory:
nothing touches the disk.

A damaged file never makes this fail: it is kept (cleaned as far as parsing went) and the
note says that some details may remain. This is a choice: refusing a damaged document
would leave a lawyer unable to keep the only copy of, say, a partly corrupted scan, while
the vault and bundles are encrypted anyway; the note tells the user plainly that hidden
details may remain, so they can decide before sharing it. Whatever the parsers meet
(``zlib.error``, compression methods or zip versions Python cannot read, encrypted
entries, recursion, arithmetic on absurd offsets), :func:`strip_metadata` answers with a
:class:`CleanedFile`, never an exception; the reliability tests fuzz it.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass

from app import metadata_codes as codes

NOTHING_TO_REMOVE = codes.NOTHING
NO_REMOVAL = codes.UNSUPPORTED
UNCHECKED = codes.UNCHECKED
MAX_OFFICE_UNPACKED = 512 * 1024 * 1024

# What Python's zip and zlib code raise on damaged or unusual archives: a bad header or
# CRC, a compression method or zip version it cannot read (NotImplementedError), an
# encrypted entry (RuntimeError), a corrupt deflate stream (zlib.error), and more.
_ZIP_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, KeyError,
    NotImplementedError, RuntimeError, zlib.error, struct.error, OverflowError, IndexError,
)  # fmt: skip

_OFFICE_TYPES = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


@dataclass(frozen=True)
class CleanedFile:
    """A file after cleaning: its bytes, its sniffed media type and what was removed (codes
    of :mod:`app.metadata_codes`)."""

    data: bytes
    media_type: str
    removed: list[str]


class _Damaged(Exception):
    """Parsing stopped at a damaged spot; ``kept`` is the cleaned output up to there."""

    def __init__(self, kept: bytes) -> None:
        super().__init__("damaged")
        self.kept = kept


# ----------------------------------------------------------------------------- sniffing


def sniff_media_type(data: bytes) -> str:
    """The media type of ``data`` judged by its first bytes (never by the file name)."""
    head = data[:64]
    simple = (
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"%PDF-", "application/pdf"),
        (b"GIF87a", "image/gif"),
        (b"GIF89a", "image/gif"),
        (b"ID3", "audio/mpeg"),
        (b"OggS", "audio/ogg"),
    )
    for magic, media_type in simple:
        if head.startswith(magic):
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        return "image/heic" if head[8:12] in (b"heic", b"heix", b"mif1") else "video/mp4"
    if head.startswith(b"PK\x03\x04"):
        return _zip_media_type(data)
    return _text_or_binary(data)


def _zip_media_type(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _archive_media_type(archive)
    except _ZIP_ERRORS:
        return "application/zip"


def _archive_media_type(archive: zipfile.ZipFile) -> str:
    names = archive.namelist()
    if "mimetype" in names:
        declared = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
        if re.fullmatch(r"application/vnd\.oasis\.opendocument\.[a-z.-]+", declared):
            return declared
    if "[Content_Types].xml" in names:
        for folder, media_type in _OFFICE_TYPES.items():
            if any(name.startswith(folder) for name in names):
                return media_type
    return "application/zip"


def _text_or_binary(data: bytes) -> str:
    sample = data[:4096]
    if b"\x00" in sample:
        return "application/octet-stream"
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:  # not just a character cut at the sample's end
            return "application/octet-stream"
    return "text/plain"


# ----------------------------------------------------------------------------- entry point


def strip_metadata(data: bytes) -> CleanedFile:
    """Remove hidden details where the format allows; never raises on damaged input.

    A file the cleaners cannot walk is stored unchanged with the :data:`UNCHECKED` note
    (see the module docstring for why it is kept rather than refused).
    """
    try:
        return _strip(data)
    except (MemoryError, RecursionError, *_ZIP_ERRORS, TypeError, ArithmeticError, LookupError):
        try:
            media_type = sniff_media_type(data)
        except Exception:
            media_type = "application/octet-stream"
        return CleanedFile(data, media_type, [UNCHECKED])


def _strip(data: bytes) -> CleanedFile:
    media_type = sniff_media_type(data)
    cleaners = {
        "image/jpeg": _clean_jpeg,
        "image/png": _clean_png,
        "application/pdf": _clean_pdf,
    }
    cleaner = cleaners.get(media_type)
    if cleaner is None and _is_document_zip(media_type):
        cleaner = _clean_zip_document
    if cleaner is None:
        return CleanedFile(data, media_type, [NO_REMOVAL])
    cleaned, removed = cleaner(data)
    return CleanedFile(cleaned, media_type, removed or [NOTHING_TO_REMOVE])


def _is_document_zip(media_type: str) -> bool:
    return media_type in _OFFICE_TYPES.values() or media_type.startswith(
        "application/vnd.oasis.opendocument."
    )


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


# ----------------------------------------------------------------------------- JPEG

_JPEG_DROP = {0xE1, 0xED, 0xFE}  # APP1 (EXIF, XMP), APP13 (IPTC/Photoshop), COM


def _clean_jpeg(data: bytes) -> tuple[bytes, list[str]]:
    removed: list[str] = []
    try:
        cleaned = _walk_jpeg(data, removed)
    except _Damaged as damaged:
        return damaged.kept, [*_unique(removed), codes.DAMAGED_IMAGE]
    return cleaned, _unique(removed)


def _walk_jpeg(data: bytes, removed: list[str]) -> bytes:
    """Copy the JPEG segment by segment, leaving out metadata segments.

    Image data (everything after each start-of-scan header) is copied byte for byte, so the
    picture decodes exactly as before.
    """
    out = bytearray(data[:2])
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF or pos + 1 >= len(data):
            raise _Damaged(bytes(out) + data[pos:])
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xD9:  # end of image: keep it and anything the camera appended
            out += data[pos:]
            return bytes(out)
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            out += data[pos : pos + 2]
            pos += 2
            continue
        pos = _jpeg_segment(data, pos, marker, out, removed)
    raise _Damaged(bytes(out))


def _jpeg_segment(data: bytes, pos: int, marker: int, out: bytearray, removed: list[str]) -> int:
    length = int.from_bytes(data[pos + 2 : pos + 4], "big")
    end = pos + 2 + length
    if length < 2 or end > len(data):
        kept = bytes(out) if marker in _JPEG_DROP else bytes(out) + data[pos:]
        if marker in _JPEG_DROP:
            removed.append(_describe_jpeg_segment(marker, data[pos + 4 :]))
        raise _Damaged(kept)
    if marker in _JPEG_DROP:
        removed.append(_describe_jpeg_segment(marker, data[pos + 4 : end]))
    else:
        out += data[pos:end]
    if marker == 0xDA:  # start of scan: entropy-coded data runs to the next real marker
        scan_end = _end_of_scan(data, end)
        out += data[end:scan_end]
        return scan_end
    return end


def _end_of_scan(data: bytes, pos: int) -> int:
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            return len(data)
        following = data[pos + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            pos += 1
            continue
        return pos


def _describe_jpeg_segment(marker: int, payload: bytes) -> str:
    if marker == 0xFE:
        return codes.COMMENT
    if marker == 0xED:
        return codes.IPTC
    if payload.startswith(b"Exif\x00"):
        return codes.EXIF_GPS if _exif_has_gps(payload[6:]) else codes.EXIF
    if payload.startswith(b"http://ns.adobe.com/xap/"):
        return codes.XMP_EDITING
    return codes.APP1


def _exif_has_gps(tiff: bytes) -> bool:
    """True if the EXIF block's first directory points to GPS information (tag 0x8825)."""
    if tiff[:2] == b"II":
        order = "little"
    elif tiff[:2] == b"MM":
        order = "big"
    else:
        return False
    offset = int.from_bytes(tiff[4:8], order)  # type: ignore[arg-type]
    count = int.from_bytes(tiff[offset : offset + 2], order)  # type: ignore[arg-type]
    for index in range(min(count, 512)):
        start = offset + 2 + 12 * index
        if int.from_bytes(tiff[start : start + 2], order) == 0x8825:  # type: ignore[arg-type]
            return True
    return False


# ----------------------------------------------------------------------------- PNG

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_DROP = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}


def _clean_png(data: bytes) -> tuple[bytes, list[str]]:
    out = bytearray(_PNG_SIGNATURE)
    removed: list[str] = []
    keywords: list[str] = []
    pos = len(_PNG_SIGNATURE)
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if len(kind) < 4 or end > len(data):
            return bytes(out) + data[pos:], [*_png_words(removed, keywords), codes.DAMAGED_IMAGE]
        if kind in _PNG_DROP:
            _note_png_chunk(kind, data[pos + 8 : end - 4], removed, keywords)
        else:
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            out += data[pos:]
            break
    return bytes(out), _png_words(removed, keywords)


def _note_png_chunk(kind: bytes, body: bytes, removed: list[str], keywords: list[str]) -> None:
    if kind == b"eXIf":
        removed.append(codes.PNG_EXIF)
    elif kind == b"tIME":
        removed.append(codes.PNG_TIME)
    else:
        word = body.split(b"\x00", 1)[0][:40].decode("latin-1")
        keywords.append("".join(ch for ch in word if ch.isprintable()))
        removed.append(codes.TEXT_NOTES)


def _png_words(removed: list[str], keywords: list[str]) -> list[str]:
    notes = codes.text_notes(keywords)
    return _unique([notes if r == codes.TEXT_NOTES else r for r in removed])


# ----------------------------------------------------------------------------- PDF

_PDF_INFO_RE = re.compile(rb"/(Author|Creator|Producer|Title|Subject|Keywords)\s*(\(|<(?!<))")
_XMP_RE = re.compile(rb"<x:xm?pmeta\b.*?</x:xm?pmeta\s*>", re.DOTALL)
_PDF_WORDS = {
    b"Author": "author",
    b"Creator": "creator-program",
    b"Producer": "producer-program",
    b"Title": "title",
    b"Subject": "subject",
    b"Keywords": "keywords",
}


def _clean_pdf(data: bytes) -> tuple[bytes, list[str]]:
    """Blank document-information values and XMP packets in place, keeping every offset.

    Values are overwritten with spaces of the same length inside their brackets, so the
    cross-reference table still points at the right bytes.
    """
    out = bytearray(data)
    found: list[str] = []
    for match in _PDF_INFO_RE.finditer(data):
        start = match.end()
        end = _pdf_string_end(data, start, match.group(2))
        if end is None:
            continue
        if out[start:end].strip():
            found.append(_PDF_WORDS[match.group(1)])
        out[start:end] = b" " * (end - start)
    xmp_found = False
    for match in _XMP_RE.finditer(data):
        out[match.start() : match.end()] = b" " * (match.end() - match.start())
        xmp_found = True
    removed = []
    if found:
        removed.append(codes.details(found))
    if xmp_found:
        removed.append(codes.PDF_XMP)
    if _pdf_has_hidden_parts(data, xmp_found):
        removed.append(codes.PDF_UNSURE)
    return bytes(out), removed


def _pdf_string_end(data: bytes, start: int, opener: bytes) -> int | None:
    """Index of the closing bracket of the PDF string starting at ``start`` (None: unclosed)."""
    if opener == b"<":
        end = data.find(b">", start)
        return None if end < 0 else end
    depth = 1
    pos = start
    while pos < len(data):
        byte = data[pos]
        if byte == 0x5C:  # backslash escapes the next byte
            pos += 2
            continue
        if byte == 0x28:
            depth += 1
        elif byte == 0x29:
            depth -= 1
            if depth == 0:
                return pos
        pos += 1
    return None


def _pdf_has_hidden_parts(data: bytes, xmp_found: bool) -> bool:
    if b"/ObjStm" in data or b"/Encrypt" in data:
        return True
    return b"/Metadata" in data and not xmp_found


# ----------------------------------------------------------------------------- Office / ODF

_ZIP_META_PARTS = {"docProps/core.xml", "docProps/app.xml", "meta.xml"}
_XML_PEOPLE = {
    "creator": "author",
    "lastModifiedBy": "last-editor",
    "Company": "company",
    "Manager": "manager",
    "initial-creator": "original-author",
    "printed-by": "printed-by",
}
_XML_PEOPLE_RE = re.compile(
    rb"<((?:[\w.-]+:)?(" + "|".join(_XML_PEOPLE).encode() + rb"))(\s[^>]*)?>(.*?)</\1\s*>",
    re.DOTALL,
)


def _clean_zip_document(data: bytes) -> tuple[bytes, list[str]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as source:
            return _rewrite_zip(source)
    except _ZIP_ERRORS:
        return data, [codes.DAMAGED_DOCUMENT]


def _rewrite_zip(source: zipfile.ZipFile) -> tuple[bytes, list[str]]:
    entries = source.infolist()
    if len(entries) > 10_000 or sum(e.file_size for e in entries) > MAX_OFFICE_UNPACKED:
        raise ValueError("too large")
    found: list[str] = []
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for entry in entries:
            content = source.read(entry)
            if entry.filename in _ZIP_META_PARTS:
                content = _blank_people(content, found)
            target.writestr(entry, content)
    removed = [codes.details(found)] if found else []
    return out.getvalue(), removed


def _blank_people(xml: bytes, found: list[str]) -> bytes:
    def blank(match: re.Match[bytes]) -> bytes:
        if match.group(4).strip():
            found.append(_XML_PEOPLE[match.group(2).decode()])
        return b"<" + match.group(1) + (match.group(3) or b"") + b"></" + match.group(1) + b">"

    return _XML_PEOPLE_RE.sub(blank, xml)
