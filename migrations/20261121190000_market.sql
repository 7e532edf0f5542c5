-- Online HR market, second part: employers registering on the portal, membership of the public HR
-- market and the credit record; job seekers (求职登记) linked to the registry; full-text search over
-- postings and seekers; referrals (职业介绍) and portal applications; pages staff publish on the portal.

-- Employers: ownership, size, how they came (staff or the portal), a short introduction for their
-- public page, and membership of the public HR market (会员单位) as a date window.
ALTER TABLE employer
  ADD COLUMN ownership_type text,
  ADD COLUMN size_band      text,
  ADD COLUMN introduction   text,
  ADD COLUMN source         text NOT NULL DEFAULT 'staff',
  ADD COLUMN member_since   date,
  ADD COLUMN member_until   date,
  ADD CONSTRAINT employer_source_check CHECK (source IN ('staff', 'portal')),
  ADD CONSTRAINT employer_size_check CHECK (size_band IS NULL OR size_band IN ('micro', 'small', 'medium', 'large')),
  ADD CONSTRAINT employer_membership_check CHECK (member_until IS NULL OR (member_since IS NOT NULL AND member_until >= member_since));

-- The credit record staff keep on an employer: warnings, false postings, complaints, violations,
-- commendations. Entries are never changed or deleted; a correction is a new entry.
CREATE TABLE employer_credit_event (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  employer_id  bigint NOT NULL REFERENCES employer (id),
  region_code  text NOT NULL REFERENCES org_unit (code),
  kind         text NOT NULL,
  occurred_on  date NOT NULL,
  summary      text NOT NULL,
  posting_id   bigint REFERENCES job_posting (id),
  recorded_by  bigint REFERENCES app_user (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT employer_credit_kind_check CHECK (kind IN ('warning', 'false_posting', 'complaint', 'violation', 'commendation'))
);
CREATE INDEX employer_credit_employer_idx ON employer_credit_event (employer_id, occurred_on DESC);
CREATE INDEX employer_credit_region_idx ON employer_credit_event (region_code text_pattern_ops);
CREATE TRIGGER employer_credit_event_insert_only BEFORE UPDATE OR DELETE ON employer_credit_event
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Citizens' portal accounts (job_seeker role) point at their person in the registry.
ALTER TABLE app_user ADD COLUMN person_id bigint REFERENCES person (id);
CREATE UNIQUE INDEX app_user_person_key ON app_user (person_id) WHERE person_id IS NOT NULL;

-- Postings: the search vector (segmented Chinese words of title, description and requirements,
-- computed by the application), work type, and whether districts other than the employer's may
-- refer their seekers to it (异地帮扶).
ALTER TABLE job_posting
  ADD COLUMN search_vector tsvector,
  ADD COLUMN work_type     text NOT NULL DEFAULT 'full_time',
  ADD COLUMN shared        boolean NOT NULL DEFAULT true,
  ADD CONSTRAINT job_posting_work_type_check CHECK (work_type IN ('full_time', 'part_time', 'temporary', 'internship'));
CREATE INDEX job_posting_search_idx ON job_posting USING gin (search_vector) WHERE status = 'published';
CREATE INDEX job_posting_published_idx ON job_posting (published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX job_posting_occupation_idx ON job_posting (occupation_code, valid_to) WHERE status = 'published';

-- Job seekers (求职登记): one active registration per person, registered by staff or by the citizen.
CREATE TABLE job_seeker (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id            bigint NOT NULL REFERENCES person (id),
  region_code          text NOT NULL REFERENCES org_unit (code),
  desired_occupations  text[] NOT NULL DEFAULT '{}',
  desired_industries   text[] NOT NULL DEFAULT '{}',
  desired_regions      text[] NOT NULL DEFAULT '{}',
  wage_expected        integer,
  work_type            text NOT NULL DEFAULT 'full_time',
  education            text,
  experience_years     integer,
  skills               text,
  certificates         text,
  categories           text[] NOT NULL DEFAULT '{}',
  introduction         text,
  valid_from           date NOT NULL,
  valid_to             date NOT NULL,
  consent_share        boolean NOT NULL DEFAULT false,
  status               text NOT NULL DEFAULT 'active',
  source               text NOT NULL DEFAULT 'staff',
  search_vector        tsvector,
  created_by           bigint REFERENCES app_user (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT job_seeker_status_check CHECK (status IN ('active', 'closed')),
  CONSTRAINT job_seeker_source_check CHECK (source IN ('staff', 'portal', 'fair')),
  CONSTRAINT job_seeker_work_type_check CHECK (work_type IN ('full_time', 'part_time', 'temporary', 'internship', 'any')),
  CONSTRAINT job_seeker_wage_check CHECK (wage_expected IS NULL OR wage_expected BETWEEN 0 AND 1000000),
  CONSTRAINT job_seeker_validity_check CHECK (valid_to >= valid_from)
);
CREATE UNIQUE INDEX job_seeker_active_person_key ON job_seeker (person_id) WHERE status = 'active';
CREATE INDEX job_seeker_region_idx ON job_seeker (region_code text_pattern_ops);
CREATE INDEX job_seeker_search_idx ON job_seeker USING gin (search_vector) WHERE status = 'active';
CREATE INDEX job_seeker_occupations_idx ON job_seeker USING gin (desired_occupations) WHERE status = 'active';

-- Referrals (职业介绍) by staff and applications by seekers on the portal, with the employer's answer.
-- A hire links the employment registration it created; a staff referral links its service record.
CREATE TABLE referral (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  seeker_id            bigint NOT NULL REFERENCES job_seeker (id),
  posting_id           bigint NOT NULL REFERENCES job_posting (id),
  person_id            bigint NOT NULL REFERENCES person (id),
  employer_id          bigint NOT NULL REFERENCES employer (id),
  region_code          text NOT NULL REFERENCES org_unit (code),
  posting_region_code  text NOT NULL REFERENCES org_unit (code),
  channel              text NOT NULL,
  status               text NOT NULL DEFAULT 'referred',
  reason_code          text,
  note                 text,
  referred_by          bigint REFERENCES app_user (id),
  referred_on          date NOT NULL,
  answered_by          bigint REFERENCES app_user (id),
  answered_at          timestamptz,
  hired_on             date,
  employment_registration_id bigint REFERENCES employment_registration (id),
  service_record_id    bigint REFERENCES service_record (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT referral_channel_check CHECK (channel IN ('staff', 'portal', 'fair')),
  CONSTRAINT referral_status_check CHECK (status IN ('referred', 'interviewed', 'hired', 'not_hired', 'no_show', 'withdrawn')),
  CONSTRAINT referral_reason_check CHECK ((status = 'not_hired') = (reason_code IS NOT NULL)),
  CONSTRAINT referral_hire_check CHECK ((status = 'hired') = (hired_on IS NOT NULL))
);
CREATE UNIQUE INDEX referral_seeker_posting_key ON referral (seeker_id, posting_id);
CREATE INDEX referral_region_idx ON referral (region_code text_pattern_ops);
CREATE INDEX referral_posting_region_idx ON referral (posting_region_code text_pattern_ops);
CREATE INDEX referral_posting_idx ON referral (posting_id, created_at DESC);
CREATE INDEX referral_person_idx ON referral (person_id);
CREATE INDEX referral_employer_idx ON referral (employer_id, created_at DESC);

-- Pages staff publish on the public portal (信息发布): policies, service guides, notices.
CREATE TABLE portal_article (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code   text NOT NULL REFERENCES org_unit (code),
  kind          text NOT NULL,
  title         text NOT NULL,
  body          text NOT NULL,
  status        text NOT NULL DEFAULT 'draft',
  published_at  timestamptz,
  created_by    bigint REFERENCES app_user (id),
  updated_by    bigint REFERENCES app_user (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT portal_article_kind_check CHECK (kind IN ('policy', 'guide', 'notice')),
  CONSTRAINT portal_article_status_check CHECK (status IN ('draft', 'published', 'withdrawn'))
);
CREATE INDEX portal_article_region_idx ON portal_article (region_code text_pattern_ops);
CREATE INDEX portal_article_published_idx ON portal_article (published_at DESC) WHERE status = 'published';
