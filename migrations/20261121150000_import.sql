-- Excel import of people and registrations: a file is validated into a batch (valid rows staged,
-- rejected rows kept with their reasons), and loaded into the registry only on confirmation.

CREATE TABLE import_batch (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  file_name       text NOT NULL,
  region_code     text NOT NULL REFERENCES org_unit (code),
  status          text NOT NULL DEFAULT 'validated',
  total_rows      integer NOT NULL,
  valid_rows      integer NOT NULL,
  rejected_rows   integer NOT NULL,
  employment_rows integer NOT NULL,
  unemployment_rows integer NOT NULL,
  loaded_people   integer,
  created_by      bigint NOT NULL REFERENCES app_user (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  confirmed_at    timestamptz,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT import_batch_status_check CHECK (status IN ('validated', 'confirmed', 'discarded')),
  CONSTRAINT import_batch_counts_check CHECK (valid_rows + rejected_rows = total_rows)
);
CREATE INDEX import_batch_region_idx ON import_batch (region_code text_pattern_ops, created_at DESC);

-- A valid row, normalised (jsonb of the ImportPerson shape); person_id is set when it is loaded,
-- so every imported person traces back to the file and row it came from.
CREATE TABLE import_row (
  batch_id    bigint NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  row_number  integer NOT NULL,
  citizen_id  text NOT NULL,
  data        jsonb NOT NULL,
  person_id   bigint REFERENCES person (id),
  PRIMARY KEY (batch_id, row_number)
);
CREATE INDEX import_row_citizen_idx ON import_row (citizen_id);

-- A rejected row: one line per problem (column header, the cell as read, the reason).
CREATE TABLE import_error (
  batch_id     bigint NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  seq          integer NOT NULL,
  row_number   integer NOT NULL,
  column_name  text NOT NULL,
  value        text NOT NULL,
  message      text NOT NULL,
  PRIMARY KEY (batch_id, seq)
);
