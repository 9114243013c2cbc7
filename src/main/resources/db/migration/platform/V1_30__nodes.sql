-- Several application nodes share this database.

-- ShedLock: one row per job name; the node holding lock_until runs the job, the others skip it.
CREATE TABLE shedlock
(
  name       VARCHAR(64)  NOT NULL PRIMARY KEY,
  lock_until TIMESTAMP    NOT NULL,
  locked_at  TIMESTAMP    NOT NULL,
  locked_by  VARCHAR(255) NOT NULL
);

-- Every run of a locked job: which node ran it, when, and for how long (kept 30 days).
CREATE TABLE platform_job_run
(
  id          BIGSERIAL PRIMARY KEY,
  job         TEXT        NOT NULL,
  node        TEXT        NOT NULL,
  started_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
  finished_at TIMESTAMPTZ
);
CREATE INDEX platform_job_run_job_idx ON platform_job_run (job, started_at);

-- A version per shared cache, raised in the transaction that changes the cached data; each node
-- polls the versions and drops its copy of a cache whose version moved.
CREATE TABLE platform_cache_version
(
  name       TEXT        NOT NULL PRIMARY KEY,
  version    BIGINT      NOT NULL,
  changed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
