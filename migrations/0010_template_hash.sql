-- Which organisation templates shaped a published notice (issue 17): the
-- SHA-256 over the override templates in use when it was published, NULL
-- when it was laid out by VVT's built-in templates alone. Numbered 0010
-- because 0008 and 0009 are taken by work on other branches.

ALTER TABLE notice_publication ADD COLUMN template_hash TEXT;
