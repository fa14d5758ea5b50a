-- The register's schema. Shipped migrations are never edited: every change
-- is a new numbered file (see src/store/migrate.rs).

-- Reference catalogs --------------------------------------------------------

CREATE TABLE legal_basis (
    code        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('art6', 'art9', 'art10', 'national', 'other')),
    citation_de TEXT NOT NULL,
    citation_en TEXT NOT NULL,
    label_de    TEXT NOT NULL,
    label_en    TEXT NOT NULL,
    dpv         TEXT,
    source      TEXT NOT NULL,
    checked_on  TEXT NOT NULL,
    sort        INTEGER NOT NULL
) STRICT;

CREATE TABLE country (
    code              TEXT PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code)),
    name_de           TEXT NOT NULL,
    name_en           TEXT NOT NULL,
    eea               INTEGER NOT NULL CHECK (eea IN (0, 1)),
    adequacy_decision TEXT,
    adequacy_date     TEXT,
    adequacy_scope_de TEXT,
    adequacy_scope_en TEXT,
    source            TEXT NOT NULL,
    checked_on        TEXT NOT NULL,
    CHECK ((adequacy_decision IS NULL) = (adequacy_date IS NULL))
) STRICT;

CREATE TABLE transfer_mechanism (
    code                TEXT PRIMARY KEY,
    citation_de         TEXT NOT NULL,
    citation_en         TEXT NOT NULL,
    label_de            TEXT NOT NULL,
    label_en            TEXT NOT NULL,
    dpv                 TEXT,
    needs_documentation INTEGER NOT NULL CHECK (needs_documentation IN (0, 1)),
    valid               INTEGER NOT NULL CHECK (valid IN (0, 1)),
    source              TEXT NOT NULL,
    checked_on          TEXT NOT NULL,
    sort                INTEGER NOT NULL
) STRICT;

CREATE TABLE authority (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    region     TEXT NOT NULL,
    sector     TEXT NOT NULL CHECK (sector IN ('private', 'public', 'all')),
    address    TEXT NOT NULL,
    email      TEXT,
    phone      TEXT,
    website    TEXT,
    source     TEXT NOT NULL,
    checked_on TEXT NOT NULL,
    sort       INTEGER NOT NULL
) STRICT;

CREATE TABLE suggestion (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('data_category', 'data_subject')),
    label_de TEXT NOT NULL,
    label_en TEXT NOT NULL,
    special  INTEGER NOT NULL DEFAULT 0 CHECK (special IN (0, 1)),
    sort     INTEGER NOT NULL
) STRICT;

-- The header ----------------------------------------------------------------

