-- Custom field definitions (module fields). A deleted field stays, marked deleted, so that its
-- key is never given to another field: the values kept under it on the records stay its own.
CREATE TABLE custom_field (
    id            uuid PRIMARY KEY,
    entity        text NOT NULL CHECK (entity IN ('CONTACT', 'ACCOUNT')),
    key           text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,59}$'),
    label         text NOT NULL,
    type          text NOT NULL CHECK (type IN ('TEXT', 'LONG_TEXT', 'NUMBER', 'MONEY', 'DATE', 'CHECKBOX', 'SELECT',
                                                'MULTI_SELECT', 'URL', 'EMAIL', 'PHONE')),
    required      boolean NOT NULL DEFAULT false,
    help_text     text,
    default_value jsonb,
    options       jsonb NOT NULL DEFAULT '[]',
    currency      text,
    position      integer NOT NULL,
    deleted_at    timestamptz,
    version       bigint NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);

CREATE UNIQUE INDEX custom_field_entity_key ON custom_field (entity, key);
