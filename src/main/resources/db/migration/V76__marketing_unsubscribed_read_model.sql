-- The marketing module's read model for filtering contact lists (issue 23): who unsubscribed from
-- marketing email, and when. PostgreSQL inlines the view (a primary-key lookup per contact).
CREATE VIEW marketing_unsubscribed AS
SELECT contact_id, at FROM marketing_opt_out;
