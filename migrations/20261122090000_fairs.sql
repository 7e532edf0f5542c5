-- Recruitment fairs and campaigns (招聘会、专项活动): plan, run and count every fair.

-- A campaign (就业援助月, 春风行动 …) run by an org unit over a period, with target groups, the units
-- taking part and its goals (counts the campaign's fairs should reach).
CREATE TABLE fair_campaign (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code        text NOT NULL REFERENCES org_unit (code),
  name               text NOT NULL,
  kind               text NOT NULL,
  starts_on          date NOT NULL,
  ends_on            date NOT NULL,
  target_groups      text[] NOT NULL DEFAULT '{}',
  participant_units  text[] NOT NULL DEFAULT '{}',
  goals              jsonb NOT NULL DEFAULT '{}',
  description        text,
  created_by         bigint REFERENCES app_user (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT fair_campaign_kind_check CHECK (kind IN ('assistance_month', 'spring_breeze', 'private_week', 'graduate_month', 'graduate_week', 'other')),
  CONSTRAINT fair_campaign_period_check CHECK (ends_on >= starts_on)
);
CREATE INDEX fair_campaign_region_idx ON fair_campaign (region_code text_pattern_ops);
CREATE INDEX fair_campaign_period_idx ON fair_campaign (starts_on, ends_on);

-- A recurring series ("every Saturday morning", "every other Wednesday"): the fairs it produced
-- point at it; the rule is kept to describe and extend the series.
CREATE TABLE fair_series (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code  text NOT NULL REFERENCES org_unit (code),
  every        text NOT NULL,
  first_on     date NOT NULL,
  until_on     date NOT NULL,
  created_by   bigint REFERENCES app_user (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT fair_series_every_check CHECK (every IN ('week', 'two_weeks', 'month')),
  CONSTRAINT fair_series_period_check CHECK (until_on >= first_on)
);

-- One fair on one day. region_code is the organising unit (any level); status: planned (not public)
-- → published (on the portal, employers apply, check-in on the day) → closed (numbers final, no more
-- edits), or cancelled.
CREATE TABLE fair (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code     text NOT NULL REFERENCES org_unit (code),
  name            text NOT NULL,
  kind            text NOT NULL,
  target_groups   text[] NOT NULL DEFAULT '{}',
  campaign_id     bigint REFERENCES fair_campaign (id),
  series_id       bigint REFERENCES fair_series (id),
  venue           text NOT NULL,
  held_on         date NOT NULL,
  starts_at       time NOT NULL,
  ends_at         time NOT NULL,
  booth_capacity  integer NOT NULL,
  description     text,
  status          text NOT NULL DEFAULT 'planned',
  cancel_reason   text,
  version         integer NOT NULL DEFAULT 1,
  created_by      bigint REFERENCES app_user (id),
  published_at    timestamptz,
  closed_at       timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT fair_kind_check CHECK (kind IN ('daily_market', 'special', 'market_day', 'city_monthly', 'saturday_morning', 'district_weekly', 'street_fortnightly', 'quarterly_large', 'online')),
  CONSTRAINT fair_status_check CHECK (status IN ('planned', 'published', 'closed', 'cancelled')),
  CONSTRAINT fair_time_check CHECK (ends_at > starts_at),
  CONSTRAINT fair_capacity_check CHECK (booth_capacity BETWEEN 1 AND 2000),
  CONSTRAINT fair_cancel_check CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL))
);
CREATE INDEX fair_region_idx ON fair (region_code text_pattern_ops, held_on);
CREATE INDEX fair_held_idx ON fair (held_on, id);
CREATE INDEX fair_campaign_idx ON fair (campaign_id) WHERE campaign_id IS NOT NULL;

-- An employer's booth at a fair: applied on the portal or by staff, approved with a booth number.
-- A booth number is held by one approved employer per fair.
CREATE TABLE fair_participation (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  fair_id        bigint NOT NULL REFERENCES fair (id),
  employer_id    bigint NOT NULL REFERENCES employer (id),
  region_code    text NOT NULL REFERENCES org_unit (code),
  status         text NOT NULL DEFAULT 'applied',
  booth_no       text,
  via            text NOT NULL,
  contact_name   text,
  contact_phone  text,
  note           text,
  reason         text,
  applied_by     bigint REFERENCES app_user (id),
  decided_by     bigint REFERENCES app_user (id),
  decided_at     timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT fair_participation_status_check CHECK (status IN ('applied', 'approved', 'rejected', 'withdrawn', 'absent')),
  CONSTRAINT fair_participation_via_check CHECK (via IN ('portal', 'staff')),
  CONSTRAINT fair_participation_booth_check CHECK (status NOT IN ('approved', 'absent') OR booth_no IS NOT NULL),
  CONSTRAINT fair_participation_reason_check CHECK (status <> 'rejected' OR reason IS NOT NULL)
);
CREATE UNIQUE INDEX fair_participation_employer_key ON fair_participation (fair_id, employer_id) WHERE status NOT IN ('rejected', 'withdrawn');
CREATE UNIQUE INDEX fair_participation_booth_key ON fair_participation (fair_id, booth_no) WHERE status IN ('approved', 'absent');
CREATE INDEX fair_participation_employer_idx ON fair_participation (employer_id, created_at DESC);
CREATE INDEX fair_participation_region_idx ON fair_participation (region_code text_pattern_ops);

-- The reviewed postings an employer brings to the fair, with the positions offered there.
CREATE TABLE fair_posting (
  participation_id  bigint NOT NULL REFERENCES fair_participation (id),
  posting_id        bigint NOT NULL REFERENCES job_posting (id),
  positions         integer NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (participation_id, posting_id),
  CONSTRAINT fair_posting_positions_check CHECK (positions BETWEEN 1 AND 9999)
);
CREATE INDEX fair_posting_posting_idx ON fair_posting (posting_id);

-- A seeker entering the fair (on site by ID number or QR code, or by booking an online slot). The
-- groups the person belonged to on the day are kept, so a fair's numbers never move afterwards.
CREATE TABLE fair_checkin (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  fair_id             bigint NOT NULL REFERENCES fair (id),
  person_id           bigint NOT NULL REFERENCES person (id),
  seeker_id           bigint REFERENCES job_seeker (id),
  region_code         text NOT NULL REFERENCES org_unit (code),
  via                 text NOT NULL,
  registered_on_spot  boolean NOT NULL DEFAULT false,
  unemployed          boolean NOT NULL,
  groups              text[] NOT NULL DEFAULT '{}',
  checked_in_by       bigint REFERENCES app_user (id),
  checked_in_at       timestamptz NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT fair_checkin_via_check CHECK (via IN ('id_number', 'qr_code', 'online'))
);
CREATE UNIQUE INDEX fair_checkin_person_key ON fair_checkin (fair_id, person_id);
CREATE INDEX fair_checkin_person_idx ON fair_checkin (person_id);
CREATE INDEX fair_checkin_region_idx ON fair_checkin (region_code text_pattern_ops);

-- An intention to hire (意向录用) between an employer at the fair and a seeker who entered it;
-- followed up afterwards into a hire (which registers the employment) or dropped.
CREATE TABLE fair_intention (
  id                          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  fair_id                     bigint NOT NULL REFERENCES fair (id),
  checkin_id                  bigint NOT NULL REFERENCES fair_checkin (id),
  participation_id            bigint NOT NULL REFERENCES fair_participation (id),
  posting_id                  bigint REFERENCES job_posting (id),
  person_id                   bigint NOT NULL REFERENCES person (id),
  region_code                 text NOT NULL REFERENCES org_unit (code),
  status                      text NOT NULL DEFAULT 'intended',
  note                        text,
  hired_on                    date,
  drop_reason                 text,
  employment_registration_id  bigint REFERENCES employment_registration (id),
  recorded_by                 bigint REFERENCES app_user (id),
  followed_up_by              bigint REFERENCES app_user (id),
  followed_up_at              timestamptz,
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT fair_intention_status_check CHECK (status IN ('intended', 'hired', 'dropped')),
  CONSTRAINT fair_intention_hire_check CHECK ((status = 'hired') = (hired_on IS NOT NULL)),
  CONSTRAINT fair_intention_drop_check CHECK ((status = 'dropped') = (drop_reason IS NOT NULL))
);
CREATE UNIQUE INDEX fair_intention_key ON fair_intention (checkin_id, participation_id);
CREATE INDEX fair_intention_fair_idx ON fair_intention (fair_id);
CREATE INDEX fair_intention_region_idx ON fair_intention (region_code text_pattern_ops);

-- Interview slots of an online fair (远程面试): an employer's booth offers times, a seeker books one,
-- the outcome is recorded like an on-site intention.
CREATE TABLE fair_slot (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  fair_id           bigint NOT NULL REFERENCES fair (id),
  participation_id  bigint NOT NULL REFERENCES fair_participation (id),
  starts_at         timestamptz NOT NULL,
  minutes           integer NOT NULL DEFAULT 20,
  person_id         bigint REFERENCES person (id),
  booked_at         timestamptz,
  outcome           text,
  intention_id      bigint REFERENCES fair_intention (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT fair_slot_minutes_check CHECK (minutes BETWEEN 5 AND 240),
  CONSTRAINT fair_slot_outcome_check CHECK (outcome IS NULL OR (person_id IS NOT NULL AND outcome IN ('interviewed', 'intention', 'not_hired', 'no_show')))
);
CREATE UNIQUE INDEX fair_slot_time_key ON fair_slot (participation_id, starts_at);
CREATE INDEX fair_slot_fair_idx ON fair_slot (fair_id, starts_at);
CREATE INDEX fair_slot_person_idx ON fair_slot (person_id) WHERE person_id IS NOT NULL;

-- The weekly forecast of fairs (周预报) a district reports to the city: what it submitted, once per week.
CREATE TABLE fair_forecast (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code   text NOT NULL REFERENCES org_unit (code),
  week_start    date NOT NULL,
  fairs         jsonb NOT NULL,
  note          text,
  submitted_by  bigint REFERENCES app_user (id),
  submitted_at  timestamptz NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT fair_forecast_monday_check CHECK (extract(isodow FROM week_start) = 1)
);
CREATE UNIQUE INDEX fair_forecast_key ON fair_forecast (region_code, week_start);
