-- The failed emails the dashboard counts and the Mailbox lists, newest first, without reading the
-- whole outbox.
CREATE INDEX outbox_email_failed ON outbox_email (created_at DESC, id DESC) WHERE status = 'FAILED';
