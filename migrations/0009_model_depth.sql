-- Schema 0009 (issue 23): structure where registers held only free text.
--
-- Never edit this file once shipped: corrections go into a new migration.

-- A retention period starts with an event from a catalog; the free text
-- `starts_at` stays beside it, for what the event means in this activity.
-- `at_end` says what happens when the period runs out: erasure, or the
-- restriction of processing that replaces it (Art. 18 GDPR, § 35 BDSG).
ALTER TABLE data_category ADD COLUMN start_event TEXT CHECK (start_event IN (
    'creation', 'end_of_contract', 'end_of_employment', 'end_of_treatment',
    'end_of_procedure', 'end_of_session', 'end_of_use', 'end_of_calendar_year',
    'withdrawal_of_consent', 'purpose_achieved', 'other'));
ALTER TABLE data_category ADD COLUMN at_end TEXT CHECK (at_end IN ('erasure', 'restriction'));

-- Registers written before: a recorded start is read for the event it
-- names, most specific first; the text itself is kept. A start that names
-- none of them stays without an event (not recorded): whether the catalog
-- fits is for the DPO to say, not for a guess.
-- (LIKE ignores the case of ASCII letters only; the umlauts below stand
-- where no capital can be.)
UPDATE data_category SET start_event = CASE
    WHEN starts_at LIKE '%widerruf%' OR starts_at LIKE '%withdraw%'
        THEN 'withdrawal_of_consent'
    WHEN starts_at LIKE '%kalenderjahr%' OR starts_at LIKE '%calendar year%'
        OR starts_at LIKE '%geschäftsjahr%'
        OR starts_at LIKE '%jahresende%' OR starts_at LIKE '%end of the year%'
        OR starts_at LIKE '%ende des jahres%'
        THEN 'end_of_calendar_year'
    WHEN starts_at LIKE '%arbeitsverhältnis%'
        OR starts_at LIKE '%beschäftigungsverhältnis%'
        OR starts_at LIKE '%austritt%' OR starts_at LIKE '%employment%'
        THEN 'end_of_employment'
    WHEN starts_at LIKE '%behandlung%' OR starts_at LIKE '%treatment%'
        THEN 'end_of_treatment'
    WHEN starts_at LIKE '%vertrag%' OR starts_at LIKE '%contract%'
        OR starts_at LIKE '%mitgliedschaft%' OR starts_at LIKE '%membership%'
        THEN 'end_of_contract'
    WHEN starts_at LIKE '%verfahren%' OR starts_at LIKE '%procedure%'
        OR starts_at LIKE '%vorgang%' OR starts_at LIKE '%proceeding%'
        THEN 'end_of_procedure'
    WHEN starts_at LIKE '%meeting%' OR starts_at LIKE '%sitzung%'
        OR starts_at LIKE '%session%' OR starts_at LIKE '%besuch%'
        OR starts_at LIKE '%visit%' OR starts_at LIKE '%teilnahme%'
        THEN 'end_of_session'
    WHEN starts_at LIKE '%nutzung%' OR starts_at LIKE '%konto%'
        OR starts_at LIKE '%account%' OR starts_at LIKE '%end of use%'
        THEN 'end_of_use'
    WHEN starts_at LIKE '%zweck%' OR starts_at LIKE '%purpose%'
        THEN 'purpose_achieved'
    WHEN starts_at LIKE '%erhebung%' OR starts_at LIKE '%erstellung%'
        OR starts_at LIKE '%collect%' OR starts_at LIKE '%creat%'
        OR starts_at LIKE '%aufzeichnung%' OR starts_at LIKE '%recording%'
        THEN 'creation'
END
WHERE starts_at IS NOT NULL AND trim(starts_at) <> '';

-- Data-subject groups from a catalog, beside the free-text categories, so
-- that rules can reason on them (children, existing customers, employees).
CREATE TABLE data_subject_group (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    code        TEXT NOT NULL CHECK (code IN ('employees', 'applicants', 'customers',
                    'prospects', 'patients', 'children', 'residents', 'website_visitors',
                    'users', 'members', 'participants', 'business_contacts')),
    PRIMARY KEY (activity_id, position),
    UNIQUE (activity_id, code)
) STRICT;

