-- The contacts module's read model for other modules (issue 17: each table has one owner): who a
-- contact is (names, email, account) and whether it is archived. Marketing lists and campaigns read
-- their members from here, never from the contact table itself; PostgreSQL inlines the view, so
-- the plans of those reads do not change. Whether someone may be emailed is the view
-- contact_emailability (V60), not a guess from these columns.
CREATE VIEW contact_directory AS
SELECT id, account_id, first_name, middle_name, last_name, email, archived_at FROM contact;
