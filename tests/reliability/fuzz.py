"""Every parser that takes outside input, fed mutated inputs from a fixed seed.

Each parser may answer with its result or with the project's own error for that input
(a :class:`~app.errors.SatchelError`, or the crypto layer's own error types, which the
core turns into sentences); any other exception is counted as a traceback. The metadata
stripper may not raise at all: a damaged file is kept with a note.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from app.errors import SatchelError
from app.exchange.bundle import manifest
from app.exchange.bundle.border_open import normalise_code
from app.exchange.bundle.jsonstrict import loads
from app.exchange.identity import ContactCard
from app.metadata import CleanedFile, strip_metadata
from app.vault import unlock_limit
from crypto import age
from crypto.age.errors import AgeError
from crypto.kdf import KdfParams
from crypto.keyslots import KeySlotFile, KeySlotFormatError, SlotKind
from crypto.recovery import RecoveryCodeError, generate_recovery_code, normalise_recovery_code
from tests.reliability.world import Tally


@dataclass
class Target:
    name: str
    seeds: list[bytes]
    parse: Callable[[bytes], object]
    allowed: tuple[type[BaseException], ...]


def office_document(rng: random.Random) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>" + "текст " * 50 + "</w:document>")
        archive.writestr(
            "docProps/core.xml",
            "<cp:coreProperties><dc:creator>Ivan Author</dc:creator>"
            "<cp:lastModifiedBy>Someone</cp:lastModifiedBy></cp:coreProperties>",
        )
        archive.writestr("word/media/image1.bin", rng.randbytes(200), zipfile.ZIP_STORED)
    return out.getvalue()


def open_document() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
        archive.writestr("meta.xml", "<meta:initial-creator>Anna</meta:initial-creator>")
    return out.getvalue()


def jpeg() -> bytes:
    exif = (b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x01"
            b"\x88\x25\x00\x04\x00\x00\x00\x01\x00\x00\x00\x1a")  # fmt: skip
    app1 = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
    scan = b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00" + bytes(range(0, 200, 3)) + b"\xff\x00"
    return b"\xff\xd8" + app1 + b"\xff\xfe\x00\x07hello" + scan + b"\xff\xd9"


def png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + b"\0\0\0\0"

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", bytes(13)) + chunk(b"tEXt", b"Author\0Ivan")
            + chunk(b"IDAT", bytes(30)) + chunk(b"IEND", b""))  # fmt: skip


def pdf() -> bytes:
    return (b"%PDF-1.4\n1 0 obj << /Author (Ivan \\(Author\\)) /Producer <414243> >> endobj\n"
            b"<x:xmpmeta>secret</x:xmpmeta>\ntrailer << /Root 1 0 R >>\n%%EOF\n")  # fmt: skip


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to eight random edits: bit flips, byte values, cuts, insertions, zip flag bits."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        if not out:
            out += rng.randbytes(rng.randint(1, 16))
        elif choice < 0.4:
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
        elif choice < 0.6:
            out[rng.randrange(len(out))] = rng.choice((0, 0xFF, 0x7F, 0x80, rng.randrange(256)))
        elif choice < 0.7:
            del out[rng.randrange(len(out)) :]
        elif choice < 0.8:
            at = rng.randrange(len(out))
            out[at:at] = rng.randbytes(rng.randint(1, 32))
        elif choice < 0.9:
            _zip_field(out, rng)
        else:
            at = rng.randrange(len(out))
            out[at : at + 4] = struct.pack("<I", rng.choice((0, 0xFFFFFFFF, 0x7FFFFFFF, 1 << 20)))
    return bytes(out)


def _zip_field(out: bytearray, rng: random.Random) -> None:
    """Change a local or central header's version, flags or compression method."""
    heads = [i for i in range(len(out) - 12) if out[i : i + 4] in (b"PK\x03\x04", b"PK\x01\x02")]
    if not heads:
        return
    at = rng.choice(heads)
    central = out[at : at + 4] == b"PK\x01\x02"
    field = rng.choice(("version", "flags", "method"))
    offset = {"version": 4, "flags": 6, "method": 8}[field] + (2 if central else 0)
    values = {"version": (75, 63, 20, 0xFF), "flags": (1, 1 << 5, 1 << 6, 0x0041, 0xFFFF),
              "method": (1, 6, 12, 14, 93, 98, 99, 0xFFFF)}[field]  # fmt: skip
    out[at + offset : at + offset + 2] = struct.pack("<H", rng.choice(values))


