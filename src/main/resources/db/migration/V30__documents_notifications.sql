-- Documents are kept only as far as the portal and notifications need them.
CREATE TABLE document (
    id             uuid          PRIMARY KEY,
    account_id     uuid          NOT NULL REFERENCES account (id),
    site_id        uuid          REFERENCES site (id),
    type           text          NOT NULL
        CHECK (type IN ('INVOICE', 'CREDIT_NOTE', 'ESTIMATE', 'CONTRACT', 'PROPOSAL', 'TICKET', 'PROJECT', 'TASK')),
    number         text          NOT NULL,
    title          text          NOT NULL,
    amount         numeric(14, 2),
    currency       text          CHECK (currency ~ '^[A-Z]{3}$'),
    due_date       date,
    status         text          NOT NULL,
    quick_pay_code text,
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at     timestamptz   NOT NULL DEFAULT now()
);
-- A document number names one document of its type (self-registration looks invoices up by it).
CREATE UNIQUE INDEX document_type_number ON document (type, lower(number));
CREATE INDEX document_account ON document (account_id, type, created_at DESC, id);

-- Email notification topics a contact changed from the defaults of the settings.
CREATE TABLE notification_topics (
    contact_id uuid        PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    enabled    text[]      NOT NULL,
    disabled   text[]      NOT NULL,
    version    bigint      NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Documents sent to contacts: history for the contact (a contact with documents is not deleted).
CREATE TABLE document_delivery (
    id          uuid        PRIMARY KEY,
    document_id uuid        NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    contact_id  uuid        NOT NULL REFERENCES contact (id),
    email_id    uuid,
    topic       text        NOT NULL,
    sent_at     timestamptz NOT NULL DEFAULT now(),
    sent_by     text        NOT NULL
);
CREATE INDEX document_delivery_contact ON document_delivery (contact_id);
CREATE INDEX document_delivery_document ON document_delivery (document_id, sent_at DESC);
