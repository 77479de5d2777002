-- The words of account names (V51) are kept by a trigger on the account table, so they belong to
-- the accounts module (issue 17: each table has one owner, and a trigger is a write). Contact
-- search matches account names through this view, the read model accounts publishes for it;
-- PostgreSQL inlines the view, so the search's plans and index use stay as they were.
CREATE VIEW account_name_search_word AS
SELECT word, account_id FROM account_name_word;
