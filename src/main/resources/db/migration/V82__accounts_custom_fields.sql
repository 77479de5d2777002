-- The values of an account's custom fields, by key (module accounts).
ALTER TABLE account ADD COLUMN custom_fields jsonb NOT NULL DEFAULT '{}';
CREATE INDEX account_custom_fields ON account USING gin (custom_fields jsonb_path_ops);
