-- workspace.db, schema version 4 (versions 2 and 3 are taken by other branches; Flyway allows the gap).
-- Canvas management: when a canvas was last opened (the start page's "open recent"), what made each version
-- (a save, an autosave checkpoint, a restore, an import), and an index for listing by last change.

ALTER TABLE canvases ADD COLUMN opened INTEGER;

ALTER TABLE canvas_versions ADD COLUMN kind TEXT NOT NULL DEFAULT 'save'
    CHECK (kind IN ('create', 'save', 'autosave', 'restore', 'import'));

CREATE INDEX canvases_by_updated ON canvases (updated);
CREATE INDEX canvases_by_opened ON canvases (opened);
