-- A merge of two contacts: the survivor keeps its id; the merged-away contact leaves the contact
-- table (so every read answers 404) and is kept here as it was, for an undo within 30 days.
CREATE TABLE contact_merge (
    id             uuid        PRIMARY KEY,
    survivor_id    uuid        NOT NULL,
    other_id       uuid        NOT NULL,
    other_contact  jsonb       NOT NULL,
    survivor_email text,
    merged_at      timestamptz NOT NULL DEFAULT now(),
    merged_by      text        NOT NULL,
    undone_at      timestamptz
);
CREATE INDEX contact_merge_other ON contact_merge (other_id);

-- What each module moved to the survivor under a merge, by its own key: an undo moves exactly
-- these rows back. Modules write and read it through the contacts module's MergeLedger.
CREATE TABLE contact_merge_row (
    merge_id uuid NOT NULL REFERENCES contact_merge (id) ON DELETE CASCADE,
    kind     text NOT NULL,
    row_key  text NOT NULL,
    PRIMARY KEY (merge_id, kind, row_key)
);
