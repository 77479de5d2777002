-- The dashboard's recent activity: the latest timeline entries of every contact. Without this
-- index each view would read the whole table.
CREATE INDEX activity_entry_recent ON activity_entry (at DESC, id DESC);
