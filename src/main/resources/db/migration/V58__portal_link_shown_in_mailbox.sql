-- Who saw a link's current token in the Mailbox (cleared when a new token is issued), so that a
-- password set through it says so on the contact's timeline.
ALTER TABLE portal_link
    ADD COLUMN shown_by_staff_id   uuid,
    ADD COLUMN shown_by_staff_name text;
