-- Monthly snapshots of the employment indicators' counted figures (stats/indicators-metrics.ts) per
-- province, city, district and street: the report reads finished months from here, the current month
-- is always counted live, and the consistency check compares both with the live ledger.
-- `month` is the first day of the month; stocks are as of its last day, flows count its events.
CREATE TABLE stats_snapshot (
  region_code  text NOT NULL REFERENCES org_unit (code),
  month        date NOT NULL,
  metric       text NOT NULL,
  value        integer NOT NULL,
  computed_at  timestamptz NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT stats_snapshot_pkey PRIMARY KEY (region_code, month, metric),
  CONSTRAINT stats_snapshot_month_check CHECK (extract(day FROM month) = 1)
);
CREATE INDEX stats_snapshot_region_idx ON stats_snapshot (region_code text_pattern_ops);
CREATE INDEX stats_snapshot_month_idx ON stats_snapshot (month, computed_at);
