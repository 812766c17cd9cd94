-- streams.db, schema version 1.
-- Timestamps are INTEGER milliseconds since the Unix epoch (UTC); config and content are JSON text.

CREATE TABLE streams (
    id             TEXT    NOT NULL PRIMARY KEY,
    name           TEXT    NOT NULL,
    description    TEXT    NOT NULL DEFAULT '',
    config         TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
    partitions     INTEGER NOT NULL DEFAULT 1 CHECK (partitions >= 1),
    -- where history is kept: 'none' (realtime only) or 'local' (the messages table)
    storage        TEXT    NOT NULL DEFAULT 'local',
    -- NULL keeps history forever
    retention_days INTEGER CHECK (retention_days IS NULL OR retention_days > 0),
    schema_version INTEGER NOT NULL DEFAULT 1,
    created        INTEGER NOT NULL,
    updated        INTEGER NOT NULL
);

-- Streamr's message id is (stream, partition, timestamp, sequence number, publisher, chain).
-- WITHOUT ROWID clusters rows by that key, so a time-range read of one partition is one index scan.
CREATE TABLE messages (
    stream_id  TEXT    NOT NULL REFERENCES streams (id) ON DELETE CASCADE,
    partition  INTEGER NOT NULL DEFAULT 0,
    ts         INTEGER NOT NULL,
    seq        INTEGER NOT NULL DEFAULT 0,
    publisher  TEXT    NOT NULL DEFAULT '',
    msg_chain  TEXT    NOT NULL DEFAULT '',
    -- JSON; not CHECKed here, as this is the hot write path and the writer already serialised it
    content    TEXT    NOT NULL,
    PRIMARY KEY (stream_id, partition, ts, seq, publisher, msg_chain)
) WITHOUT ROWID;
