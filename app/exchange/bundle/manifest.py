"""The manifest: what a bundle holds, who sealed it, for whom, and every entry's hash.

Format 2: the first tar entry is ``manifest.sig``, the signer's raw 32-byte
Ed25519 public key followed by its 64-byte signature over ``"satchel-manifest-v1\0"`` and
the exact manifest bytes; the second is ``manifest.json``. The reader verifies the signature
against a key it already trusts *before* parsing any JSON. Because the manifest binds every
entry's size and SHA-256, the sender and the recipients, that one signature covers the whole
bundle. Format 1 (manifest first, signature over the bare manifest) is read only for border
bundles. Format 3 is format 2 plus one field, ``follows``: a bundle that holds only what
changed since an earlier bundle to the same contact names that bundle (``null`` when there
was none), so the reader can tell when one was missed in between; whole exports stay format
2, readable by every Satchel that reads format 2. Parsing is strict: every field is
required, typed and bounded; unknown fields are refused; any other format version gets its
own sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.exchange.bundle import jsonstrict
from app.exchange.bundle.errors import UnknownFormatError, malformed, old_format, too_large
from app.store.records import is_time_text
from app.text import is_clean
from crypto.sign import is_public_key

FORMAT = "satchel-bundle"
VERSION = 2
CHANGES_VERSION = 3
"""Format 3: a bundle of changes only, with its ``follows`` field (see the module docstring)."""
LEGACY_VERSION = 1
"""Format 1: still restored for border bundles, refused for case bundles."""
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
SIGNATURE_DOMAIN = b"satchel-manifest-v1\0"
"""Prefixed to the manifest bytes before signing: a manifest signature is never valid for
anything else the key signs (vetting records, later formats)."""
MAX_MANIFEST = 1024 * 1024
"""A case bundle's manifest: about 6,500 entries (cases and attachments) fit; an export
larger than that is refused and split by the user."""
MAX_BORDER_MANIFEST = 16 * 1024 * 1024
"""A border bundle's manifest lists every batch of a whole vault. Only the holder of the
border code can decrypt it and it is signed by the vault's own key, so no contact can make
a reader parse it."""
MAX_ENTRIES = 250_000
MAX_RECIPIENTS = 32
MAX_RECORD_ENTRY = 4 * 1024 * 1024
MAX_ATTACHMENT_ENTRY = 512 * 1024 * 1024
BORDER_PROFILE = "border"
"""The profile of a border bundle: the whole vault, sealed to a one-time key (not a contact)."""
_NAME_PATTERNS = {
    "case": re.compile(r"records/[0-9]{6}\.json"),
    "attachment": re.compile(r"attachments/[0-9]{6}\.bin"),
    "table": re.compile(r"tables/[0-9]{6}\.json"),
}
_DIRECTORIES = {
    "case": ("records", "json"),
    "attachment": ("attachments", "bin"),
    "table": ("tables", "json"),
}
_REF_KEYS = {"case": "case_id", "attachment": "attachment_id", "table": "table"}
_KINDS_OF_PROFILE = {BORDER_PROFILE: frozenset({"table", "attachment"})}
_CASE_KINDS = frozenset({"case", "attachment"})
_TABLE_NAME = re.compile(r"[a-z_]{1,40}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TOP_KEYS = {
    "format", "version", "bundle_id", "created_at", "sequence", "profile", "sender",
    "recipients", "entries",
}  # fmt: skip
_FOLLOWS_KEYS = {"bundle_id", "sequence"}
_SENDER_KEYS = {"name", "signing_key", "age_recipient", "pq_recipient"}
_RECIPIENT_KEYS = {"recipient", "signing_key"}


@dataclass(frozen=True)
class Sender:
    name: str
    signing_key: str
    age_recipient: str | None
    pq_recipient: str | None


@dataclass(frozen=True)
class Recipient:
    """One addressee: the age recipient sealed to, and its signing key if a Satchel vault."""

    recipient: str
    signing_key: str | None


@dataclass(frozen=True)
class Entry:
    """One tar entry after the signature: a case's records, an attachment's bytes, or (in a
    border bundle only) a batch of rows of one table."""

    name: str
    kind: str  # "case", "attachment" or "table"
    ref: str  # the case id, the attachment id or the table's name
    size: int
    sha256: str

    @staticmethod
    def name_for(kind: str, number: int) -> str:
        folder, extension = _DIRECTORIES[kind]
        return f"{folder}/{number:06d}.{extension}"

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, _REF_KEYS[self.kind]: self.ref,
                "size": self.size, "sha256": self.sha256}  # fmt: skip


@dataclass(frozen=True)
class Follows:
    """The earlier bundle to the same contact that a bundle of changes is the difference from."""

    bundle_id: str
    sequence: int


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    created_at: str
    sequence: int
    profile: str
    sender: Sender
    recipients: tuple[Recipient, ...]
    entries: tuple[Entry, ...]
    version: int = VERSION
    follows: Follows | None = None
    """Format 3 only: the bundle this one holds the changes since (None: the first)."""

    def to_bytes(self) -> bytes:
        value: dict[str, Any] = {
            "format": FORMAT,
            "version": self.version,
            "bundle_id": self.bundle_id,
            "created_at": self.created_at,
            "sequence": self.sequence,
            "profile": self.profile,
            "sender": vars(self.sender),
            "recipients": [vars(r) for r in self.recipients],
            "entries": [e.as_json() for e in self.entries],
        }
        if self.version == CHANGES_VERSION:
            value["follows"] = None if self.follows is None else vars(self.follows)
        return jsonstrict.dumps(value)

    @property
    def changes_only(self) -> bool:
        """A bundle of what changed since an earlier one to the same contact (format 3)."""
        return self.version == CHANGES_VERSION

    @property
    def case_count(self) -> int:
        return sum(1 for e in self.entries if e.kind == "case")

    @property
    def attachment_count(self) -> int:
        return sum(1 for e in self.entries if e.kind == "attachment")


def parse(data: bytes, *, version: int = VERSION, limit: int = MAX_MANIFEST) -> Manifest:
    """The manifest from its bytes, which must say format ``version`` (for case bundles,
    format 3 is read too); one sentence on anything out of place (never a TypeError or
    KeyError: every value is type-checked)."""
    if len(data) > limit:
        raise too_large(QT_TRANSLATE_NOOP("Core", "manifest"))
    value = jsonstrict.loads(data)
    try:
        return _parse(value, version)
    except (TypeError, KeyError, AttributeError, ValueError):  # a check missed: still refused
        raise malformed() from None


def _parse(value: Any, expected: int) -> Manifest:
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise malformed()
    given: Any = value.get("version")
    if not _is_int(given) or given < 1:
        raise malformed()
    version = int(given)
    if version < expected:
        raise old_format()
    readable = {expected, CHANGES_VERSION} if expected == VERSION else {expected}
    if version not in readable:
        raise UnknownFormatError(
            QT_TRANSLATE_NOOP(
                "Core",
                "This bundle was made by a newer Satchel (format {version}); "
                "update Satchel to import it.",
            ),
            version=min(version, 10**6),
        )
    keys = _TOP_KEYS | {"follows"} if version == CHANGES_VERSION else _TOP_KEYS
    if set(value) != keys:
        raise malformed()
    profile = _text(value["profile"], 40)
    if version == CHANGES_VERSION and profile == BORDER_PROFILE:
        raise malformed()
    return Manifest(
        version=version,
        follows=_follows(value.get("follows")),
        bundle_id=_uuid(value["bundle_id"]),
        created_at=_time(value["created_at"]),
        sequence=_count(value["sequence"], minimum=1),
        profile=profile,
        sender=_sender(value["sender"]),
        recipients=_recipients(value["recipients"]),
        entries=_entries(value["entries"], _KINDS_OF_PROFILE.get(profile, _CASE_KINDS)),
    )


def _follows(value: Any) -> Follows | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != _FOLLOWS_KEYS:
        raise malformed()
    return Follows(_uuid(value["bundle_id"]), _count(value["sequence"], minimum=1))


def _sender(value: Any) -> Sender:
    if not isinstance(value, dict) or set(value) != _SENDER_KEYS:
        raise malformed()
    return Sender(
        name=_text(value["name"], 80),
        signing_key=_signing_key(value["signing_key"]),
        age_recipient=_optional_text(value["age_recipient"], 2000),
        pq_recipient=_optional_text(value["pq_recipient"], 4000),
    )


def _recipients(value: Any) -> tuple[Recipient, ...]:
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_RECIPIENTS:
        raise malformed()
    found = []
    for item in value:
        if not isinstance(item, dict) or set(item) != _RECIPIENT_KEYS:
            raise malformed()
        key = item["signing_key"]
        found.append(
            Recipient(_text(item["recipient"], 4000), None if key is None else _signing_key(key))
        )
    return tuple(found)


def _entries(value: Any, kinds: frozenset[str]) -> tuple[Entry, ...]:
    """The entries; ``kinds`` are those the profile allows (tables only in border bundles)."""
    if not isinstance(value, list):
        raise malformed()
    if len(value) > MAX_ENTRIES:
        raise too_large(QT_TRANSLATE_NOOP("Core", "list of entries"))
    entries = tuple(_entry(item, kinds) for item in value)
    if len({e.name for e in entries}) != len(entries):
        raise malformed()
    refs = [(e.kind, e.ref) for e in entries if e.kind != "table"]
    if len(set(refs)) != len(refs):
        raise malformed()  # one case or attachment listed twice: refused, never merged
    return entries


def _entry(item: Any, kinds: frozenset[str]) -> Entry:
    if not isinstance(item, dict):
        raise malformed()
    kind = item.get("kind")
    if not isinstance(kind, str) or kind not in kinds:
        raise malformed()
    ref_key = _REF_KEYS[kind]
    if set(item) != {"name", "kind", ref_key, "size", "sha256"}:
        raise malformed()
    name = item["name"]
    if not isinstance(name, str) or not _NAME_PATTERNS[kind].fullmatch(name):
        raise malformed()
    limit = MAX_ATTACHMENT_ENTRY if kind == "attachment" else MAX_RECORD_ENTRY
    size = _count(item["size"], minimum=0)
    if size > limit:
        raise too_large(
            QT_TRANSLATE_NOOP("Core", "attachment")
            if kind == "attachment"
            else QT_TRANSLATE_NOOP("Core", "case record")
        )
    sha = item["sha256"]
    if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
        raise malformed()
    return Entry(name, kind, _ref(kind, item[ref_key]), size, sha)


def _ref(kind: str, value: Any) -> str:
    """A case or attachment id (a UUID), or a table's name (checked again by the reader)."""
    if kind != "table":
        return _uuid(value)
    if not isinstance(value, str) or not _TABLE_NAME.fullmatch(value):
        raise malformed()
    return value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _count(value: Any, *, minimum: int) -> int:
    if not _is_int(value) or not minimum <= value < 2**53:
        raise malformed()
    return int(value)


def _text(value: Any, limit: int) -> str:
    if not isinstance(value, str) or not value or len(value) > limit or not is_clean(value):
        raise malformed()
    if "\n" in value or "\t" in value:
        raise malformed()
    return value


def _optional_text(value: Any, limit: int) -> str | None:
    return None if value is None else _text(value, limit)


def _signing_key(value: Any) -> str:
    if not is_public_key(value):
        raise malformed()
    return str(value)


def _uuid(value: Any) -> str:
    if not is_uuid(value):
        raise malformed()
    return str(value)


def _time(value: Any) -> str:
    if not is_time_text(value):
        raise malformed()
    return str(value)


def is_uuid(value: Any) -> bool:
    """A UUID in its canonical form (lower-case, hyphenated): how every vault writes ids."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None
