-- An account's billing address (issue 22), a jsonb object of the same shape as a contact's
-- addresses ({"type":"BILLING","lines":[...],"city","region","postcode","country"}); null when
-- none is known.
ALTER TABLE account ADD COLUMN billing_address jsonb CHECK (jsonb_typeof(billing_address) = 'object');
