-- Duplicates already on record (issue 21): a scan goes over the contacts with the rules of the
-- duplicate check at creation and keeps each pair it finds once (contact_a < contact_b), with its
-- score and reasons. A pair staff mark "not a duplicate" keeps its row, dismissed, so that no
-- later scan lists it again. A scan refreshes the pairs it finds (seen_at) and, when it ends,
-- removes the pairs of its scope it did not find since it started.
CREATE TABLE contact_duplicate_scan (
    id         uuid PRIMARY KEY,
    -- Null: every contact; otherwise only pairs of two contacts of this account.
    account_id uuid,
    started_by uuid,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE contact_duplicate_pair (
    id              uuid PRIMARY KEY,
    contact_a       uuid          NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    contact_b       uuid          NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    score           numeric(3, 2) NOT NULL,
    reasons         text[]        NOT NULL,
    name_similarity numeric(3, 2) NOT NULL,
    seen_at         timestamptz   NOT NULL,
    dismissed_at    timestamptz,
    dismissed_by    uuid,
    CONSTRAINT contact_duplicate_pair_ordered CHECK (contact_a < contact_b),
    CONSTRAINT contact_duplicate_pair_once UNIQUE (contact_a, contact_b)
);

-- The review queue: highest score first, dismissed pairs never listed.
CREATE INDEX contact_duplicate_pair_queue ON contact_duplicate_pair (score DESC, id DESC) WHERE dismissed_at IS NULL;
-- A contact's possible duplicates, from either side.
CREATE INDEX contact_duplicate_pair_b ON contact_duplicate_pair (contact_b);
