-- Archiving a contact now ends its portal access for good (REVOKED). Contacts archived before
-- that rule kept an invited or active login, which restoring them would bring back with the old
-- password; end those logins the way archiving does now.
UPDATE portal_access pa
SET enabled = false, status = 'REVOKED', revoked_at = now(), password_hash = NULL,
    sessions_valid_after = now(), version = pa.version + 1, updated_at = now()
FROM contact c
WHERE c.id = pa.contact_id AND c.archived_at IS NOT NULL
  AND (pa.enabled OR pa.status IN ('INVITED', 'ACTIVE'));
