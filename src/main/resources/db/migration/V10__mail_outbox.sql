-- Templates an ADMIN changed or switched off. A template without a row is the built-in default,
-- switched on, at version 0.
CREATE TABLE email_template (
    key        text        PRIMARY KEY,
    enabled    boolean     NOT NULL,
    subject    text        NOT NULL,
    html_body  text        NOT NULL,
    text_body  text        NOT NULL,
    version    bigint      NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- The outbox: every email, written in the transaction of the change that causes it, then
-- claimed by a delivery worker (FOR UPDATE SKIP LOCKED) with a lease: status SENDING and
-- next_attempt_at = the lease's end, so a crashed node's claim runs out and is taken again.
-- Only what renders the email at send time is kept: the template, the placeholder values and,
-- for a link, its purpose and id; never a link's secret.
CREATE TABLE outbox_email (
    id                 uuid        PRIMARY KEY,
    template           text        NOT NULL,
    contact_id         uuid        REFERENCES contact (id) ON DELETE CASCADE,
    campaign_id        uuid,
    to_address         text        NOT NULL,
    to_name            text        NOT NULL,
    subject            text        NOT NULL,
    placeholder_values jsonb       NOT NULL DEFAULT '{}',
    headers            jsonb       NOT NULL DEFAULT '{}',
    link_purpose       text,
    link_id            uuid,
    message_id         text        NOT NULL UNIQUE,
    status             text        NOT NULL DEFAULT 'QUEUED'
                                   CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
    attempts           integer     NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz NOT NULL DEFAULT now(),
    last_error         text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    sent_at            timestamptz,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK ((link_purpose IS NULL) = (link_id IS NULL))
);
CREATE INDEX outbox_email_due ON outbox_email (next_attempt_at) WHERE status IN ('QUEUED', 'SENDING');
CREATE INDEX outbox_email_contact ON outbox_email (contact_id, created_at DESC, id DESC) WHERE contact_id IS NOT NULL;
CREATE INDEX outbox_email_campaign ON outbox_email (campaign_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX outbox_email_recent ON outbox_email (created_at DESC, id DESC);
