-- The audit trail: staff actions outside the contacts' timelines, append-only and chained by hash.
-- seq is the chain's order, without gaps: the insert trigger takes the head row FOR UPDATE (one
-- appender at a time, on every node), so seq and prev_hash are always those of the entry written
-- before. hash = sha256(prev_hash || the entry's canonical text, audit_entry_canonical below); the
-- first entry's prev_hash is 32 zero bytes. The database refuses UPDATE, DELETE and TRUNCATE: the app
-- never changes an entry, and a change made around it breaks the chain (GET /api/v1/audit/verify).
CREATE TABLE audit_entry (
	id uuid PRIMARY KEY,
	seq bigint NOT NULL UNIQUE CHECK (seq > 0),
	at timestamptz NOT NULL,
	actor_kind text NOT NULL,
	actor_id uuid,
	actor_name text NOT NULL,
	action text NOT NULL,
	target_type text,
	target_id text,
	target_label text,
	ip text,
	details jsonb NOT NULL DEFAULT '{}',
	prev_hash bytea NOT NULL,
	hash bytea NOT NULL
);

CREATE INDEX audit_entry_actor ON audit_entry (actor_id, seq);
CREATE INDEX audit_entry_action ON audit_entry (action, seq);
CREATE INDEX audit_entry_at ON audit_entry (at);

-- The chain's head: the last seq and hash, one row, locked by each append.
CREATE TABLE audit_head (
	id int PRIMARY KEY CHECK (id = 1),
	seq bigint NOT NULL,
	hash bytea NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));

-- The text an entry's hash covers: every field, in a fixed order, as jsonb prints it (keys sorted,
-- one spelling per value); the time as microseconds since the epoch, whatever the session's zone.
CREATE FUNCTION audit_entry_canonical(e audit_entry) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
	SELECT jsonb_build_array(e.id, e.seq, (extract(epoch FROM e.at) * 1000000)::bigint, e.actor_kind, e.actor_id,
		e.actor_name, e.action, e.target_type, e.target_id, e.target_label, e.ip, e.details)::text
$$;

CREATE FUNCTION audit_entry_hash(e audit_entry) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
	SELECT sha256(e.prev_hash || convert_to(audit_entry_canonical(e), 'UTF8'))
$$;

-- Every insert joins the chain here, whoever makes it: the head row's lock (held to the commit)
-- makes appenders take turns, so seq has no gaps and no two entries share a predecessor. The
-- time is the database's, taken once the turn came: entries are in order of seq and of time.
CREATE FUNCTION audit_entry_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
	head audit_head;
BEGIN
	SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
	NEW.seq := head.seq + 1;
	NEW.at := clock_timestamp();
	NEW.prev_hash := head.hash;
	NEW.hash := audit_entry_hash(NEW);
	UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
	RETURN NEW;
END
$$;

CREATE TRIGGER audit_entry_chain BEFORE INSERT ON audit_entry
	FOR EACH ROW EXECUTE FUNCTION audit_entry_chain();

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE DELETE OR UPDATE ON audit_entry
	FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
	FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
