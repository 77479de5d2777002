CREATE TABLE account_class (
    id                                       uuid        PRIMARY KEY,
    name                                     text        NOT NULL,
    portal_enabled                           boolean     NOT NULL DEFAULT true,
    auto_send_portal_invite                  boolean     NOT NULL DEFAULT false,
    allow_invoice_verified_self_registration boolean     NOT NULL DEFAULT false,
    version                                  bigint      NOT NULL DEFAULT 0,
    created_at                               timestamptz NOT NULL DEFAULT now(),
    updated_at                               timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX account_class_name_unique ON account_class (lower(name));

CREATE TABLE account (
    id               uuid        PRIMARY KEY,
    name             text        NOT NULL,
    number           text,
    account_class_id uuid        REFERENCES account_class (id),
    status           text        NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE')),
    version          bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
-- An account number names one customer, whatever its letter case.
CREATE UNIQUE INDEX account_number_unique ON account (lower(number)) WHERE number IS NOT NULL;
-- Lists page by name; search matches name fragments (trigrams, accent-folded) and number prefixes.
CREATE INDEX account_name_order ON account (lower(name), id);
CREATE INDEX account_name_trigram ON account USING gin (fold(name) gin_trgm_ops);
CREATE INDEX account_number_prefix ON account (lower(number) text_pattern_ops) WHERE number IS NOT NULL;
CREATE INDEX account_class_ref ON account (account_class_id) WHERE account_class_id IS NOT NULL;

CREATE TABLE site (
    id         uuid        PRIMARY KEY,
    account_id uuid        NOT NULL REFERENCES account (id),
    name       text        NOT NULL,
    address    text,
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX site_account_name ON site (account_id, lower(name), id);
