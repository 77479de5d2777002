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
