-- workspace.db, schema version 3: saved run state (the canvas setting "save state", Streamr's serialization).
-- One row per canvas: the latest module-state snapshot of its realtime run, taken periodically and when the run stops,
-- so that after a restart (or a killed process) the canvas resumes where it was. Reset and start ignores it.

CREATE TABLE run_state (
    canvas_id   TEXT    NOT NULL PRIMARY KEY,
    engine_time INTEGER NOT NULL,
    saved       INTEGER NOT NULL,
    at_stop     INTEGER NOT NULL CHECK (at_stop IN (0, 1)),
    state       BLOB    NOT NULL
);
