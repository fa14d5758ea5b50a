-- Published versions of the public notice (Art. 13/14): immutable once written.

CREATE TABLE notice_publication (
    id           INTEGER PRIMARY KEY,
    lang         TEXT NOT NULL CHECK (lang IN ('de', 'en')),
    published_at TEXT NOT NULL,
    user         TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    markdown     TEXT NOT NULL,
    html         TEXT NOT NULL
) STRICT;

CREATE INDEX notice_publication_lang ON notice_publication (lang, published_at);

CREATE TRIGGER notice_publication_immutable
BEFORE UPDATE ON notice_publication
BEGIN
    SELECT RAISE(ABORT, 'a published notice cannot be changed');
END;
