-- Filters of contact lists (issue 23). A list is read in name order and cut at its page, so a
-- filter that many contacts pass walks the name order (contact_name_order) and stops early; a
-- filter few contacts pass needs its own way in, or the walk reads nearly every contact before
-- the page is full. These give the rare ones theirs: the name order of just those contacts
-- (partial indexes, so they cost nothing for the others), or the matching rows to be sorted.
CREATE INDEX contact_name_order_archived ON contact (lower(last_name), lower(first_name), id)
    WHERE archived_at IS NOT NULL;
CREATE INDEX contact_name_order_no_email ON contact (lower(last_name), lower(first_name), id)
    WHERE email IS NULL;
CREATE INDEX contact_name_order_do_not_email ON contact (lower(last_name), lower(first_name), id)
    WHERE do_not_email;
CREATE INDEX contact_name_order_do_not_call ON contact (lower(last_name), lower(first_name), id)
    WHERE do_not_call;
CREATE INDEX contact_stage_name_order ON contact (stage, lower(last_name), lower(first_name), id);
CREATE INDEX contact_tags ON contact USING gin (tags);
CREATE INDEX contact_created_at ON contact (created_at);
CREATE INDEX contact_updated_at ON contact (updated_at);

-- How many contacts there are per marketing reason (issue 19: the dashboard's outreach census
-- read every contact on every request). The reason is contact_emailability's marketing_reason
-- (V60), ALLOWED where it is null. The counts are kept as the contacts are written, by triggers
-- that see every path (create, edit, archive, restore, delete, import, merge, move) alike: each
-- statement adds one delta row per reason it changed, in its own transaction, so concurrent
-- writers never wait on one counter row. Readers sum (contact_marketing_reason_count);
-- ContactReachCompaction folds the deltas into one row per reason now and then.
CREATE TABLE contact_reach_count (
    reason   text   NOT NULL,
    contacts bigint NOT NULL
);

-- The rule of contact_emailability's marketing_reason, on one row (the triggers' transition
-- tables are rows of contact, not the table the view reads).
CREATE FUNCTION contact_reach_reason(c contact) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN c.archived_at IS NOT NULL THEN 'ARCHIVED'
                WHEN c.email IS NULL THEN 'NO_EMAIL'
                WHEN c.do_not_email THEN 'DO_NOT_EMAIL'
                WHEN NOT c.marketing_opt_in THEN 'NOT_OPTED_IN'
                ELSE 'ALLOWED' END
$$;

CREATE FUNCTION contact_reach_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO contact_reach_count (reason, contacts)
    SELECT contact_reach_reason(n), count(*) FROM new_rows n GROUP BY 1;
    RETURN NULL;
END $$;

-- Most edits change no reason: they write nothing.
CREATE FUNCTION contact_reach_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO contact_reach_count (reason, contacts)
    SELECT reason, sum(d) FROM (SELECT contact_reach_reason(n) AS reason, 1 AS d FROM new_rows n
                                UNION ALL
                                SELECT contact_reach_reason(o), -1 FROM old_rows o) changes
    GROUP BY reason HAVING sum(d) <> 0;
    RETURN NULL;
END $$;

CREATE FUNCTION contact_reach_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO contact_reach_count (reason, contacts)
    SELECT contact_reach_reason(o), -count(*) FROM old_rows o GROUP BY 1;
    RETURN NULL;
END $$;

CREATE TRIGGER contact_reach_count_insert AFTER INSERT ON contact REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION contact_reach_count_insert();
CREATE TRIGGER contact_reach_count_update AFTER UPDATE ON contact REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION contact_reach_count_update();
CREATE TRIGGER contact_reach_count_delete AFTER DELETE ON contact REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION contact_reach_count_delete();

-- Counts every contact afresh: here once, and after a load that ran with triggers off (the benchmark).
CREATE FUNCTION contact_reach_rebuild() RETURNS bigint
    LANGUAGE sql VOLATILE
    BEGIN ATOMIC
        DELETE FROM contact_reach_count;
        INSERT INTO contact_reach_count (reason, contacts)
        SELECT contact_reach_reason(c), count(*) FROM contact c GROUP BY 1;
        SELECT coalesce(sum(contacts), 0) FROM contact_reach_count;
    END;

SELECT contact_reach_rebuild();

-- The contacts module's read model of the counts, for marketing's census: one row per reason.
CREATE VIEW contact_marketing_reason_count AS
SELECT reason, sum(contacts)::bigint AS contacts FROM contact_reach_count GROUP BY reason;
