-- The accounts module's read model for other modules (issue 17: each table has one owner). Other
-- modules may read an account's name, number and status from here, never from the account table
-- itself; the view adds no cost to a join (PostgreSQL inlines it).
CREATE VIEW account_directory AS
SELECT id, name, number, status FROM account;
