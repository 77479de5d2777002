-- Who may be emailed, for readers that must filter in SQL (a campaign's next batch): the
-- contacts module's emailability rule (Emailability) on the stored facts, one row per contact,
-- the reason null when the contact may be emailed for that purpose. Whether an address is well
-- formed cannot be decided in SQL; readers ask ContactEmailability for that before sending.
CREATE VIEW contact_emailability AS
SELECT c.id AS contact_id,
       CASE WHEN c.archived_at IS NOT NULL THEN 'ARCHIVED'
            WHEN c.email IS NULL THEN 'NO_EMAIL'
            WHEN c.do_not_email THEN 'DO_NOT_EMAIL'
       END AS transactional_reason,
       CASE WHEN c.archived_at IS NOT NULL THEN 'ARCHIVED'
            WHEN c.email IS NULL THEN 'NO_EMAIL'
            WHEN c.do_not_email THEN 'DO_NOT_EMAIL'
            WHEN NOT c.marketing_opt_in THEN 'NOT_OPTED_IN'
       END AS marketing_reason
FROM contact c;
