"""Test helpers that take bundles apart and build hand-crafted ones (tests only)."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path
from typing import Any

from app.exchange.bundle.container import signed_bytes
from app.exchange.identity import VaultIdentity
from crypto import age
from crypto.sign import parse_public_key


def unpack(path: Path, identity: VaultIdentity) -> list[tuple[str, bytes]]:
    """Decrypt a bundle and list its tar entries, as any tar reader sees them."""
    plain = io.BytesIO()
    with path.open("rb") as file:
        age.decrypt(file, plain, identity.age_identities)
    plain.seek(0)
    with tarfile.open(fileobj=plain, mode="r:") as archive:
        return [(m.name, archive.extractfile(m).read()) for m in archive.getmembers()]  # type: ignore[union-attr]


def tar_bytes(entries: list[tuple[str, bytes]]) -> bytes:
    """A ustar stream of ``entries`` with whatever names they have (even hostile ones)."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        for name, data in entries:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


def seal(plain: bytes, recipients: list[str], path: Path) -> Path:
    with path.open("wb") as file:
        age.encrypt(io.BytesIO(plain), file, recipients)
    return path


def signed(entries: list[tuple[str, bytes]], signer: VaultIdentity) -> list[tuple[str, bytes]]:
    """The same entries with ``manifest.sig`` recomputed by ``signer`` over the manifest
    (format 2: the signer's raw key, then its signature over the domain and the manifest)."""
    manifest = dict(entries)["manifest.json"]
    raw_key = parse_public_key(signer.card.signing_key)
    signature = raw_key + signer.sign(signed_bytes(manifest))
    return [("manifest.sig", signature), ("manifest.json", manifest), *entries[2:]]


def manifest_of(entries: list[tuple[str, bytes]]) -> dict[str, Any]:
    return json.loads(dict(entries)["manifest.json"])  # type: ignore[no-any-return]


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def with_manifest(
    entries: list[tuple[str, bytes]], manifest: dict[str, Any]
) -> list[tuple[str, bytes]]:
    """The entries with the manifest replaced (the signature left as it was)."""
    return [
        (name, manifest_bytes(manifest) if name == "manifest.json" else data)
        for name, data in entries
    ]


def recipient_of(identity: VaultIdentity) -> str:
    return str(identity.card.pq_recipient)
