-- 周预报 / 月报: a district's weekly forecast of fairs and its monthly market report, generated from the
-- data (figures frozen in `content` when generated), with a summary the district edits, reviewed by the
-- district (workflow step 1) and received by the city (step 2). Replaces fair_forecast, which a district
-- sent straight to the city without review.
CREATE TABLE market_report (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind              text NOT NULL,
  -- The reporting district (org level 3).
  region_code       text NOT NULL REFERENCES org_unit (code),
  period_start      date NOT NULL,
  period_end        date NOT NULL,
  content           jsonb NOT NULL,
  summary           text NOT NULL DEFAULT '',
  -- draft → reviewing (district review) → submitted (报送 to the city) → accepted (市接收); returned at
  -- either step goes back to the district operator.
  status            text NOT NULL DEFAULT 'draft',
  generated_at      timestamptz NOT NULL,
  generated_by      bigint REFERENCES app_user (id),
  -- The latest review item (workflow_item), null before the first submission.
  workflow_item_id  bigint REFERENCES workflow_item (id),
  -- When the district reviewer approved it, i.e. the district reported to the city.
  submitted_at      timestamptz,
  accepted_at       timestamptz,
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT market_report_kind_check CHECK (kind IN ('weekly_forecast', 'monthly_report')),
  CONSTRAINT market_report_status_check CHECK (status IN ('draft', 'reviewing', 'returned', 'submitted', 'accepted')),
  CONSTRAINT market_report_period_check CHECK (period_end >= period_start),
  CONSTRAINT market_report_week_check CHECK (kind <> 'weekly_forecast' OR (extract(isodow FROM period_start) = 1 AND period_end = period_start + 6)),
  CONSTRAINT market_report_month_check CHECK (kind <> 'monthly_report' OR extract(day FROM period_start) = 1),
  CONSTRAINT market_report_summary_check CHECK (char_length(summary) <= 2000)
);
-- One report per kind, district and period.
CREATE UNIQUE INDEX market_report_key ON market_report (kind, region_code, period_start);
CREATE INDEX market_report_region_idx ON market_report (region_code text_pattern_ops, kind, period_start);

-- The forecasts already reported keep their place: submitted weekly forecasts (reported before review
-- existed, so without a review item), their fairs as reported, with the organiser's name.
INSERT INTO market_report (kind, region_code, period_start, period_end, content, summary, status, generated_at, generated_by, submitted_at, created_at, updated_at)
SELECT 'weekly_forecast', ff.region_code, ff.week_start, ff.week_start + 6,
  jsonb_build_object('fairs', (
    SELECT coalesce(jsonb_agg(x.e || jsonb_build_object('regionName', coalesce(o.name, x.e ->> 'regionCode')) ORDER BY x.ord), '[]'::jsonb)
    FROM jsonb_array_elements(ff.fairs) WITH ORDINALITY AS x(e, ord)
    LEFT JOIN org_unit o ON o.code = x.e ->> 'regionCode')),
  left(coalesce(ff.note, ''), 2000), 'submitted', ff.submitted_at, ff.submitted_by, ff.submitted_at, ff.created_at, ff.updated_at
FROM fair_forecast ff;

DROP TABLE fair_forecast;
