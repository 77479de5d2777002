-- The console's dashboard reads, kept fast as the tables grow: the latest timeline entries of
-- every contact (activity), and the failed emails it counts and the Mailbox lists (mail). Without
-- them each would read the whole table.
CREATE INDEX activity_entry_recent ON activity_entry (at DESC, id DESC);
CREATE INDEX outbox_email_failed ON outbox_email (created_at DESC, id DESC) WHERE status = 'FAILED';
