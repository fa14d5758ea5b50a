-- Schema 0011 (issue 23): automated decisions one by one, and the cookies,
-- device storage and third-party content of a website or app activity.
--
-- Never edit this file once shipped: corrections go into a new migration.

-- Each automated individual decision (Art. 22 GDPR) of an activity whose
-- `adm_kind` is 'used'. Registers written before keep their activity-wide
-- text (`adm_logic`, `adm_consequences`) and get no rows: which decisions
-- that text describes is for the DPO to say.
CREATE TABLE automated_decision (
    activity_id     INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    decision        TEXT NOT NULL,
    effect          TEXT NOT NULL CHECK (effect IN ('legal', 'similarly_significant')),
    consequences    TEXT,
    purpose         TEXT,
    exception       TEXT CHECK (exception IN ('contract', 'law', 'explicit_consent')),
    exception_note  TEXT,
    safeguards_note TEXT,
    PRIMARY KEY (activity_id, position)
) STRICT;

-- The Art. 22(3) safeguards a decision offers.
CREATE TABLE automated_decision_safeguard (
    activity_id INTEGER NOT NULL,
    decision    INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    code        TEXT NOT NULL CHECK (code IN ('human_intervention', 'express_view', 'contest')),
    PRIMARY KEY (activity_id, decision, position),
    UNIQUE (activity_id, decision, code),
    FOREIGN KEY (activity_id, decision)
        REFERENCES automated_decision (activity_id, position) ON DELETE CASCADE
) STRICT;

-- Cookies, storage entries and embedded services (§ 25 TDDDG): the notice's
-- cookie table. `country` is a third country the data goes to, if any.
CREATE TABLE embed (
    activity_id    INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('cookie', 'storage', 'embed')),
    provider       TEXT,
    purpose        TEXT NOT NULL,
    access         TEXT NOT NULL CHECK (access IN ('consent', 'strictly_necessary')),
    before_consent INTEGER NOT NULL CHECK (before_consent IN (0, 1)),
    duration       TEXT,
    country        TEXT REFERENCES country (code),
    PRIMARY KEY (activity_id, position)
) STRICT;
