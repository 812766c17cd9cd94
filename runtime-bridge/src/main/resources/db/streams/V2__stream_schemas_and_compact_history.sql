-- streams.db, schema version 2: integer stream keys, field schema versions, interned message chains, compact
-- message content. V1's tables are rebuilt (SQLite cannot add keys to a table); their rows are copied, nothing lost.
-- Dropping the child table (messages) before its parent (streams) keeps ON DELETE CASCADE from firing.

CREATE TABLE streams_v2 (
    -- compact key that history rows carry instead of the id text
    num            INTEGER PRIMARY KEY,
    id             TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    description    TEXT    NOT NULL DEFAULT '',
    config         TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
    partitions     INTEGER NOT NULL DEFAULT 1 CHECK (partitions BETWEEN 1 AND 100),
    -- 'none' (realtime only) or 'local' (published messages are kept in messages_v2)
    storage        TEXT    NOT NULL DEFAULT 'local' CHECK (storage IN ('none', 'local')),
    -- NULL keeps history forever
    retention_days INTEGER CHECK (retention_days IS NULL OR retention_days > 0),
    -- the current row of stream_schemas
    schema_version INTEGER NOT NULL DEFAULT 1,
    created        INTEGER NOT NULL,
    updated        INTEGER NOT NULL
);

INSERT INTO streams_v2 (id, name, description, config, partitions, storage, retention_days, schema_version,
                        created, updated)
SELECT id, name, description, config, min(max(partitions, 1), 100),
       CASE WHEN storage = 'none' THEN 'none' ELSE 'local' END, retention_days, schema_version, created, updated
FROM streams;

-- Every field schema a stream has had: an edit that changes the fields adds a version; old ones stay so that
-- history written under them can still be read (fields are matched by name).
CREATE TABLE stream_schemas (
    stream_num INTEGER NOT NULL REFERENCES streams_v2 (num) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    -- [{"name": "price", "type": "number"}, ...]
    fields     TEXT    NOT NULL CHECK (json_valid(fields)),
    created    INTEGER NOT NULL,
    PRIMARY KEY (stream_num, version)
) WITHOUT ROWID;

INSERT INTO stream_schemas (stream_num, version, fields, created)
SELECT num, schema_version, coalesce(json_extract(config, '$.fields'), '[]'), created FROM streams_v2;

-- (publisher, message chain) pairs, interned: a history row carries the small number instead of two strings.
CREATE TABLE message_chains (
    num        INTEGER PRIMARY KEY,
    publisher  TEXT    NOT NULL,
    msg_chain  TEXT    NOT NULL,
    UNIQUE (publisher, msg_chain)
);

INSERT INTO message_chains (publisher, msg_chain) SELECT DISTINCT publisher, msg_chain FROM messages;

-- Stream history. The primary key is the per-partition time index: WITHOUT ROWID clusters rows by it, so a
-- time-range read of one partition is one range scan, and time-ordered appends go to the end of the tree.
-- content is either the compact binary encoding (first byte 0x01, see ContentCodec; it carries the schema version)
-- or JSON text (rows copied from V1, read by field name).
-- chain has no foreign key: the writer interns chains itself and the check would cost a lookup per row.
CREATE TABLE messages_v2 (
    stream_num     INTEGER NOT NULL REFERENCES streams_v2 (num) ON DELETE CASCADE,
    partition      INTEGER NOT NULL,
    ts             INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    chain          INTEGER NOT NULL,
    content        BLOB    NOT NULL,
    -- NULL while messages are unsigned
    signature_type TEXT,
    signature      TEXT,
    PRIMARY KEY (stream_num, partition, ts, seq, chain)
) WITHOUT ROWID;

INSERT INTO messages_v2 (stream_num, partition, ts, seq, chain, content)
SELECT s.num, m.partition, m.ts, m.seq, c.num, m.content
FROM messages m
JOIN streams_v2 s ON s.id = m.stream_id
JOIN message_chains c ON c.publisher = m.publisher AND c.msg_chain = m.msg_chain;

DROP TABLE messages;
DROP TABLE streams;
ALTER TABLE streams_v2 RENAME TO streams;
ALTER TABLE messages_v2 RENAME TO messages;