-- Registers written before: a free-text category that is plainly one of the
-- groups gets it; the text is kept. Only unambiguous words are read.
INSERT INTO data_subject_group (activity_id, position, code)
SELECT activity_id, row_number() OVER (PARTITION BY activity_id ORDER BY first) - 1, code
FROM (
    SELECT activity_id, code, min(position) AS first
    FROM (
        SELECT activity_id, position, CASE
            WHEN name LIKE '%bewerber%' OR name LIKE '%applicant%' THEN 'applicants'
            WHEN name LIKE '%beschäftigte%' OR name LIKE '%mitarbeiter%'
                OR name LIKE '%employee%' OR name LIKE '%arbeitnehmer%' THEN 'employees'
            WHEN name LIKE '%patient%' THEN 'patients'
            WHEN name LIKE '%interessent%' OR name LIKE '%prospect%' THEN 'prospects'
            WHEN name LIKE '%kunde%' OR name LIKE '%kundin%' OR name LIKE '%customer%'
                THEN 'customers'
            WHEN name LIKE 'kinder%' OR name LIKE '% kinder%' OR name LIKE '%children%'
                OR name LIKE 'schüler%' OR name LIKE '% schüler%' THEN 'children'
            WHEN name LIKE '%einwohner%' OR name LIKE '%resident%' OR name LIKE '%bürger%'
                THEN 'residents'
            WHEN name LIKE '%website%' OR name LIKE '%webseite%' OR name LIKE '%homepage%'
                THEN 'website_visitors'
            WHEN name LIKE '%mitglied%' OR name LIKE '%member%' THEN 'members'
            WHEN name LIKE '%teilnehm%' OR name LIKE '%participant%' THEN 'participants'
            WHEN name LIKE '%nutzer%' OR name LIKE '%user%' THEN 'users'
        END AS code
        FROM data_subject
    )
    WHERE code IS NOT NULL
    GROUP BY activity_id, code
);

-- Professional secrecy: a controller bound by § 203 StGB (physicians,
-- lawyers, tax advisors …) may let service providers see secrets only when
-- it has obliged them to confidentiality (§ 203(4) sentence 2 no. 1 StGB);
-- the processor agreement records that obligation.
ALTER TABLE organisation ADD COLUMN professional_secrecy INTEGER NOT NULL DEFAULT 0
    CHECK (professional_secrecy IN (0, 1));
ALTER TABLE processor_agreement ADD COLUMN secrecy_obligation INTEGER NOT NULL DEFAULT 0
    CHECK (secrecy_obligation IN (0, 1));

-- The Art. 9(2) conditions and Art. 10 bases tied to the data category they
-- cover, not only to the activity's purposes: health data under 9(2)(h),
-- the certificate of good conduct under Art. 10 with the statute.
CREATE TABLE data_category_condition (
    activity_id INTEGER NOT NULL,
    category    INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    code        TEXT NOT NULL REFERENCES legal_basis (code),
    PRIMARY KEY (activity_id, category, position),
    UNIQUE (activity_id, category, code),
    FOREIGN KEY (activity_id, category) REFERENCES data_category (activity_id, position)
        ON DELETE CASCADE
) STRICT;
CREATE INDEX data_category_condition_code ON data_category_condition (code);

-- Publication as a recipient: "the public" is a role of its own. SQLite
-- cannot change a CHECK constraint, so the recipient table is rebuilt with
-- the role added and its rows copied as they are.
CREATE TABLE recipient_0009 (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('internal', 'processor', 'sub_processor',
                    'joint_controller', 'independent_controller', 'public_authority',
                    'public')),
    party_id    INTEGER REFERENCES party (id),
    description TEXT,
    note        TEXT,
    own_responsibility TEXT,
    -- The statute a disclosure or publication rests on, in words.
    legal_basis_note TEXT,
    PRIMARY KEY (activity_id, position)
) STRICT;
INSERT INTO recipient_0009 (activity_id, position, role, party_id, description, note,
    own_responsibility)
SELECT activity_id, position, role, party_id, description, note, own_responsibility
FROM recipient;
DROP TABLE recipient;
ALTER TABLE recipient_0009 RENAME TO recipient;
CREATE INDEX recipient_party ON recipient (party_id);

-- Where the public is reached.
CREATE TABLE recipient_channel (
    activity_id INTEGER NOT NULL,
    recipient   INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('website', 'livestream', 'notice_board',
                    'council_information_system', 'print', 'social_media')),
    PRIMARY KEY (activity_id, recipient, position),
    UNIQUE (activity_id, recipient, channel),
    FOREIGN KEY (activity_id, recipient) REFERENCES recipient (activity_id, position)
        ON DELETE CASCADE
) STRICT;

-- Disclosure per recipient: which of the activity's data categories go
-- there (by name, as the activity lists them) …
CREATE TABLE recipient_data_category (
    activity_id INTEGER NOT NULL,
    recipient   INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    category    TEXT NOT NULL,
    PRIMARY KEY (activity_id, recipient, position),
    UNIQUE (activity_id, recipient, category),
    FOREIGN KEY (activity_id, recipient) REFERENCES recipient (activity_id, position)
        ON DELETE CASCADE
) STRICT;

-- … and the legal basis of that disclosure where it differs from the
-- purposes' (a tax office under a statute, the billing agency of a practice).
CREATE TABLE recipient_legal_basis (
    activity_id INTEGER NOT NULL,
    recipient   INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    code        TEXT NOT NULL REFERENCES legal_basis (code),
    PRIMARY KEY (activity_id, recipient, position),
    UNIQUE (activity_id, recipient, code),
    FOREIGN KEY (activity_id, recipient) REFERENCES recipient (activity_id, position)
        ON DELETE CASCADE
) STRICT;
CREATE INDEX recipient_legal_basis_code ON recipient_legal_basis (code);
