-- workspace.db, schema version 1.
-- Timestamps are INTEGER milliseconds since the Unix epoch (UTC); documents are JSON text.

CREATE TABLE canvases (
    id        TEXT    NOT NULL PRIMARY KEY,
    name      TEXT    NOT NULL,
    created   INTEGER NOT NULL,
    updated   INTEGER NOT NULL,
    document  TEXT    NOT NULL CHECK (json_valid(document)),
    -- 1 once the user has agreed to run side effects (HTTP, email, transactions) of an imported canvas
    trusted   INTEGER NOT NULL DEFAULT 0 CHECK (trusted IN (0, 1))
);

CREATE TABLE canvas_versions (
    canvas_id TEXT    NOT NULL REFERENCES canvases (id) ON DELETE CASCADE,
    version   INTEGER NOT NULL,
    created   INTEGER NOT NULL,
    summary   TEXT    NOT NULL DEFAULT '',
    document  TEXT    NOT NULL CHECK (json_valid(document)),
    PRIMARY KEY (canvas_id, version)
);

-- One row per undoable edit command, in order, so that unsaved work survives a crash.
CREATE TABLE edit_journal (
    canvas_id TEXT    NOT NULL REFERENCES canvases (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    created   INTEGER NOT NULL,
    command   TEXT    NOT NULL CHECK (json_valid(command)),
    PRIMARY KEY (canvas_id, seq)
);

CREATE TABLE dashboards (
    id        TEXT    NOT NULL PRIMARY KEY,
    name      TEXT    NOT NULL,
    layout    TEXT    NOT NULL CHECK (json_valid(layout)),
    updated   INTEGER NOT NULL
);

CREATE TABLE settings (
    key       TEXT    NOT NULL PRIMARY KEY,
    value     TEXT
);
