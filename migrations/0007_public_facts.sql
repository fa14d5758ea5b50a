-- Schema 7: public facts get public fields, so that the notice can state
-- them instead of their hiding in internal notes.
--
-- Never edit this file once shipped: corrections go into a new migration.

-- Where a recipient's own privacy notice is published (a link the notice
-- gives, e.g. for a provider acting also as a controller of its own).
ALTER TABLE party ADD COLUMN privacy_notice_url TEXT;

-- What a recipient processes as a controller of its own, beside what it
-- receives for the activity (e.g. a processor's own business purposes, or
-- the visit of its website to download the software).
ALTER TABLE recipient ADD COLUMN own_responsibility TEXT;

-- Who sees the data, in words data subjects understand ("all participants
-- of a meeting see its contents").
ALTER TABLE activity ADD COLUMN access TEXT;

-- The organisation's general rule for deleting personal data, which the
-- notice states beside the periods per category.
ALTER TABLE organisation ADD COLUMN deletion_rule TEXT;

-- A purpose of direct marketing: the notice then sets the unconditional
-- objection of Art. 21(2)/(3) GDPR apart, as Art. 21(4) requires.
ALTER TABLE purpose ADD COLUMN direct_marketing INTEGER NOT NULL DEFAULT 0
    CHECK (direct_marketing IN (0, 1));
