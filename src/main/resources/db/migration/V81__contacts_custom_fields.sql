-- The values of a contact's custom fields, by key (module contacts). jsonb_path_ops answers the
-- equality filters (custom_fields @> '{"tier":"gold"}'); ranges of dates and numbers get an
-- expression index per field when the field is defined (CustomFieldIndexes).
ALTER TABLE contact ADD COLUMN custom_fields jsonb NOT NULL DEFAULT '{}';
CREATE INDEX contact_custom_fields ON contact USING gin (custom_fields jsonb_path_ops);
