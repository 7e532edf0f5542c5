-- Zero-employment families (零就业家庭): a household whose every working-age member able and willing
-- to work is unemployed. Identified at the community, reviewed, then the assistance clock runs:
-- first member employed within 20 days, a second within a month for "double employment".
CREATE TABLE zero_employment_family (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  household_id         bigint NOT NULL REFERENCES household (id),
  region_code          text NOT NULL REFERENCES org_unit (code),
  status               text NOT NULL,
  double_employment    boolean NOT NULL DEFAULT false,
  applied_on           date NOT NULL,
  identified_on        date,
  first_due_on         date,
  second_due_on        date,
  first_employed_on    date,
  second_employed_on   date,
  cleared_on           date,
  responsible_user_id  bigint REFERENCES app_user (id),
  created_by           bigint REFERENCES app_user (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT zero_family_status_check CHECK (status IN ('pending', 'returned', 'active', 'rejected', 'withdrawn', 'cleared'))
);
CREATE INDEX zero_family_region_idx ON zero_employment_family (region_code text_pattern_ops);
CREATE UNIQUE INDEX zero_family_one_open ON zero_employment_family (household_id) WHERE status IN ('pending', 'returned', 'active');
