-- Job postings (岗位登记) of verified employers: drafted by the employer or by staff on its behalf,
-- checked automatically (pre-review: discriminatory wording, minimum wage, fields, duplicates),
-- then reviewed by staff through the workflow before they are published. Valid only between
-- valid_from and valid_to.
CREATE TABLE job_posting (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  employer_id        bigint NOT NULL REFERENCES employer (id),
  region_code        text NOT NULL REFERENCES org_unit (code),
  title              text NOT NULL,
  occupation_code    text NOT NULL,
  industry_code      text,
  vacancies          integer NOT NULL,
  wage_min           integer NOT NULL,
  wage_max           integer NOT NULL,
  education          text,
  experience_years   integer,
  working_hours      text,
  benefits           text,
  description        text NOT NULL,
  requirements       text,
  contact_name       text NOT NULL,
  contact_phone      text NOT NULL,
  valid_from         date NOT NULL,
  valid_to           date NOT NULL,
  status             text NOT NULL DEFAULT 'draft',
  prereview_outcome  text,
  prereview_findings jsonb NOT NULL DEFAULT '[]',
  published_at       timestamptz,
  created_by         bigint REFERENCES app_user (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT job_posting_status_check CHECK (status IN ('draft', 'pending', 'returned', 'rejected', 'published', 'paused', 'filled', 'withdrawn')),
  CONSTRAINT job_posting_vacancies_check CHECK (vacancies BETWEEN 1 AND 9999),
  CONSTRAINT job_posting_wage_check CHECK (wage_min >= 0 AND wage_min <= wage_max),
  CONSTRAINT job_posting_validity_check CHECK (valid_to >= valid_from),
  CONSTRAINT job_posting_prereview_check CHECK (prereview_outcome IS NULL OR prereview_outcome IN ('blocked', 'review', 'pass'))
);
CREATE INDEX job_posting_employer_idx ON job_posting (employer_id, created_at DESC);
CREATE INDEX job_posting_region_idx ON job_posting (region_code text_pattern_ops);
CREATE INDEX job_posting_live_idx ON job_posting (valid_to, valid_from) WHERE status = 'published';
