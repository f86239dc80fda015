-- Schema 1: companies, assessments, answers with their KPI inputs, and the pack versions they use.
-- Times are ISO-8601 UTC instants as text; dates are ISO local dates.

CREATE TABLE pack_copy (
    pack_id    TEXT NOT NULL,
    version    TEXT NOT NULL,
    json       BLOB NOT NULL,
    sha256     TEXT NOT NULL,
    stored_at  TEXT NOT NULL,
    PRIMARY KEY (pack_id, version)
) WITHOUT ROWID;

CREATE TABLE company (
    id              TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL,
    sector          TEXT,
    province        TEXT,
    wage_region     TEXT CHECK (wage_region IN ('I', 'II', 'III', 'IV')),
    field           TEXT NOT NULL CHECK (field IN ('industry_construction', 'trade_services')),
    employees       INTEGER CHECK (employees >= 0),
    revenue_bn_vnd  REAL CHECK (revenue_bn_vnd >= 0),
    capital_bn_vnd  REAL CHECK (capital_bn_vnd >= 0),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE INDEX company_by_name ON company (name COLLATE NOCASE);

CREATE TABLE assessment (
    id            TEXT PRIMARY KEY NOT NULL,
    company_id    TEXT NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    pack_id       TEXT NOT NULL,
    pack_version  TEXT NOT NULL,
    period        TEXT NOT NULL,
    assessor      TEXT,
    status        TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE INDEX assessment_by_company ON assessment (company_id);

CREATE TABLE answer (
    assessment_id  TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id    TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('level', 'yesno', 'choice', 'kpi', 'na')),
    level          INTEGER CHECK (level BETWEEN 0 AND 4),
    text_value     TEXT,
    note           TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (assessment_id, question_id)
) WITHOUT ROWID;

CREATE TABLE kpi_input (
    assessment_id  TEXT NOT NULL,
    question_id    TEXT NOT NULL,
    input_id       TEXT NOT NULL,
    period         TEXT NOT NULL CHECK (period IN ('annual', 'monthly')),
    annual         REAL,
    m1 REAL, m2 REAL, m3 REAL, m4 REAL, m5 REAL, m6 REAL,
    m7 REAL, m8 REAL, m9 REAL, m10 REAL, m11 REAL, m12 REAL,
    PRIMARY KEY (assessment_id, question_id, input_id),
    FOREIGN KEY (assessment_id, question_id) REFERENCES answer (assessment_id, question_id) ON DELETE CASCADE
) WITHOUT ROWID;
