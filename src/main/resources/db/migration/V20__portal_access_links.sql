-- Portal access of a contact: permissions, site scope, where the invitation stands, the login.
CREATE TABLE portal_access (
    contact_id            uuid        PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    enabled               boolean     NOT NULL DEFAULT false,
    status                text        NOT NULL DEFAULT 'NOT_INVITED'
        CHECK (status IN ('NOT_INVITED', 'INVITED', 'ACTIVE', 'REVOKED')),
    permissions           text[]      NOT NULL DEFAULT '{}',
    all_sites             boolean     NOT NULL DEFAULT true,
    login_email           text,
    password_hash         text,
    invited_at            timestamptz,
    invitation_expires_at timestamptz,
    activated_at          timestamptz,
    last_login_at         timestamptz,
    revoked_at            timestamptz,
    -- Sessions that signed in before this instant are over (revoke, password change).
    sessions_valid_after  timestamptz NOT NULL DEFAULT now(),
    version               bigint      NOT NULL DEFAULT 0,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);
-- One person per portal login: an email belongs to at most one invited or active login.
CREATE UNIQUE INDEX portal_access_login_email ON portal_access (lower(login_email))
    WHERE login_email IS NOT NULL AND status IN ('INVITED', 'ACTIVE');

CREATE TABLE portal_access_site (
    contact_id uuid NOT NULL REFERENCES portal_access (contact_id) ON DELETE CASCADE,
    site_id    uuid NOT NULL REFERENCES site (id),
    PRIMARY KEY (contact_id, site_id)
);

-- Links sent by email (invitation, set-new-password, reset, self-registration) and handed to
-- an admin (impersonation). Only a SHA-256 of the current token is kept; the token itself is
-- made when the email is rendered. A link is used by one atomic UPDATE of used_at.
CREATE TABLE portal_link (
    id              uuid        PRIMARY KEY,
    contact_id      uuid        NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    purpose         text        NOT NULL
        CHECK (purpose IN ('INVITATION', 'SET_PASSWORD', 'PASSWORD_RESET', 'SELF_REGISTRATION', 'IMPERSONATION')),
    token_hash      bytea       UNIQUE,
    expires_at      timestamptz NOT NULL,
    used_at         timestamptz,
    dead_at         timestamptz,
    dead_reason     text,
    staff_id        uuid,
    staff_name      text,
    reason          text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portal_link_contact ON portal_link (contact_id, purpose) WHERE used_at IS NULL AND dead_at IS NULL;