def _card_text() -> str:
    """A real, full contact card, from a throw-away vault identity in memory."""
    import sqlcipher3

    from app.exchange.identity import VaultIdentity
    from app.store import Store

    conn = sqlcipher3.connect(":memory:")
    store = Store.open(conn, origin="fuzz")
    text = VaultIdentity.load_or_create(store).card.with_name("Paris").to_text()
    conn.close()
    return text


def targets(rng: random.Random) -> list[Target]:
    kdf = KdfParams(memory_kib=1024, iterations=1, lanes=1)
    slots = KeySlotFile.create(kdf)
    slots.set_slot(SlotKind.PASSPHRASE, "a fuzzing passphrase", bytes(32), None)
    code = generate_recovery_code()
    border_code, recipient = age.generate_hybrid()
    sealed = io.BytesIO()
    age.encrypt(io.BytesIO(b"payload " * 40), sealed, [recipient])
    card = _card_text()
    manifest_seed = (b'{"format":"satchel-bundle","version":1,"bundle_id":"x","entries":[],'
                     b'"recipients":[],"sender":{}}')  # fmt: skip

    def metadata(data: bytes) -> object:
        result = strip_metadata(data)
        if not isinstance(result, CleanedFile) or not isinstance(result.data, bytes):
            raise TypeError("strip_metadata answered something else than a CleanedFile")
        return result

    def decrypt(data: bytes) -> object:
        age.decrypt(io.BytesIO(data), io.BytesIO(), [border_code])
        return None

    return [
        Target("metadata", [office_document(rng), open_document(), jpeg(), png(), pdf()],
               metadata, ()),
        Target("key slots", [slots.to_bytes()], KeySlotFile.from_bytes, (KeySlotFormatError,)),
        Target("unlock limit", [unlock_limit.to_bytes(unlock_limit.UnlockLimit(5, 2))],
               unlock_limit.parse, (SatchelError,)),
        Target("recovery code", [code.encode()],
               lambda b: normalise_recovery_code(b.decode("utf-8", "replace")),
               (RecoveryCodeError,)),
        Target("border code", [border_code.encode()],
               lambda b: normalise_code(b.decode("utf-8", "replace")), (SatchelError,)),
        Target("contact card", [card.encode()],
               lambda b: ContactCard.from_text(b.decode("utf-8", "replace")), (SatchelError,)),
        Target("manifest", [manifest_seed], manifest.parse, (SatchelError,)),
        Target("strict json", [b'{"a": [1, 2, {"b": "c"}], "d": null}'], loads, (SatchelError,)),
        Target("age file", [sealed.getvalue()], decrypt, (AgeError,)),
    ]  # fmt: skip


def fuzz_runs(count: int, seed: int) -> Tally:
    """``count`` mutated inputs spread over every target, from a fixed seed."""
    rng = random.Random(seed)
    tally = Tally()
    chosen = targets(rng)
    weights = [1 if t.name == "age file" else 4 for t in chosen]
    for _ in range(count):
        target = rng.choices(chosen, weights)[0]
        data = mutate(rng.choice(target.seeds), rng)
        tally.operations += 1
        try:
            target.parse(data)
        except target.allowed:
            continue
        except Exception as exc:
            tally.problem("tracebacks", f"{target.name}: {type(exc).__name__}: {exc}"[:300])
    return tally
