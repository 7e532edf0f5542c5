-- Employment assistance and services (就业援助): each service given to a person, and the
-- follow-up visits (跟踪回访) scheduled after a placement.
CREATE TABLE service_record (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id    bigint NOT NULL REFERENCES person (id),
  region_code  text NOT NULL REFERENCES org_unit (code),
  kind         text NOT NULL,
  served_on    date NOT NULL,
  content      text NOT NULL,
  refused      boolean NOT NULL DEFAULT false,
  created_by   bigint REFERENCES app_user (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT service_kind_check CHECK (kind IN ('policy_consultation', 'career_guidance', 'job_recommendation', 'training_referral', 'immediate_assistance'))
);
CREATE INDEX service_record_person_idx ON service_record (person_id, served_on);
CREATE INDEX service_record_region_idx ON service_record (region_code text_pattern_ops);

CREATE TABLE follow_up_visit (
  id                          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id                   bigint NOT NULL REFERENCES person (id),
  region_code                 text NOT NULL REFERENCES org_unit (code),
  employment_registration_id  bigint REFERENCES employment_registration (id),
  due_on                      date NOT NULL,
  done_on                     date,
  note                        text,
  created_by                  bigint REFERENCES app_user (id),
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX follow_up_person_idx ON follow_up_visit (person_id);
CREATE INDEX follow_up_region_idx ON follow_up_visit (region_code text_pattern_ops);
