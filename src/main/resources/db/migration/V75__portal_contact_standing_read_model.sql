-- The portal module's read model for filtering contact lists (issue 23): where each contact with a
-- portal access stands and when it last signed in. A contact without a row here is NOT_INVITED.
-- EXPIRED is derived as PortalAccesses derives it (invited, the invitation's expiry passed), here
-- against the database's clock. PostgreSQL inlines the view, so a filter is an index lookup on
-- portal_access by contact.
CREATE VIEW portal_contact_standing AS
SELECT contact_id,
       CASE WHEN status = 'INVITED' AND invitation_expires_at <= now() THEN 'EXPIRED' ELSE status END AS status,
       last_login_at AS last_sign_in_at
FROM portal_access;

-- "Signed in between" reads the few contacts who signed in, newest or oldest first, not every access.
CREATE INDEX portal_access_last_login ON portal_access (last_login_at) WHERE last_login_at IS NOT NULL;
-- "Active", "invited", "revoked": the accesses in that status, not every access.
CREATE INDEX portal_access_status ON portal_access (status, contact_id);
