-- Contact search and the duplicate check at a million contacts (issue 9).
--
-- The folded full name, computed once when a contact is written instead of on every row a search
-- or a duplicate check looks at: fold() costs about 2 microseconds a row, which made it most of the
-- time of a scan over a few thousand candidates. Adding it rewrites the table and its indexes
-- once: this migration takes about 20 s at a million contacts on 2 cores, the table locked.
ALTER TABLE contact ADD COLUMN search_name text
    GENERATED ALWAYS AS (fold(first_name || ' ' || last_name)) STORED;
-- Without the pending list (fastupdate): every search and duplicate check would read the names
-- added since the last vacuum one by one (3,000 of them made a duplicate check take 14 ms
-- instead of 8); a new contact pays for its trigrams once, when it is written.
DROP INDEX contact_name_trigram;
CREATE INDEX contact_search_name_trigram ON contact USING gin (search_name gin_trgm_ops) WITH (fastupdate = off);

-- Near-identical names for the duplicate check: exact matches by btree, the rest through the
-- trigram index with a raised similarity threshold. The GiST index answered the same
-- nearest-neighbour question, but at a million contacts its scans walked most of the index
-- (hundreds of milliseconds), and it was the slowest index to build and to keep up on insert.
DROP INDEX contact_name_similarity;
CREATE INDEX contact_search_name ON contact (search_name);

-- Email prefixes in the C collation. Under a linguistic collation (en-US and the like)
-- PostgreSQL estimates every LIKE 'abc%' at the same fixed share of the table, so it may walk the
-- name-order index for a prefix nobody has (seconds at a million contacts). In C the prefix is
-- an index range with a real estimate. lower() still folds case by the database's collation.
DROP INDEX contact_email_prefix;
CREATE INDEX contact_email_prefix ON contact ((lower(email) COLLATE "C"));

-- E.164 numbers are ASCII: the C collation gives plain btree equality and prefix ranges.
DROP INDEX contact_phone_e164;
ALTER TABLE contact_phone ALTER COLUMN e164 TYPE text COLLATE "C";
CREATE INDEX contact_phone_e164 ON contact_phone (e164);

-- The name-order indexes cover what a walk in name order checks on every row it passes (the
-- folded name, the account, the archive mark), so that such a walk never reads the table: about
-- 0.15 microseconds a row instead of about 1. Search walks contact_name_order for a common
-- fragment, and reads contact_account_name per account whose name matches.
DROP INDEX contact_name_order;
CREATE INDEX contact_name_order ON contact (lower(last_name), lower(first_name), id)
    INCLUDE (first_name, last_name, search_name, account_id, archived_at);
DROP INDEX contact_account_name;
CREATE INDEX contact_account_name ON contact (account_id, lower(last_name), lower(first_name), id)
    INCLUDE (first_name, last_name, archived_at);
