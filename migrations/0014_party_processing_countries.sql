-- Schema 0014: where a party processes besides its seat (issue 18).
--
-- Never edit this file once shipped: corrections go into a new migration.
--
-- ISO 3166-1 alpha-2 codes, checked against the country catalog when the
-- party is saved, in the order the DPO gave them. A German provider that
-- hosts in the United States has seat `DE` and a row `US` here; its DPF
-- certification (party.dpf_certified) then applies to that processing.
CREATE TABLE party_processing_country (
    party_id INTEGER NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    country  TEXT NOT NULL,
    PRIMARY KEY (party_id, position)
) STRICT;
