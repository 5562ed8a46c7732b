"""Where a case came from: the peers whose bundles brought it into this vault.

A case another vault created reaches this one only through an imported bundle, and the
import records, per record and sender key, the revision both sides agreed on
(``sync_state``). So the senders of a case are the keys with such a row for it, as long as
the case is not this vault's own. The export wizard uses this to start a reply to the
partner a case came from with the status profile rather than a full referral.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.store.store import Store

_BATCH = 500


def case_senders(store: Store, case_ids: Iterable[str]) -> dict[str, set[str]]:
    """``{case id: {sender signing key, ...}}`` for the given cases that came from others."""
    wanted = list(dict.fromkeys(case_ids))
    found: dict[str, set[str]] = {}
    for start in range(0, len(wanted), _BATCH):
        batch = wanted[start : start + _BATCH]
        marks = ", ".join("?" for _ in batch)
        rows = store.connection.execute(
            "SELECT c.id, s.peer_key FROM cases c JOIN sync_state s ON s.record_id = c.id "  # noqa: S608
            f"WHERE c.origin != ? AND c.id IN ({marks})",
            (store.origin, *batch),
        ).fetchall()
        for case_id, peer_key in rows:
            found.setdefault(str(case_id), set()).add(str(peer_key))
    return found
