-- Contact imports (issue 20). An upload is a file read once into rows (its header and each data
-- row re-encoded as one CSV line, numbered from 1), so that the import job reads them chunk by
-- chunk from its checkpoint and a crash never loses or repeats a row. An import is one run over an
-- upload (a dry run, then the real one, share the upload); each row's outcome is kept for the
-- problem file, the duplicates list and the undo.
CREATE TABLE contact_import_upload (
    id         uuid PRIMARY KEY,
    file_name  text NOT NULL,
    format     text NOT NULL CHECK (format IN ('CSV', 'VCARD')),
    encoding   text NOT NULL,
    separator  text NOT NULL,
    headers    text[] NOT NULL,
    rows       integer NOT NULL,
    created_by uuid,
    created_at timestamptz NOT NULL
);

CREATE TABLE contact_import_row (
    upload_id uuid NOT NULL REFERENCES contact_import_upload ON DELETE CASCADE,
    row_no    integer NOT NULL,
    line      text NOT NULL,
    PRIMARY KEY (upload_id, row_no)
);

CREATE TABLE contact_import (
    id                      uuid PRIMARY KEY,
    upload_id               uuid NOT NULL REFERENCES contact_import_upload,
    job_id                  uuid NOT NULL,
    undo_job_id             uuid,
    dry_run                 boolean NOT NULL,
    on_duplicate            text NOT NULL CHECK (on_duplicate IN ('SKIP', 'UPDATE', 'CREATE')),
    update_mode             text NOT NULL CHECK (update_mode IN ('FILL', 'OVERWRITE')),
    mapping                 jsonb NOT NULL,
    create_missing_accounts boolean NOT NULL,
    send_welcome_emails     boolean NOT NULL,
    created                 integer NOT NULL DEFAULT 0,
    updated                 integer NOT NULL DEFAULT 0,
    skipped                 integer NOT NULL DEFAULT 0,
    failed                  integer NOT NULL DEFAULT 0,
    welcome_emails          integer NOT NULL DEFAULT 0,
    started_by              uuid,
    started_by_name         text NOT NULL,
    created_at              timestamptz NOT NULL,
    undone_at               timestamptz
);
CREATE INDEX contact_import_newest ON contact_import (created_at DESC, id DESC);
-- An upload is imported for real once (a dry run as often as staff like): a second click on
-- "Import now" must not create every row without an email twice.
CREATE UNIQUE INDEX contact_import_once ON contact_import (upload_id) WHERE NOT dry_run;

-- What happened to each row: CREATED, UPDATED, SKIPPED (a duplicate left alone) or FAILED, and
-- in a dry run what would have. problems: [{"field","message"}]; duplicates: [{"contactId",
-- "reasons"}]; before: the updated fields' values before the import, for the undo.
CREATE TABLE contact_import_outcome (
    import_id     uuid NOT NULL REFERENCES contact_import ON DELETE CASCADE,
    row_no        integer NOT NULL,
    outcome       text NOT NULL CHECK (outcome IN ('CREATED', 'UPDATED', 'SKIPPED', 'FAILED')),
    contact_id    uuid,
    problems      jsonb,
    duplicates    jsonb,
    before        jsonb,
    after         jsonb,
    undo_result   text,
    PRIMARY KEY (import_id, row_no)
);
CREATE INDEX contact_import_outcome_failed ON contact_import_outcome (import_id, row_no) WHERE outcome = 'FAILED';
CREATE INDEX contact_import_outcome_duplicates ON contact_import_outcome (import_id, row_no) WHERE duplicates IS NOT NULL;
CREATE INDEX contact_import_outcome_kept ON contact_import_outcome (import_id, row_no)
    WHERE undo_result IS NOT NULL AND undo_result <> 'UNDONE';

-- Mappings staff saved to reuse: column header -> field name.
CREATE TABLE contact_import_mapping (
    id         uuid PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    mapping    jsonb NOT NULL,
    created_by uuid,
    created_at timestamptz NOT NULL
);
