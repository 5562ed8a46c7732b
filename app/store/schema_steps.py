"""The steps of the case store's schema, from an empty database to the latest version.

:mod:`app.store.migrations` runs them, each in its own transaction; ``STEPS[n]`` takes
the schema from version ``n`` to ``n + 1``. A step is a SQL script or, when data must be
rewritten, a function of the connection.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from app.metadata_codes import from_legacy
from app.store.duplicates import rebuild_keys
from app.store.list_rows import LIST_ROWS_V10
from app.store.schema_later import v11, v12, v13, v14, v15
from app.types import Connection

_RECORD = """
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE persons (RECORD,
    name TEXT NOT NULL, name_latin TEXT, name_cyrillic TEXT, aliases TEXT,
    birth_date TEXT, birth_place TEXT, citizenship TEXT, internal_passport TEXT,
    passport_status TEXT, passport_expiry TEXT, contacts TEXT, city TEXT, kz_address TEXT
);
CREATE INDEX persons_name ON persons(name COLLATE NOCASE);

CREATE TABLE cases (RECORD,
    person_id TEXT NOT NULL UNIQUE REFERENCES persons(id),
    stage TEXT NOT NULL DEFAULT 'intake', lawyer TEXT, next_action TEXT, deadline TEXT,
    rejection_reason TEXT,
    touched_at TEXT NOT NULL
);
CREATE INDEX cases_touched ON cases(touched_at);
CREATE INDEX cases_created ON cases(created_at);
CREATE INDEX cases_stage ON cases(stage, touched_at);
CREATE INDEX cases_lawyer ON cases(lawyer COLLATE NOCASE, touched_at);
CREATE INDEX cases_deadline ON cases(deadline);

CREATE TABLE services (RECORD,
    case_id TEXT NOT NULL UNIQUE REFERENCES cases(id),
    service_status TEXT, rank TEXT, branch TEXT, unit TEXT, service_from TEXT, service_to TEXT,
    deployed_ukraine TEXT, deployment_places TEXT, desertion_date TEXT, desertion_route TEXT
);

CREATE TABLE risks (RECORD,
    case_id TEXT NOT NULL UNIQUE REFERENCES cases(id),
    criminal_article TEXT, criminal_case_number TEXT, wanted TEXT, detention_risk TEXT,
    deportation_risk TEXT, family_pressure TEXT, risk TEXT
);
CREATE INDEX risks_risk ON risks(risk);

CREATE TABLE checks (RECORD,
    case_id TEXT NOT NULL REFERENCES cases(id),
    check_name TEXT NOT NULL, result TEXT NOT NULL DEFAULT 'not_done',
    evidence TEXT, reviewer TEXT, checked_on TEXT,
    UNIQUE (case_id, check_name)
);

CREATE TABLE statements (RECORD,
    case_id TEXT NOT NULL REFERENCES cases(id),
    text TEXT NOT NULL, stated_on TEXT, source TEXT NOT NULL
);
CREATE INDEX statements_case ON statements(case_id);

CREATE TABLE events (RECORD,
    case_id TEXT NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL, description TEXT NOT NULL, occurred_on TEXT
);
CREATE INDEX events_case ON events(case_id);

CREATE TABLE notes (RECORD,
    case_id TEXT NOT NULL REFERENCES cases(id),
    text TEXT NOT NULL
);
CREATE INDEX notes_case ON notes(case_id);

CREATE TABLE attachments (RECORD,
    case_id TEXT NOT NULL REFERENCES cases(id),
    filename TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL,
    sha256 TEXT NOT NULL, original_size INTEGER NOT NULL, removed TEXT NOT NULL,
    chunk_count INTEGER NOT NULL
);
CREATE INDEX attachments_case ON attachments(case_id);

CREATE TABLE attachment_chunks (
    attachment_id TEXT NOT NULL REFERENCES attachments(id),
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq)
) WITHOUT ROWID;

CREATE TABLE partners (RECORD,
    name TEXT NOT NULL, country TEXT, kind TEXT NOT NULL DEFAULT 'organisation', notes TEXT
);

