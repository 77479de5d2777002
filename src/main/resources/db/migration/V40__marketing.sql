CREATE TABLE marketing_list (
    id         uuid        PRIMARY KEY,
    name       text        NOT NULL,
    created_by text        NOT NULL,
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX marketing_list_name ON marketing_list (lower(name));

CREATE TABLE marketing_list_member (
    list_id    uuid        NOT NULL REFERENCES marketing_list (id) ON DELETE CASCADE,
    contact_id uuid        NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    added_by   text        NOT NULL,
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (list_id, contact_id)
);
CREATE INDEX marketing_list_member_contact ON marketing_list_member (contact_id);

-- Contacts who unsubscribed: every later campaign leaves them out.
CREATE TABLE marketing_opt_out (
    contact_id  uuid        PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    at          timestamptz NOT NULL DEFAULT now(),
    campaign_id uuid,
    via         text        NOT NULL
);

CREATE TABLE campaign (
    id           uuid        PRIMARY KEY,
    name         text        NOT NULL,
    list_id      uuid        NOT NULL REFERENCES marketing_list (id),
    subject      text        NOT NULL,
    body         text        NOT NULL,
    status       text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SENDING', 'SENT')),
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    sending_at   timestamptz,
    completed_at timestamptz,
    version      bigint      NOT NULL DEFAULT 0,
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX campaign_sending ON campaign (status) WHERE status = 'SENDING';

-- Who a campaign went to: one row per contact, so sending again never mails anyone twice.
CREATE TABLE campaign_recipient (
    campaign_id uuid        NOT NULL REFERENCES campaign (id),
    -- A contact with campaign history is never deleted (the delete rule); skipped rows go with it.
    contact_id  uuid        NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    email_id    uuid,
    status      text        NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'SKIPPED')),
    error       text,
    queued_at   timestamptz NOT NULL DEFAULT now(),
    sent_at     timestamptz,
    PRIMARY KEY (campaign_id, contact_id)
);
CREATE INDEX campaign_recipient_contact ON campaign_recipient (contact_id);
CREATE INDEX campaign_recipient_email ON campaign_recipient (email_id) WHERE email_id IS NOT NULL;

-- Unsubscribe links: only the SHA-256 of the current token; it is made when the email renders.
CREATE TABLE unsubscribe_link (
    id          uuid        PRIMARY KEY,
    contact_id  uuid        NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    campaign_id uuid        REFERENCES campaign (id),
    token_hash  bytea       UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now()
);
