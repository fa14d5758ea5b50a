-- The processor's record (Art. 30(2) GDPR): processing the organisation does
-- on behalf of other controllers, one row per controller and processing.

CREATE TABLE processor_activity (
    id                        INTEGER PRIMARY KEY,
    key                       TEXT NOT NULL UNIQUE,
    name                      TEXT NOT NULL,
    controller_name           TEXT NOT NULL,
    controller_address        TEXT,
    controller_contact        TEXT,
    controller_representative TEXT,
    controller_dpo            TEXT,
    tom_notes                 TEXT,
    notes                     TEXT,
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    version                   INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE processor_activity_category (
    processor_activity_id INTEGER NOT NULL REFERENCES processor_activity (id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,
    name                  TEXT NOT NULL,
    PRIMARY KEY (processor_activity_id, position)
) STRICT;

CREATE TABLE processor_activity_transfer (
    processor_activity_id    INTEGER NOT NULL REFERENCES processor_activity (id) ON DELETE CASCADE,
    position                 INTEGER NOT NULL,
    party_id                 INTEGER REFERENCES party (id),
    country                  TEXT NOT NULL REFERENCES country (code),
    mechanism                TEXT REFERENCES transfer_mechanism (code),
    scc_module               INTEGER CHECK (scc_module BETWEEN 1 AND 4),
    supplementary_measures   TEXT,
    tia_date                 TEXT,
    tia_result               TEXT,
    derogation_documentation TEXT,
    safeguards_copy          TEXT,
    note                     TEXT,
    PRIMARY KEY (processor_activity_id, position)
) STRICT;
CREATE INDEX processor_activity_transfer_party ON processor_activity_transfer (party_id);

CREATE TABLE processor_activity_tom (
    processor_activity_id INTEGER NOT NULL REFERENCES processor_activity (id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,
    tom_id                INTEGER NOT NULL REFERENCES tom (id),
    PRIMARY KEY (processor_activity_id, position),
    UNIQUE (processor_activity_id, tom_id)
) STRICT;
CREATE INDEX processor_activity_tom_tom ON processor_activity_tom (tom_id);

-- The history must accept the new kind of record. SQLite cannot change a
-- CHECK constraint in place, so change_log is rebuilt with the same columns,
-- rows (ids included) and indexes.
CREATE TABLE change_log_new (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    user    TEXT NOT NULL,
    entity  TEXT NOT NULL CHECK (entity IN ('organisation', 'activity', 'party', 'tom',
                'processor_activity')),
    key     TEXT NOT NULL,
    action  TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    changes TEXT NOT NULL
) STRICT;
INSERT INTO change_log_new (id, at, user, entity, key, action, changes)
    SELECT id, at, user, entity, key, action, changes FROM change_log;
DROP TABLE change_log;
ALTER TABLE change_log_new RENAME TO change_log;
CREATE INDEX change_log_record ON change_log (entity, key);
CREATE INDEX change_log_at ON change_log (at);
