"""What the metadata stripper removed from a file, as codes the screens put into words.

:func:`app.metadata.strip_metadata` returns, and the vault stores, a list of codes rather
than English sentences, so every screen can say them in the user's language and a bundle
carries no prose that a reader would have to match. A code is one word from
:data:`ENGLISH`, or one with details after a colon:

- ``details:author,last-editor``: document details that were blanked, each a word from
  :data:`DETAIL_ENGLISH` (PDF document information, Office and OpenDocument properties);
- ``text-notes:Author, Comment``: PNG text notes, with the keywords the file gave them
  (text from the file, shown as it is).

Vaults and bundles from before the codes hold the English sentences; :func:`from_legacy`
turns each into its code (migration v9 and bundles from older senders), and anything
else is refused as a damaged bundle.
"""

from __future__ import annotations

from app.text import is_clean

NOTHING = "nothing"
UNSUPPORTED = "unsupported"
UNCHECKED = "unchecked"
DAMAGED_IMAGE = "damaged-image"
DAMAGED_DOCUMENT = "damaged-document"
PDF_UNSURE = "pdf-unsure"
COMMENT = "comment"
IPTC = "iptc"
EXIF_GPS = "exif-gps"
EXIF = "exif"
XMP_EDITING = "xmp-editing"
APP1 = "app1"
PNG_EXIF = "png-exif"
PNG_TIME = "png-time"
PDF_XMP = "pdf-xmp"
TEXT_NOTES = "text-notes"
DETAILS = "details"

ENGLISH = {
    NOTHING: "nothing: no hidden details were found",
    UNSUPPORTED: "no metadata removal for this kind of file",
    UNCHECKED: (
        "Satchel could not read this file's structure, so it was stored unchanged and hidden "
        "details (such as an author or a location) may remain"
    ),
    DAMAGED_IMAGE: (
        "this picture looks damaged (perhaps cut short): Satchel removed what it could find, "
        "but some hidden details may remain"
    ),
    DAMAGED_DOCUMENT: (
        "this document could not be unpacked (it looks damaged or is too large), so it was "
        "stored unchanged and author details may remain"
    ),
    PDF_UNSURE: (
        "Satchel could not check every part of this PDF (parts of it are compressed or "
        "encrypted), so author or software details may remain"
    ),
    COMMENT: "a text comment",
    IPTC: "Photoshop/IPTC details, which can include the author, captions and places",
    EXIF_GPS: "camera details (EXIF) including the GPS location where the photo was taken",
    EXIF: "camera details (EXIF: camera model, date and settings)",
    XMP_EDITING: "editing details (XMP), which can include the author and software used",
    APP1: "other embedded details (APP1 block)",
    PNG_EXIF: "camera details (EXIF), which can include the GPS location",
    PNG_TIME: "the time the picture was last changed",
    PDF_XMP: "embedded XMP details, which can include the author and software used",
    TEXT_NOTES: "text notes",
}
"""Every code without details, and what it means in English (the command line's words)."""

DETAIL_ENGLISH = {
    "author": "author",
    "creator-program": "program that created it",
    "producer-program": "program that produced it",
    "title": "title",
    "subject": "subject",
    "keywords": "keywords",
    "last-editor": "last person who edited it",
    "company": "company name",
    "manager": "manager name",
    "original-author": "original author",
    "printed-by": "who printed it",
}
"""The document details ``details:`` may name, and their English words."""

MAX_NOTES = 200
_DETAILS_PREFIX = DETAILS + ":"
_NOTES_PREFIX = TEXT_NOTES + ":"
_LEGACY_DETAILS = "document details: "
_LEGACY = {english: code for code, english in ENGLISH.items()}
_LEGACY_DETAIL_WORDS = {english: code for code, english in DETAIL_ENGLISH.items()}


def details(found: list[str]) -> str:
    """The code for blanked document details (``found``: words of :data:`DETAIL_ENGLISH`)."""
    return _DETAILS_PREFIX + ",".join(dict.fromkeys(found))


def text_notes(keywords: list[str]) -> str:
    """The code for removed PNG text notes, with the keywords the file gave them."""
    named = ", ".join(k for k in dict.fromkeys(keywords) if k)[:MAX_NOTES]
    return _NOTES_PREFIX + named if named else TEXT_NOTES


def split(code: str) -> tuple[str, str]:
    """``(code, details)``: ``("details", "author,title")``, ``("exif", "")``."""
    head, _, rest = code.partition(":")
    return head, rest


def is_code(value: object) -> bool:
    """Whether ``value`` is a code this Satchel knows, details included."""
    if not isinstance(value, str):
        return False
    head, rest = split(value)
    if head == DETAILS:
        words = rest.split(",")
        return bool(rest) and len(set(words)) == len(words) and set(words) <= set(DETAIL_ENGLISH)
    if head == TEXT_NOTES and ":" in value:
        return 0 < len(rest) <= MAX_NOTES and is_clean(rest) and "\n" not in rest
    return value in ENGLISH


def english(code: str) -> str:
    """The code in English words (the command line's), the code itself if unknown."""
    head, rest = split(code)
    if head == DETAILS and rest:
        return _LEGACY_DETAILS + ", ".join(DETAIL_ENGLISH.get(w, w) for w in rest.split(","))
    if head == TEXT_NOTES and rest:
        return f"text notes ({rest})"
    return ENGLISH.get(code, code)


def from_legacy(value: str) -> str | None:
    """The code for a sentence an earlier Satchel stored or sent, or ``value`` itself when
    it already is a code; None when it is neither."""
    if is_code(value):
        return value
    if value in _LEGACY:
        return _LEGACY[value]
    if value.startswith(_LEGACY_DETAILS):
        words = value[len(_LEGACY_DETAILS) :].split(", ")
        found = [_LEGACY_DETAIL_WORDS.get(word) for word in words]
        if all(found):
            return details([w for w in found if w])
        return None
    if value.startswith("text notes (") and value.endswith(")"):
        code = _NOTES_PREFIX + value[len("text notes (") : -1]
        return code if is_code(code) else None
    return None
