-- Schema 2: evidence (notes, photos, documents as BLOBs), a company's targets and improvement actions.

CREATE TABLE evidence (
    id             TEXT PRIMARY KEY NOT NULL,
    assessment_id  TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id    TEXT,
    note           TEXT,
    file_name      TEXT,
    media_type     TEXT,
    size           INTEGER NOT NULL DEFAULT 0 CHECK (size BETWEEN 0 AND 26214400),
    sha256         TEXT,
    data           BLOB,
    expires        TEXT,
    created_at     TEXT NOT NULL,
    CHECK ((data IS NULL AND sha256 IS NULL) OR (data IS NOT NULL AND sha256 IS NOT NULL AND size = length(data)))
);

CREATE INDEX evidence_by_assessment ON evidence (assessment_id);

CREATE TABLE target (
    id               TEXT PRIMARY KEY NOT NULL,
    company_id       TEXT NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    kpi_question_id  TEXT NOT NULL,
    value            REAL NOT NULL,
    due              TEXT,
    note             TEXT
);

CREATE INDEX target_by_company ON target (company_id);

CREATE TABLE improvement_action (
    id                TEXT PRIMARY KEY NOT NULL,
    company_id        TEXT NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    title             TEXT NOT NULL,
    owner             TEXT,
    due               TEXT,
    status            TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
    cost              REAL,
    expected_savings  REAL,
    currency          TEXT,
    linked_to         TEXT,
    pack_action_id    TEXT
);

CREATE INDEX action_by_company ON improvement_action (company_id);
