-- Spring Modulith's event publication registry (issue 17): one row per event and per
-- @ApplicationModuleListener that is to handle it after the publishing transaction commits,
-- written in that transaction and deleted once the listener has completed (completion mode
-- DELETE). Rows left behind are listeners that failed or were cut off; they are republished on
-- restart, or through IncompleteEventPublications. The table belongs to Spring Modulith, not to a
-- module: this is the PostgreSQL schema (v2) that spring-modulith-events-jdbc 2.0.3 ships, and
-- Spring Modulith's own schema initialization is switched off so that Flyway alone creates it.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
