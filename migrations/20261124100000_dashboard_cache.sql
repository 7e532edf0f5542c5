-- The leaders' dashboard (stats/dashboard-*.ts) materialised per unit: the whole first-paint answer as
-- computed at `generated_at`, served while younger than DASHBOARD_MAX_AGE_SECONDS and recomputed on
-- demand (refresh) or by the scheduled job (warmDashboards). The figures are per unit only, never per
-- viewer, so the unit is the whole key. Queried with raw SQL by stats/dashboard-cache.ts only.
CREATE TABLE dashboard_cache (
  region_code   text NOT NULL REFERENCES org_unit (code),
  payload       jsonb NOT NULL,
  generated_at  timestamptz NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT dashboard_cache_pkey PRIMARY KEY (region_code)
);