CREATE TABLE contacts (RECORD,
    partner_id TEXT REFERENCES partners(id),
    name TEXT NOT NULL, handle TEXT, age_recipient TEXT, signing_key TEXT,
    key_verified INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contacts_partner ON contacts(partner_id);

CREATE TABLE referrals (RECORD,
    case_id TEXT NOT NULL REFERENCES cases(id),
    partner_id TEXT NOT NULL REFERENCES partners(id),
    status TEXT NOT NULL, sent_on TEXT, note TEXT
);
CREATE INDEX referrals_case ON referrals(case_id);

CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL, action TEXT NOT NULL, record_id TEXT, detail TEXT NOT NULL,
    hash TEXT NOT NULL
);

-- Search: one FTS row per case holding the folded form of its searchable text, column by
-- column; search_keys gives each case a stable integer key for the FTS rowid.
CREATE TABLE search_keys (
    key INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL UNIQUE REFERENCES cases(id)
);
CREATE VIRTUAL TABLE search_fts USING fts5(
    names, aliases, unit, statements, notes,
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
""".replace("RECORD,", _RECORD + ",")


def _script(sql: str) -> Callable[[Connection], None]:
    def apply(conn: Connection) -> None:
        for statement in _split(sql):
            conn.execute(statement)

    return apply


def _split(sql: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole.

    ``executescript`` would commit behind our back; executing statement by statement keeps
    each migration inside the one transaction we opened.
    """
    statements: list[str] = []
    current = ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        current += line
        if _complete(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return [s for s in statements if s]


def _complete(text: str) -> bool:
    stripped = text.rstrip()
    if not stripped.endswith(";"):
        return False
    if "CREATE TRIGGER" in text.upper():
        return stripped.upper().endswith("END;")
    return True


# v2: the vault's own identity (secret keys, inside the encrypted database only) and what
# contacts need to be bundle correspondents: the hybrid recipient, the kind of contact
# ('satchel' card or plain 'age' recipient; NULL for an address-book entry without keys,
# which is what every contact written before v2 is) and a changed key waiting for the user
# to accept it. Pending keys are never used to seal or to trust anything.
_V2 = """
CREATE TABLE identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    x25519_identity TEXT NOT NULL,
    pq_identity TEXT NOT NULL,
    signing_private BLOB NOT NULL,
    created_at TEXT NOT NULL
);

ALTER TABLE contacts ADD COLUMN kind TEXT;
ALTER TABLE contacts ADD COLUMN pq_recipient TEXT;
ALTER TABLE contacts ADD COLUMN pending_age_recipient TEXT;
ALTER TABLE contacts ADD COLUMN pending_pq_recipient TEXT;
ALTER TABLE contacts ADD COLUMN pending_signing_key TEXT;
ALTER TABLE contacts ADD COLUMN pending_since TEXT;
CREATE INDEX contacts_signing_key ON contacts(signing_key);
CREATE INDEX contacts_age_recipient ON contacts(age_recipient);
"""

# v3: sealed bundles. ``bundle_log`` lists every bundle sent and received (the GUI's
# "Bundles" page; a received bundle id seen again means "already imported", and the highest
# sequence received from a sender's key refuses replays). ``sync_state`` keeps, per record
# and per peer (their signing key), the revision both sides agreed on at the last exchange:
# that is what tells "changed on their side" from "changed on both sides" (a conflict).
# ``record_gaps`` names the fields a record arrived without (left out by the sender's
# redaction profile), so they are never sent back as empty values that would erase them.
_V3 = """
CREATE TABLE bundle_log (
    id TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    peer TEXT NOT NULL,
    peer_key TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    profile TEXT NOT NULL,
    created_at TEXT NOT NULL,
    logged_at TEXT NOT NULL,
    counts TEXT NOT NULL
);
CREATE INDEX bundle_log_peer ON bundle_log(direction, peer_key, sequence);
CREATE INDEX bundle_log_logged ON bundle_log(logged_at);

CREATE TABLE sync_state (
    record_id TEXT NOT NULL,
    peer_key TEXT NOT NULL,
    base INTEGER NOT NULL,
    PRIMARY KEY (record_id, peer_key)
) WITHOUT ROWID;

CREATE TABLE record_gaps (
    record_id TEXT PRIMARY KEY,
    fields TEXT NOT NULL
) WITHOUT ROWID;
"""

# v4: the overall risk level mirrored on the case as a rank, so the case list sorts by risk
# through an index instead of ranking every case's risk record (120 ms at 100,000 cases,
# 233 ms through the GUI). Triggers keep it right whoever writes the risk record: the
# store, a bundle import, demo data or a border restore.
_V4 = """
ALTER TABLE cases ADD COLUMN risk_rank INTEGER NOT NULL DEFAULT -1;
UPDATE cases SET risk_rank = coalesce((
    SELECT CASE r.risk WHEN 'low' THEN 0 WHEN 'medium' THEN 1
                       WHEN 'high' THEN 2 WHEN 'critical' THEN 3 ELSE -1 END
    FROM risks r WHERE r.case_id = cases.id), -1);
CREATE INDEX cases_risk_rank ON cases(risk_rank, touched_at);
CREATE TRIGGER risks_rank_after_insert AFTER INSERT ON risks BEGIN
    UPDATE cases SET risk_rank = CASE NEW.risk WHEN 'low' THEN 0 WHEN 'medium' THEN 1
                                 WHEN 'high' THEN 2 WHEN 'critical' THEN 3 ELSE -1 END
    WHERE id = NEW.case_id;
END;
CREATE TRIGGER risks_rank_after_update AFTER UPDATE OF risk, case_id ON risks BEGIN
    UPDATE cases SET risk_rank = CASE NEW.risk WHEN 'low' THEN 0 WHEN 'medium' THEN 1
                                 WHEN 'high' THEN 2 WHEN 'critical' THEN 3 ELSE -1 END
    WHERE id = NEW.case_id;
END;
"""

# v5: a received bundle is a proposal, checked against this vault's own records.
# - ``received_bundles``: what was received, keyed on (sender key, bundle id), with the
#   manifest's SHA-256: the same id from another sender is another bundle, and a different
#   manifest under a known id is tampering. ``bundle_log`` loses its primary key on the id
#   for the same reason (two senders may use one id; only one of them is genuine).
# - ``sync_state`` gains ``sent`` (the revision this vault last sent to that peer, recorded
#   at export) and ``source`` (1: the record first arrived from that peer). Only such peers
#   may change a record; ``base`` (agreed at import) may now be unknown.
# - ``stage_reports``: the stage a peer reported for a case, shown beside it, never applied
#   by itself; ``vetting_records``: the case origin's signed vetting record, as received.
_V5 = """
CREATE TABLE received_bundles (
    peer_key TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (peer_key, bundle_id)
) WITHOUT ROWID;
INSERT INTO received_bundles (peer_key, bundle_id, manifest_sha256, sequence, received_at)
    SELECT peer_key, id, '', sequence, logged_at FROM bundle_log WHERE direction = 'received';
CREATE INDEX received_bundles_sequence ON received_bundles(peer_key, sequence);

CREATE TABLE bundle_log_v5 (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    peer TEXT NOT NULL,
    peer_key TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    profile TEXT NOT NULL,
    created_at TEXT NOT NULL,
    logged_at TEXT NOT NULL,
    counts TEXT NOT NULL
);
INSERT INTO bundle_log_v5 (id, direction, peer, peer_key, sequence, profile, created_at,
    logged_at, counts)
    SELECT id, direction, peer, peer_key, sequence, profile, created_at, logged_at, counts
    FROM bundle_log ORDER BY logged_at, id;
DROP TABLE bundle_log;
ALTER TABLE bundle_log_v5 RENAME TO bundle_log;
CREATE INDEX bundle_log_peer ON bundle_log(direction, peer_key, sequence);
CREATE INDEX bundle_log_logged ON bundle_log(logged_at);

CREATE TABLE sync_state_v5 (
    record_id TEXT NOT NULL,
    peer_key TEXT NOT NULL,
    base INTEGER,
    sent INTEGER,
    source INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (record_id, peer_key)
) WITHOUT ROWID;
INSERT INTO sync_state_v5 (record_id, peer_key, base, sent, source)
    SELECT record_id, peer_key, base, NULL, 1 FROM sync_state;
DROP TABLE sync_state;
ALTER TABLE sync_state_v5 RENAME TO sync_state;

CREATE TABLE stage_reports (
    case_id TEXT NOT NULL REFERENCES cases(id),
    peer_key TEXT NOT NULL,
    peer TEXT NOT NULL,
    stage TEXT NOT NULL,
    reported_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    PRIMARY KEY (case_id, peer_key)
) WITHOUT ROWID;

CREATE TABLE vetting_records (
    case_id TEXT PRIMARY KEY REFERENCES cases(id),
    peer_key TEXT NOT NULL,
    record TEXT NOT NULL,
    signature TEXT NOT NULL,
    received_at TEXT NOT NULL
) WITHOUT ROWID;
"""

# v6: returning persons (app/store/duplicates.py). person_keys holds each case's normalised
# passport, birth date, unit and name words, so intake and imports find the same person
# through an index; person_links keeps the user's "same person" / "different people"
# decisions. The keys are derived data, filled here for the cases already in the vault.
_V6 = """
CREATE TABLE person_keys (
    kind TEXT NOT NULL, key TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases(id),
    born TEXT
);
CREATE TABLE person_links (
    case_a TEXT NOT NULL REFERENCES cases(id),
    case_b TEXT NOT NULL REFERENCES cases(id),
    decision TEXT NOT NULL CHECK (decision IN ('same', 'distinct')),
    decided_at TEXT NOT NULL,
    PRIMARY KEY (case_a, case_b),
    CHECK (case_a < case_b)
);
CREATE INDEX person_links_b ON person_links(case_b);
"""

# v7: vetting attestations and the vault's own settings (app/store/attestations.py). An
# attestation is kept exactly as signed; whether it counts is decided when it is read.
_V7 = """
CREATE TABLE attestations (
    case_id TEXT NOT NULL REFERENCES cases(id),
    signer TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('cleared', 'rejected')),
    digest TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    signature TEXT NOT NULL,
    PRIMARY KEY (case_id, signer, decision, digest)
) WITHOUT ROWID;
CREATE TABLE vault_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""

# v8: a statement can carry a translation beside the original: its text, its language and
# who translated it (the dossier prints both; app/store/entry_ops.py translate_statement).
_V8 = """
ALTER TABLE statements ADD COLUMN translation TEXT;
ALTER TABLE statements ADD COLUMN translation_lang TEXT;
ALTER TABLE statements ADD COLUMN translator TEXT;
"""


def _v9(conn: Connection) -> None:
    """v9: what the metadata stripper removed is stored as codes (app/metadata_codes.py)
    instead of English sentences; a sentence no Satchel wrote is kept as it was."""
    rows = conn.execute("SELECT id, removed FROM attachments").fetchall()
    for attachment_id, removed in rows:
        old = json.loads(removed)
        new = [from_legacy(text) or text for text in old]
        if new != old:
            conn.execute(
                "UPDATE attachments SET removed = ? WHERE id = ?",
                (json.dumps(new, ensure_ascii=False), attachment_id),
            )


def _v6(conn: Connection) -> None:
    _script(_V6)(conn)
    rebuild_keys(conn)


STEPS: list[Callable[[Connection], None]] = [
    _script(_V1), _script(_V2), _script(_V3), _script(_V4), _script(_V5), _v6, _script(_V7),
    _script(_V8), _v9, _script(LIST_ROWS_V10), v11, v12, v13, v14, v15,
]  # fmt: skip
