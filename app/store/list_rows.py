"""What the case list and a search show first, readable from a few pages (schema v10).

On a fresh connection every page SQLite reads is decrypted and its HMAC checked, so what a
person sees first after unlocking should come from few pages:

- ``case_list`` holds each case's list row (the columns of
  :func:`app.store.cases.list_cases`) in the list's default order, so the newest 200 cases
  are a few neighbouring pages instead of a page of ``cases``, ``persons`` and ``risks``
  each. At 100,000 cases, opening a connection, counting and reading the first page took
  19 ms (plain SQLite: 4.9 ms); from these rows it takes 1.3 ms (plain SQLite: 1.1 ms).
  ``case_count`` holds the number of cases, which ``count(*)`` finds by reading a whole
  index.
- ``search_keys`` also holds the name, aliases and unit that the case's row of the search
  index was built from (written by :func:`app.store.search.reindex_case`, which every write
  of them goes through), so a search hit reads one small row instead of a case, a person and
  a service, and never the index's own copy of every statement and note.

``case_list`` and ``case_count`` are derived data kept by triggers: each rebuilds the
affected case's row with the very join the list would run, whoever writes the tables (the
store, an import, demo data, a border restore), so a row cannot say anything the cases,
persons and risks do not. Border bundles leave both out; the triggers fill them again as the
rows come back.
"""

from __future__ import annotations

_LIST_ROW = """
    INSERT INTO case_list (touched_at, case_id, name, name_latin, name_cyrillic, stage, risk,
                           lawyer, deadline, next_action, created_at)
    SELECT c.touched_at, c.id, p.name, p.name_latin, p.name_cyrillic, c.stage, r.risk,
           c.lawyer, c.deadline, c.next_action, c.created_at
    FROM cases c JOIN persons p ON p.id = c.person_id LEFT JOIN risks r ON r.case_id = c.id"""
LIST_ROWS_V10 = f"""
CREATE TABLE case_list (
    touched_at TEXT NOT NULL,
    case_id TEXT NOT NULL,
    name TEXT, name_latin TEXT, name_cyrillic TEXT, stage TEXT, risk TEXT, lawyer TEXT,
    deadline TEXT, next_action TEXT, created_at TEXT,
    PRIMARY KEY (touched_at, case_id)
) WITHOUT ROWID;
{_LIST_ROW};
CREATE INDEX case_list_case ON case_list(case_id);
CREATE TABLE case_count (n INTEGER NOT NULL);
INSERT INTO case_count (n) SELECT count(*) FROM cases;

ALTER TABLE search_keys ADD COLUMN name TEXT;
ALTER TABLE search_keys ADD COLUMN name_latin TEXT;
ALTER TABLE search_keys ADD COLUMN name_cyrillic TEXT;
ALTER TABLE search_keys ADD COLUMN aliases TEXT;
ALTER TABLE search_keys ADD COLUMN unit TEXT;
UPDATE search_keys SET (name, name_latin, name_cyrillic, aliases, unit) = (
    SELECT p.name, p.name_latin, p.name_cyrillic, p.aliases, s.unit
    FROM cases c JOIN persons p ON p.id = c.person_id LEFT JOIN services s ON s.case_id = c.id
    WHERE c.id = search_keys.case_id);

CREATE TRIGGER case_list_case_insert AFTER INSERT ON cases BEGIN
    {_LIST_ROW} WHERE c.id = NEW.id;
    UPDATE case_count SET n = n + 1;
END;
CREATE TRIGGER case_list_case_update
AFTER UPDATE OF id, person_id, stage, lawyer, next_action, deadline, created_at, touched_at
ON cases BEGIN
    DELETE FROM case_list WHERE case_id IN (OLD.id, NEW.id);
    {_LIST_ROW} WHERE c.id = NEW.id;
END;
CREATE TRIGGER case_list_case_delete AFTER DELETE ON cases BEGIN
    DELETE FROM case_list WHERE case_id = OLD.id;
    UPDATE case_count SET n = n - 1;
END;
CREATE TRIGGER case_list_person_insert AFTER INSERT ON persons BEGIN
    DELETE FROM case_list WHERE case_id IN (SELECT id FROM cases WHERE person_id = NEW.id);
    {_LIST_ROW} WHERE c.person_id = NEW.id;
END;
CREATE TRIGGER case_list_person_update AFTER UPDATE OF id, name, name_latin, name_cyrillic
ON persons BEGIN
    DELETE FROM case_list
        WHERE case_id IN (SELECT id FROM cases WHERE person_id IN (OLD.id, NEW.id));
    {_LIST_ROW} WHERE c.person_id IN (OLD.id, NEW.id);
END;
CREATE TRIGGER case_list_person_delete AFTER DELETE ON persons BEGIN
    DELETE FROM case_list WHERE case_id IN (SELECT id FROM cases WHERE person_id = OLD.id);
END;
CREATE TRIGGER case_list_risk_insert AFTER INSERT ON risks BEGIN
    DELETE FROM case_list WHERE case_id = NEW.case_id;
    {_LIST_ROW} WHERE c.id = NEW.case_id;
END;
CREATE TRIGGER case_list_risk_update AFTER UPDATE OF risk, case_id ON risks BEGIN
    DELETE FROM case_list WHERE case_id IN (OLD.case_id, NEW.case_id);
    {_LIST_ROW} WHERE c.id IN (OLD.case_id, NEW.case_id);
END;
CREATE TRIGGER case_list_risk_delete AFTER DELETE ON risks BEGIN
    DELETE FROM case_list WHERE case_id = OLD.case_id;
    {_LIST_ROW} WHERE c.id = OLD.case_id;
END;
"""  # noqa: S608 (this module's own SQL text, no value in it)
