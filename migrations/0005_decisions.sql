-- Schema 5: decisions and dates the register could not record before.
--
-- Organisations that need not designate a data protection officer (Art. 37
-- GDPR, § 38 BDSG) record why, so the register says so instead of leaving the
-- DPO empty without explanation. NULL means no such statement is recorded.

ALTER TABLE organisation ADD COLUMN no_dpo_reason TEXT;

-- How the data subjects of an activity are informed (Art. 13/14 GDPR): in the
-- public notice VVT generates, in a notice of their own (info_text names it),
-- or not at all under an exemption (info_ground, with info_text saying why).
ALTER TABLE activity ADD COLUMN info_kind TEXT NOT NULL DEFAULT 'public_notice'
    CHECK (info_kind IN ('public_notice', 'separate', 'exempt'));
ALTER TABLE activity ADD COLUMN info_ground TEXT
    CHECK (info_ground IN ('already_informed', 'disproportionate_effort', 'laid_down_by_law',
                           'professional_secrecy', 'national_law'));
ALTER TABLE activity ADD COLUMN info_text TEXT;

-- When a party's certification under the EU-US Data Privacy Framework was last
-- looked up in the DPF list; certifications are renewed yearly and can lapse.
ALTER TABLE party ADD COLUMN dpf_checked_on TEXT;
