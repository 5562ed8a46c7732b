"""Stages reported by other vaults: shown beside the case, never applied by themselves.

A bundle's case stage is what the sender says about the case, not a command: it lands here
("reported by X on D") and the user accepts it in one step, through this vault's own
workflow rule (:meth:`app.store.Store.accept_stage_report`).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.store.records import utc_now
from app.types import Connection


@dataclass(frozen=True)
class StageReport:
    case_id: str
    peer: str  # the sender's name as this vault calls it
    peer_key: str
    stage: str
    reported_at: str  # when the sender's case record last changed
    received_at: str
    bundle_id: str


def keep_report(conn: Connection, report: StageReport) -> None:
    conn.execute(
        "INSERT INTO stage_reports (case_id, peer_key, peer, stage, reported_at, received_at, "
        "bundle_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(case_id, peer_key) DO UPDATE SET "
        "peer = excluded.peer, stage = excluded.stage, reported_at = excluded.reported_at, "
        "received_at = excluded.received_at, bundle_id = excluded.bundle_id",
        (report.case_id, report.peer_key, report.peer, report.stage, report.reported_at,
         report.received_at or utc_now(), report.bundle_id),
    )  # fmt: skip


def reports_of(conn: Connection, case_id: str) -> list[StageReport]:
    rows = conn.execute(
        "SELECT case_id, peer, peer_key, stage, reported_at, received_at, bundle_id "
        "FROM stage_reports WHERE case_id = ? ORDER BY received_at DESC, peer_key",
        (case_id,),
    ).fetchall()
    return [StageReport(*(str(v) for v in row)) for row in rows]


def drop_report(conn: Connection, case_id: str, peer_key: str) -> None:
    conn.execute(
        "DELETE FROM stage_reports WHERE case_id = ? AND peer_key = ?", (case_id, peer_key)
    )
