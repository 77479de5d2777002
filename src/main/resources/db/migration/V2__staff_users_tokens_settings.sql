CREATE TABLE staff (
    id            uuid        PRIMARY KEY,
    email         text        NOT NULL,
    name          text        NOT NULL,
    password_hash text        NOT NULL,
    roles         text[]      NOT NULL CHECK (cardinality(roles) > 0),
    enabled       boolean     NOT NULL DEFAULT true,
    version       bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_email_unique ON staff (lower(email));

-- Bearer tokens of the API: only a SHA-256 of each token is kept.
CREATE TABLE api_token (
    token_hash bytea       PRIMARY KEY,
    staff_id   uuid        NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE INDEX api_token_staff ON api_token (staff_id);
CREATE INDEX api_token_expiry ON api_token (expires_at);

-- The settings of this Clientele: exactly one row.
CREATE TABLE settings (
    id                          smallint    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    company_name                text        NOT NULL DEFAULT 'Clientele',
    company_first               boolean     NOT NULL DEFAULT true,
    welcome_email_enabled       boolean     NOT NULL DEFAULT true,
    request_login_enabled       boolean     NOT NULL DEFAULT false,
    notify_only_portal_users    boolean     NOT NULL DEFAULT false,
    invitation_ttl_hours        integer     NOT NULL DEFAULT 48 CHECK (invitation_ttl_hours BETWEEN 1 AND 720),
    password_reset_ttl_hours    integer     NOT NULL DEFAULT 48 CHECK (password_reset_ttl_hours BETWEEN 1 AND 720),
    default_portal_permissions  text[]      NOT NULL DEFAULT '{INVOICES,ESTIMATES,CONTRACTS,PROPOSALS,SUPPORT,PROJECTS}',
    default_notification_topics text[]      NOT NULL DEFAULT '{INVOICE,CREDIT_NOTE,ESTIMATE,TICKET,PROJECT,CONTRACT,TASK,SERVICE,PAST_DUE}',
    default_phone_region        text        NOT NULL DEFAULT 'US',
    version                     bigint      NOT NULL DEFAULT 0,
    updated_at                  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO settings DEFAULT VALUES;
