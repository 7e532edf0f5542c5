-- Supply-demand analysis (职业供求状况分析) of finished months, quarters and years per province, city
-- and district: one row per unit, period and side holding the classified counts (stats/sd-figures.ts
-- Tally as JSON: records and `table.row` → vacancies or registrations). The analysis reads a period
-- from here while no record that bears on it changed since (sd-snapshot-store.ts), otherwise counts
-- it live and writes the row back; the current period is always live, and the consistency check
-- always recounts the live ledger.
CREATE TABLE sd_snapshot (
  region_code  text NOT NULL REFERENCES org_unit (code),
  period_from  date NOT NULL,
  period_to    date NOT NULL,
  side         text NOT NULL,
  records      integer NOT NULL,
  cells        jsonb NOT NULL,
  computed_at  timestamptz NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT sd_snapshot_pkey PRIMARY KEY (region_code, period_from, period_to, side),
  CONSTRAINT sd_snapshot_side_check CHECK (side IN ('demand', 'supply')),
  CONSTRAINT sd_snapshot_period_check CHECK (period_from <= period_to)
);
-- The staleness check looks for records changed since a period was computed: usually none, found
-- through these instead of scanning the market tables and the registry.
CREATE INDEX job_posting_updated_at_idx ON job_posting (updated_at);
CREATE INDEX job_seeker_updated_at_idx ON job_seeker (updated_at);
CREATE INDEX employer_updated_at_idx ON employer (updated_at);
CREATE INDEX person_updated_at_idx ON person (updated_at);
