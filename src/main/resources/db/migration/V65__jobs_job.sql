-- Long work (imports, bulk actions, duplicate scans, exports) runs as background jobs: one row
-- each, claimed by one node at a time with a lease, advanced chunk by chunk. A chunk's own writes
-- and the job's new checkpoint commit together, so a job whose node dies continues on another
-- node from its last checkpoint and never does a chunk twice (see jobs.JobRunner).
CREATE TABLE job (
    id          uuid PRIMARY KEY,
    kind        text NOT NULL,
    status      text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'UNDONE')),
    params      text NOT NULL,
    total       bigint,
    done        bigint NOT NULL DEFAULT 0,
    failed      bigint NOT NULL DEFAULT 0,
    checkpoint  text,
    error       text,
    attempt     integer NOT NULL DEFAULT 0,
    retries     integer NOT NULL DEFAULT 0,
    lease_until timestamptz,
    actor_kind  text NOT NULL,
    actor_id    uuid,
    actor_name  text NOT NULL,
    actor_roles text[] NOT NULL,
    created_at  timestamptz NOT NULL,
    started_at  timestamptz,
    finished_at timestamptz,
    updated_at  timestamptz NOT NULL
);

-- What a worker looks for: queued jobs, and running ones whose lease ran out.
CREATE INDEX job_waiting ON job (created_at) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX job_actor ON job (actor_id, created_at DESC);

-- Items a job could not do (a row, a contact), with the reason a person reads.
CREATE TABLE job_failure (
    job_id     uuid NOT NULL REFERENCES job ON DELETE CASCADE,
    seq        bigint NOT NULL,
    subject_id uuid,
    reason     text NOT NULL,
    PRIMARY KEY (job_id, seq)
);
