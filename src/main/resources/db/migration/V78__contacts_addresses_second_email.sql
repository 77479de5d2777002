-- A contact's postal addresses and a second email with its label (issue 22).
-- The addresses are a jsonb array on the contact row ([{"type","lines":[...],"city","region",
-- "postcode","country"}]): they are always read and written with the contact as a whole (a merge
-- patch replaces them together), nothing searches them yet, and a read stays one statement.
ALTER TABLE contact
    ADD COLUMN second_email text,
    ADD COLUMN second_email_label text CHECK (second_email_label IN ('WORK', 'PERSONAL', 'BILLING')),
    ADD COLUMN addresses jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(addresses) = 'array');

-- The duplicate check and search look every email up, the second one too: exactly and by prefix
-- (the "C" collation lets the same index serve LIKE 'prefix%', as contact_email_prefix does).
CREATE INDEX contact_second_email_idx ON contact ((lower(second_email) COLLATE "C"));
