-- The history of a contact: every change (who, when, each field's old and new value), staff
-- comments, and what other modules report (emails, portal events, campaigns).
CREATE TABLE activity_entry (
    id          uuid        PRIMARY KEY,
    contact_id  uuid        NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    at          timestamptz NOT NULL DEFAULT now(),
    actor_kind  text        NOT NULL CHECK (actor_kind IN ('STAFF', 'CONTACT', 'SYSTEM')),
    actor_id    uuid,
    actor_name  text        NOT NULL,
    type        text        NOT NULL,
    details     jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX activity_entry_timeline ON activity_entry (contact_id, at DESC, id DESC);
CREATE INDEX activity_entry_actor ON activity_entry (actor_id, at DESC) WHERE actor_id IS NOT NULL;
