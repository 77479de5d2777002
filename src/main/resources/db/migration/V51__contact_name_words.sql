-- Contact search by word prefix (issue 9): each word typed must be the start of some word of the
-- contact's name (first and last name, case and accents folded), or of its account's name, as
-- CRM searches do. "Contains"
-- matching (a trigram index over the whole name) cost 10 to 50 ms for common fragments at a
-- million contacts; a prefix is a range of a btree over the words of the names.
--
-- The words of a folded name: the runs of letters and digits, plus each apostrophe-bearing word
-- without its apostrophes (so "o'brien" is found by "o", "brien" and "obrien").
CREATE FUNCTION name_words(folded text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT w FROM regexp_split_to_table(folded, '[^[:alnum:]]+') w WHERE w <> ''
        UNION
        SELECT w FROM regexp_split_to_table(replace(folded, '''', ''), '[^[:alnum:]]+') w WHERE w <> ''
    $$;

-- One row per word of each contact's name, with what a search needs to page in name order
-- without reading the contact: the sort keys (lower() in the database collation, as the lists
-- sort), the folded name (to check the other words typed) and whether the contact is active.
-- Words compare in the C collation, where a prefix is an index range with a real estimate.
-- Kept by the triggers below, in the same transaction as the contact.
CREATE TABLE contact_name_word (
    word        text COLLATE "C" NOT NULL,
    contact_id  uuid NOT NULL,
    last_key    text NOT NULL,
    first_key   text NOT NULL,
    search_name text NOT NULL,
    active      boolean NOT NULL
);

-- The same for account names, which contact search matches too.
CREATE TABLE account_name_word (
    word       text COLLATE "C" NOT NULL,
    account_id uuid NOT NULL
);

-- Fills both tables from scratch (this migration, and bulk loads that bypass the triggers).
CREATE FUNCTION name_words_rebuild() RETURNS bigint
    LANGUAGE sql VOLATILE
    BEGIN ATOMIC
        DELETE FROM contact_name_word;
        INSERT INTO contact_name_word (word, contact_id, last_key, first_key, search_name, active)
        SELECT w.w, c.id, lower(c.last_name), lower(c.first_name), c.search_name, c.archived_at IS NULL
        FROM contact c CROSS JOIN LATERAL name_words(c.search_name) w(w);
        DELETE FROM account_name_word;
        INSERT INTO account_name_word (word, account_id)
        SELECT w.w, a.id FROM account a CROSS JOIN LATERAL name_words(fold(a.name)) w(w);
        SELECT (SELECT count(*) FROM contact_name_word) + (SELECT count(*) FROM account_name_word);
    END;

SELECT name_words_rebuild();

CREATE INDEX contact_name_word_prefix ON contact_name_word (word, last_key, first_key, contact_id)
    INCLUDE (search_name, active);
CREATE INDEX contact_name_word_contact ON contact_name_word (contact_id);
CREATE INDEX account_name_word_prefix ON account_name_word (word, account_id);
CREATE INDEX account_name_word_account ON account_name_word (account_id, word);
-- Read by short index lookups only: parallel plans would cost more to start than they save.
ALTER TABLE contact_name_word SET (parallel_workers = 0);
ALTER TABLE contact SET (parallel_workers = 0);

CREATE FUNCTION contact_name_word_sync() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM contact_name_word WHERE contact_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO contact_name_word (word, contact_id, last_key, first_key, search_name, active)
        SELECT w, NEW.id, lower(NEW.last_name), lower(NEW.first_name), NEW.search_name, NEW.archived_at IS NULL
        FROM name_words(NEW.search_name) w;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER contact_name_word_insert_delete AFTER INSERT OR DELETE ON contact
    FOR EACH ROW EXECUTE FUNCTION contact_name_word_sync();
CREATE TRIGGER contact_name_word_update AFTER UPDATE ON contact
    FOR EACH ROW
    WHEN (OLD.first_name IS DISTINCT FROM NEW.first_name OR OLD.last_name IS DISTINCT FROM NEW.last_name
          OR (OLD.archived_at IS NULL) <> (NEW.archived_at IS NULL))
    EXECUTE FUNCTION contact_name_word_sync();

CREATE FUNCTION account_name_word_sync() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM account_name_word WHERE account_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO account_name_word (word, account_id) SELECT w, NEW.id FROM name_words(fold(NEW.name)) w;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER account_name_word_insert_delete AFTER INSERT OR DELETE ON account
    FOR EACH ROW EXECUTE FUNCTION account_name_word_sync();
CREATE TRIGGER account_name_word_update AFTER UPDATE ON account
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION account_name_word_sync();

-- Nothing matches names by trigram any more: search goes by word prefix, and the duplicate check
-- compares names by similarity only within one account (its contacts, through
-- contact_account_name) and by exact folded name elsewhere (contact_search_name). Dropping the
-- GIN index also takes its trigram entries off every insert and rename.
DROP INDEX contact_search_name_trigram;

-- A search whose term many contacts match walks the name order and stops at the first page; the
-- walk checks the name words and the email on every row it passes, so the index covers the email
-- too (no table access per row). The account's list index covers the folded name, for the
-- duplicate check's similarity within one account.
DROP INDEX contact_name_order;
CREATE INDEX contact_name_order ON contact (lower(last_name), lower(first_name), id)
    INCLUDE (first_name, last_name, search_name, account_id, archived_at, email);
DROP INDEX contact_account_name;
CREATE INDEX contact_account_name ON contact (account_id, lower(last_name), lower(first_name), id)
    INCLUDE (first_name, last_name, archived_at, search_name);

-- An email prefix few contacts match is paged by sorting its matches: the index carries the
-- sort keys (as keys, so that an index-only scan returns them instead of computing lower() for
-- every row) and the archive mark, so that sort never reads the table. Equality (the duplicate
-- check) uses it as before.
DROP INDEX contact_email_prefix;
CREATE INDEX contact_email_prefix ON contact ((lower(email) COLLATE "C"), lower(last_name), lower(first_name), id)
    INCLUDE (email, last_name, first_name, archived_at);
