-- An undo restores everything a merge changed (issue 21), not only the rows it moved:
-- the survivor's fields as they were before the merge and as the merge left them (an undo takes
-- back what the merge changed and keeps what staff changed since), and the rows a module changed
-- or let go with the merged-away contact (a revoked portal login, the survivor's own portal row,
-- notification topics, a campaign's row), each written down by its module as it was.
ALTER TABLE contact_merge
    ADD COLUMN survivor_before jsonb,
    ADD COLUMN survivor_after  jsonb;

-- The row as it was before the merge changed it (to_jsonb of the module's row), when the key
-- alone cannot bring it back. Null where the key is all an undo needs.
ALTER TABLE contact_merge_row ADD COLUMN state jsonb;
