-- Schema 0013: the register's texts in English (issue 19).
--
-- Never edit this file once shipped: corrections go into a new migration.
--
-- An overlay beside the records, keyed by the kind of record, its key, the
-- text's JSON path inside it (`purposes[0].description`) and the language
-- translated into. `source_hash` is the SHA-256 (hex) of the German text
-- the translation was made from: when the record's text no longer hashes to
-- it, the translation is outdated. The records' own tables stay as they are,
-- so their validation and history do not change. Rows whose record or text
-- no longer exists are ignored on load and dropped on the next write of a
-- translation or import.
CREATE TABLE translation (
    entity      TEXT NOT NULL CHECK (entity IN ('organisation', 'activity', 'party', 'tom', 'processor_activity')),
    key         TEXT NOT NULL,
    field       TEXT NOT NULL,
    lang        TEXT NOT NULL CHECK (lang IN ('en')),
    text        TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    PRIMARY KEY (entity, key, field, lang)
) WITHOUT ROWID;
