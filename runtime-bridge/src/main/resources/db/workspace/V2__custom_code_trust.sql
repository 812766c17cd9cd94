-- workspace.db, schema version 2: trust in custom code (JavaModule sources).
-- Custom code runs with all the rights of the application, so it runs only when its exact text is recorded here:
-- written by the user in this workspace ('created') or explicitly trusted after being opened from elsewhere
-- ('trusted'). Keyed by the SHA-256 of the source text, so any edit made outside the editor needs trust again.

CREATE TABLE custom_code_trust (
    code_sha256 TEXT    NOT NULL PRIMARY KEY CHECK (length(code_sha256) = 64),
    origin      TEXT    NOT NULL CHECK (origin IN ('created', 'trusted')),
    recorded    INTEGER NOT NULL,
    -- where the code was first recorded, for people reading the table
    canvas_id   TEXT,
    canvas_name TEXT,
    module      TEXT
);
