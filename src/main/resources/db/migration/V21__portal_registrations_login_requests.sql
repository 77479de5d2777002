-- Every self-registration attempt, matched or not, for staff to review.
CREATE TABLE self_registration (
    id             uuid        PRIMARY KEY,
    at             timestamptz NOT NULL DEFAULT now(),
    client_address text        NOT NULL,
    invoice_number text        NOT NULL,
    name           text        NOT NULL,
    email          text        NOT NULL,
    outcome        text        NOT NULL,
    account_id     uuid        REFERENCES account (id),
    contact_id     uuid        REFERENCES contact (id) ON DELETE SET NULL
);
CREATE INDEX self_registration_at ON self_registration (at DESC, id DESC);

-- People asking for portal access from the sign-in page.
CREATE TABLE login_request (
    id             uuid        PRIMARY KEY,
    at             timestamptz NOT NULL DEFAULT now(),
    client_address text        NOT NULL,
    name           text        NOT NULL,
    email          text        NOT NULL,
    company        text,
    message        text,
    status         text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_at     timestamptz,
    decided_by     text,
    reason         text,
    contact_id     uuid        REFERENCES contact (id) ON DELETE SET NULL
);
CREATE INDEX login_request_status ON login_request (status, at DESC, id DESC);
