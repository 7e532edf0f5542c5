-- People with employment difficulty (就业困难人员): identification applied for at the community,
-- reviewed by the street and the district (workflow engine), with start, exit date and reason.
CREATE TABLE difficulty_identification (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id    bigint NOT NULL REFERENCES person (id),
  region_code  text NOT NULL REFERENCES org_unit (code),
  category     text NOT NULL,
  statement    text,
  status       text NOT NULL,
  applied_on   date NOT NULL,
  started_on   date,
  exited_on    date,
  exit_reason  text,
  created_by   bigint REFERENCES app_user (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT difficulty_status_check CHECK (status IN ('pending', 'returned', 'active', 'rejected', 'withdrawn', 'exited')),
  CONSTRAINT difficulty_exit_check CHECK (exited_on IS NULL OR (started_on IS NOT NULL AND exited_on >= started_on))
);
CREATE INDEX difficulty_region_idx ON difficulty_identification (region_code text_pattern_ops);
CREATE INDEX difficulty_person_idx ON difficulty_identification (person_id);
-- One open identification per person (applied, returned for revision, or in force).
CREATE UNIQUE INDEX difficulty_one_open ON difficulty_identification (person_id) WHERE status IN ('pending', 'returned', 'active');
