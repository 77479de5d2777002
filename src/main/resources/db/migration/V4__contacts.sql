CREATE TABLE contact (
    id                uuid        PRIMARY KEY,
    account_id        uuid        REFERENCES account (id),
    first_name        text        NOT NULL,
    middle_name       text,
    last_name         text        NOT NULL,
    job_title         text,
    business_roles    text[]      NOT NULL DEFAULT '{}',
    stage             text        CHECK (stage IN ('LEAD', 'PROSPECT', 'CLIENT')),
    email             text,
    birthday          date,
    notes             text,
    preferred_channel text        NOT NULL DEFAULT 'ANY'
        CHECK (preferred_channel IN ('ANY', 'WORK_PHONE', 'MOBILE_PHONE', 'EMAIL', 'TELEGRAM', 'WHATSAPP', 'VIBER')),
    do_not_email      boolean     NOT NULL DEFAULT false,
    do_not_call       boolean     NOT NULL DEFAULT false,
    mobile_opt_out    boolean     NOT NULL DEFAULT false,
    marketing_opt_in  boolean     NOT NULL DEFAULT false,
    is_primary        boolean     NOT NULL DEFAULT false,
    billing_contact   boolean     NOT NULL DEFAULT false,
    tags              text[]      NOT NULL DEFAULT '{}',
    archived_at       timestamptz,
    -- When the contact joined its current account: "longest-standing" for primary promotion.
    account_since     timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT contact_primary_is_active CHECK (NOT is_primary OR archived_at IS NULL),
    CONSTRAINT contact_primary_has_account CHECK (NOT is_primary OR account_id IS NOT NULL),
    CONSTRAINT contact_client_needs_email CHECK (stage NOT IN ('PROSPECT', 'CLIENT') OR email IS NOT NULL)
);

-- At most one active primary per account...
CREATE UNIQUE INDEX contact_one_primary ON contact (account_id) WHERE is_primary AND archived_at IS NULL;
-- ...and one email per account, whatever its case: one record per real person.
CREATE UNIQUE INDEX contact_email_per_account ON contact (account_id, lower(email)) WHERE email IS NOT NULL;

-- Lists of an account's contacts, in name order.
CREATE INDEX contact_account_name ON contact (account_id, lower(last_name), lower(first_name), id);
-- Search and duplicates: names by trigrams (GIN for LIKE, GiST for nearest-neighbour similarity),
-- emails by prefix (text_pattern_ops: a plain lower(email) index cannot serve LIKE under a
-- non-C collation).
CREATE INDEX contact_name_trigram ON contact USING gin (fold(first_name || ' ' || last_name) gin_trgm_ops);
CREATE INDEX contact_name_similarity ON contact USING gist (fold(first_name || ' ' || last_name) gist_trgm_ops);
CREATE INDEX contact_email_prefix ON contact (lower(email) text_pattern_ops) WHERE email IS NOT NULL;
CREATE INDEX contact_name_order ON contact (lower(last_name), lower(first_name), id);

-- Exactly one active primary for every account with active contacts, checked at commit so that
-- a transaction may move the flag in several steps.
CREATE FUNCTION contact_check_primary() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    accounts uuid[];
    broken   uuid;
BEGIN
    IF TG_OP = 'DELETE' THEN
        accounts := ARRAY[OLD.account_id];
    ELSIF TG_OP = 'INSERT' THEN
        accounts := ARRAY[NEW.account_id];
    ELSE
        accounts := ARRAY[OLD.account_id, NEW.account_id];
    END IF;
    SELECT a INTO broken FROM unnest(accounts) AS a
    WHERE a IS NOT NULL
      AND EXISTS (SELECT 1 FROM contact c WHERE c.account_id = a AND c.archived_at IS NULL)
      AND (SELECT count(*) FROM contact c WHERE c.account_id = a AND c.archived_at IS NULL AND c.is_primary) <> 1
    LIMIT 1;
    IF broken IS NOT NULL THEN
        RAISE EXCEPTION 'account % must have exactly one active primary contact', broken
            USING ERRCODE = '23514', CONSTRAINT = 'contact_exactly_one_primary';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER contact_exactly_one_primary
    AFTER INSERT OR UPDATE OF account_id, is_primary, archived_at OR DELETE ON contact
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION contact_check_primary();

CREATE TABLE contact_phone (
    contact_id uuid    NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    type       text    NOT NULL CHECK (type IN ('WORK', 'MOBILE', 'HOME', 'OTHER')),
    number     text    NOT NULL,
    e164       text    NOT NULL,
    PRIMARY KEY (contact_id, position)
);
CREATE INDEX contact_phone_e164 ON contact_phone (e164 text_pattern_ops);

CREATE TABLE contact_site (
    contact_id uuid NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    site_id    uuid NOT NULL REFERENCES site (id),
    PRIMARY KEY (contact_id, site_id)
);
CREATE INDEX contact_site_site ON contact_site (site_id);
