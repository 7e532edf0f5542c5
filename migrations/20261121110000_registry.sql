-- Real-name labour registry: households, people, employment and unemployment registration,
-- registration cards (就业创业证).

CREATE TABLE household (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code     text NOT NULL REFERENCES org_unit (code),
  address         text,
  household_type  text NOT NULL DEFAULT 'urban',
  created_by      bigint REFERENCES app_user (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT household_type_check CHECK (household_type IN ('urban', 'rural'))
);
CREATE INDEX household_region_idx ON household (region_code text_pattern_ops);

CREATE TABLE person (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  citizen_id          text NOT NULL,
  name                text NOT NULL,
  name_initials       text NOT NULL,
  sex                 smallint NOT NULL,
  birth_date          date NOT NULL,
  ethnicity           text,
  education           text,
  hukou_type          text NOT NULL,
  region_code         text NOT NULL REFERENCES org_unit (code),
  address             text,
  phone               text,
  household_id        bigint REFERENCES household (id),
  household_relation  text,
  able_to_work        boolean NOT NULL DEFAULT true,
  wants_work          boolean NOT NULL DEFAULT true,
  skills              text,
  labour_status       text NOT NULL DEFAULT 'none',
  last_contact_on     date,
  created_by          bigint REFERENCES app_user (id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT person_citizen_id_key UNIQUE (citizen_id),
  CONSTRAINT person_sex_check CHECK (sex IN (1, 2)),
  CONSTRAINT person_hukou_check CHECK (hukou_type IN ('urban', 'rural', 'non_local')),
  CONSTRAINT person_labour_status_check CHECK (labour_status IN ('none', 'employed', 'self_employed', 'flexible', 'public_welfare', 'unemployed'))
);
CREATE INDEX person_region_idx ON person (region_code text_pattern_ops);
CREATE INDEX person_name_trgm_idx ON person USING gin (name gin_trgm_ops);
CREATE INDEX person_name_idx ON person (name text_pattern_ops);
CREATE INDEX person_initials_idx ON person (name_initials text_pattern_ops);
CREATE INDEX person_household_idx ON person (household_id);

-- One row per employment spell: by an employer (registered within 30 days of hire), self-employment,
-- flexible employment or a public-welfare position; ended by a termination registration.
CREATE TABLE employment_registration (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id       bigint NOT NULL REFERENCES person (id),
  region_code     text NOT NULL REFERENCES org_unit (code),
  kind            text NOT NULL,
  employer_id     bigint REFERENCES employer (id),
  employer_name   text,
  full_time       boolean NOT NULL DEFAULT true,
  started_on      date NOT NULL,
  registered_on   date NOT NULL,
  ended_on        date,
  end_reason      text,
  created_by      bigint REFERENCES app_user (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT employment_kind_check CHECK (kind IN ('employer', 'self_employed', 'flexible', 'public_welfare')),
  CONSTRAINT employment_dates_check CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX employment_person_idx ON employment_registration (person_id, started_on);
CREATE INDEX employment_region_idx ON employment_registration (region_code text_pattern_ops);
-- At most one open full-time job per person: a second concurrent registration fails here.
CREATE UNIQUE INDEX employment_one_open_full_time ON employment_registration (person_id) WHERE ended_on IS NULL AND full_time;

-- One row per unemployment spell: registered with a reason, cancelled on one of the nine grounds.
CREATE TABLE unemployment_registration (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id       bigint NOT NULL REFERENCES person (id),
  region_code     text NOT NULL REFERENCES org_unit (code),
  registered_on   date NOT NULL,
  reason          text NOT NULL,
  counts_in_rate  boolean NOT NULL,
  cancelled_on    date,
  cancel_ground   text,
  created_by      bigint REFERENCES app_user (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT unemployment_dates_check CHECK (cancelled_on IS NULL OR cancelled_on >= registered_on)
);
CREATE INDEX unemployment_person_idx ON unemployment_registration (person_id, registered_on);
CREATE INDEX unemployment_region_idx ON unemployment_registration (region_code text_pattern_ops);
CREATE UNIQUE INDEX unemployment_one_open ON unemployment_registration (person_id) WHERE cancelled_on IS NULL;

-- 就业创业证: one card per person, numbered by the province's format.
CREATE TABLE employment_card (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id    bigint NOT NULL REFERENCES person (id),
  card_number  text NOT NULL,
  issued_on    date NOT NULL,
  issuer_code  text NOT NULL REFERENCES org_unit (code),
  created_by   bigint REFERENCES app_user (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT employment_card_person_key UNIQUE (person_id),
  CONSTRAINT employment_card_number_key UNIQUE (card_number)
);
