-- Organisations that need not designate a data protection officer (Art. 37
-- GDPR, § 38 BDSG) record why, so the register says so instead of leaving the
-- DPO empty without explanation. NULL means no such statement is recorded.

ALTER TABLE organisation ADD COLUMN no_dpo_reason TEXT;
