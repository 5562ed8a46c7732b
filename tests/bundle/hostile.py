"""Building hostile bundles with the project's own crypto (tests only).

A :class:`Forge` takes a genuine bundle apart (as its recipient can), lets a test change
the manifest and the case entries as JSON, and seals it again: the manifest is re-signed
by whichever identity the test chooses (a real contact, when being a contact is the point)
with the real format-2 signature, and every entry's size and hash are made to match.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.exchange.identity import VaultIdentity
from tests.bundle import craft


def dumps(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass
class Forge:
    entries: list[tuple[str, bytes]]
    manifest: dict[str, Any]

    @classmethod
    def open(cls, path: Path, reader: VaultIdentity) -> Forge:
        entries = craft.unpack(path, reader)
        return cls(entries, craft.manifest_of(entries))

    def case(self, number: int = 1) -> dict[str, Any]:
        """The JSON of the ``number``-th case entry (change it in place, then :meth:`seal`)."""
        name = f"records/{number:06d}.json"
        for i, (entry_name, data) in enumerate(self.entries):
            if entry_name != name:
                continue
            if isinstance(data, dict):
                return data
            value = json.loads(data)
            self.entries[i] = (entry_name, value)  # type: ignore[assignment]
            return value  # type: ignore[no-any-return]
        raise KeyError(name)

    def seal(self, signer: VaultIdentity, recipient: VaultIdentity, path: Path) -> Path:
        entries: list[tuple[str, bytes]] = []
        sizes: dict[str, tuple[int, str]] = {}
        for name, data in self.entries:
            raw = dumps(data) if isinstance(data, dict) else data
            entries.append((name, raw))
            sizes[name] = (len(raw), hashlib.sha256(raw).hexdigest())
        for item in self.manifest["entries"]:
            if item["name"] in sizes:
                item["size"], item["sha256"] = sizes[item["name"]]
        entries = craft.signed(craft.with_manifest(entries, self.manifest), signer)
        return craft.seal(craft.tar_bytes(entries), [craft.recipient_of(recipient)], path)
