-- An account's billing address (issue 22): a JSON object of the same shape as a contact's
-- addresses ({"type":"BILLING","lines":[...],"city","region","postcode","country"}), null when none
-- is known. Kept as text holding JSON rather than jsonb: the account is mapped by Spring Data JDBC,
-- which writes a String parameter that PostgreSQL will not cast to jsonb implicitly; nothing
-- queries inside it.
ALTER TABLE account ADD COLUMN billing_address text
    CHECK (billing_address IS NULL OR jsonb_typeof(billing_address::jsonb) = 'object');