CREATE TABLE organisation (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    controller_name        TEXT NOT NULL DEFAULT '',
    controller_address     TEXT,
    controller_email       TEXT,
    controller_phone       TEXT,
    controller_website     TEXT,
    controller_public_body INTEGER NOT NULL DEFAULT 0 CHECK (controller_public_body IN (0, 1)),
    dpo_name               TEXT,
    dpo_external           INTEGER NOT NULL DEFAULT 0 CHECK (dpo_external IN (0, 1)),
    dpo_organisation       TEXT,
    dpo_address            TEXT,
    dpo_email              TEXT,
    dpo_phone              TEXT,
    rep_name               TEXT,
    rep_address            TEXT,
    rep_email              TEXT,
    rep_phone              TEXT,
    authority              TEXT REFERENCES authority (code),
    notice_date            TEXT,
    version                INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO organisation (id) VALUES (1);

CREATE TABLE joint_controller (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    address     TEXT,
    contact     TEXT,
    arrangement TEXT
) STRICT;

-- Organisation-wide catalogs the DPO keeps -----------------------------------

CREATE TABLE tom (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    goal        TEXT NOT NULL CHECK (goal IN ('pseudonymisation', 'encryption', 'confidentiality',
                    'integrity', 'availability', 'resilience', 'recoverability', 'evaluation')),
    title       TEXT NOT NULL,
    description TEXT,
    version     INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE party (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    address       TEXT,
    country       TEXT REFERENCES country (code),
    contact       TEXT,
    dpf_certified INTEGER NOT NULL DEFAULT 0 CHECK (dpf_certified IN (0, 1)),
    notes         TEXT,
    version       INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE party_certification (
    party_id INTEGER NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    PRIMARY KEY (party_id, position)
) STRICT;

CREATE TABLE processor_agreement (
    party_id    INTEGER PRIMARY KEY REFERENCES party (id) ON DELETE CASCADE,
    signed_on   TEXT,
    reference   TEXT,
    location    TEXT,
    next_review TEXT
) STRICT;

CREATE TABLE agreement_point (
    party_id INTEGER NOT NULL REFERENCES processor_agreement (party_id) ON DELETE CASCADE,
    point    TEXT NOT NULL CHECK (point IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')),
    PRIMARY KEY (party_id, point)
) STRICT;

CREATE TABLE agreement_location (
    party_id INTEGER NOT NULL REFERENCES processor_agreement (party_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    location TEXT NOT NULL,
    PRIMARY KEY (party_id, position)
) STRICT;

CREATE TABLE subprocessor (
    party_id     INTEGER NOT NULL REFERENCES processor_agreement (party_id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    sub_party_id INTEGER NOT NULL REFERENCES party (id),
    country      TEXT REFERENCES country (code),
    task         TEXT,
    mechanism    TEXT REFERENCES transfer_mechanism (code),
    PRIMARY KEY (party_id, position)
) STRICT;
CREATE INDEX subprocessor_sub_party ON subprocessor (sub_party_id);

-- Processing activities -----------------------------------------------------

CREATE TABLE activity (
    id                    INTEGER PRIMARY KEY,
    key                   TEXT NOT NULL UNIQUE,
    name                  TEXT NOT NULL,
    description           TEXT,
    department            TEXT,
    contact_person        TEXT,
    status                TEXT NOT NULL CHECK (status IN ('draft', 'active', 'retired')),
    source_from_subject   INTEGER CHECK (source_from_subject IN (0, 1)),
    source_other          TEXT,
    source_public         INTEGER CHECK (source_public IN (0, 1)),
    provision_kind        TEXT CHECK (provision_kind IN ('statutory', 'contractual', 'pre_contractual', 'voluntary')),
    provision_consequence TEXT,
    adm_kind              TEXT CHECK (adm_kind IN ('none', 'used')),
    adm_logic             TEXT,
    adm_consequences      TEXT,
    tom_notes             TEXT,
    dpia_required         INTEGER CHECK (dpia_required IN (0, 1)),
    dpia_reason           TEXT,
    dpia_done_on          TEXT,
    dpia_reference        TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    last_reviewed         TEXT,
    next_review           TEXT,
    notes                 TEXT,
    version               INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE joint_controller_activity (
    joint_controller_id INTEGER NOT NULL REFERENCES joint_controller (id) ON DELETE CASCADE,
    activity_id         INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    PRIMARY KEY (joint_controller_id, activity_id)
) STRICT;

CREATE TABLE purpose (
    id                   INTEGER PRIMARY KEY,
    activity_id          INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    description          TEXT NOT NULL,
    legal_basis_note     TEXT,
    legitimate_interests TEXT,
    consent_given        TEXT,
    consent_withdrawal   TEXT,
    UNIQUE (activity_id, position)
) STRICT;

CREATE TABLE purpose_legal_basis (
    purpose_id INTEGER NOT NULL REFERENCES purpose (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    code       TEXT NOT NULL REFERENCES legal_basis (code),
    PRIMARY KEY (purpose_id, position),
    UNIQUE (purpose_id, code)
) STRICT;
CREATE INDEX purpose_legal_basis_code ON purpose_legal_basis (code);

CREATE TABLE data_subject (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (activity_id, position)
) STRICT;

CREATE TABLE data_category (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT,
    special     INTEGER NOT NULL DEFAULT 0 CHECK (special IN (0, 1)),
    criminal    INTEGER NOT NULL DEFAULT 0 CHECK (criminal IN (0, 1)),
    period_amount INTEGER CHECK (period_amount >= 0),
    period_unit   TEXT CHECK (period_unit IN ('hours', 'days', 'weeks', 'months', 'years')),
    criterion     TEXT,
    starts_at     TEXT,
    deletion      TEXT,
    PRIMARY KEY (activity_id, position),
    CHECK ((period_amount IS NULL) = (period_unit IS NULL))
) STRICT;

CREATE TABLE recipient (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('internal', 'processor', 'sub_processor',
                    'joint_controller', 'independent_controller', 'public_authority')),
    party_id    INTEGER REFERENCES party (id),
    description TEXT,
    note        TEXT,
    PRIMARY KEY (activity_id, position)
) STRICT;
CREATE INDEX recipient_party ON recipient (party_id);

CREATE TABLE transfer (
    activity_id              INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
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
    PRIMARY KEY (activity_id, position)
) STRICT;
CREATE INDEX transfer_party ON transfer (party_id);

CREATE TABLE activity_tom (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    tom_id      INTEGER NOT NULL REFERENCES tom (id),
    PRIMARY KEY (activity_id, position),
    UNIQUE (activity_id, tom_id)
) STRICT;
CREATE INDEX activity_tom_tom ON activity_tom (tom_id);

-- Change history ------------------------------------------------------------

CREATE TABLE change_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    user    TEXT NOT NULL,
    entity  TEXT NOT NULL CHECK (entity IN ('organisation', 'activity', 'party', 'tom')),
    key     TEXT NOT NULL,
    action  TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    changes TEXT NOT NULL
) STRICT;
CREATE INDEX change_log_record ON change_log (entity, key);
CREATE INDEX change_log_at ON change_log (at);
