-- Platform foundation: organisation tree, accounts, sessions, audit, code tables, rules, workflow.
-- Runs unchanged on PGlite and on server PostgreSQL.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Five-level organisation tree. Codes follow GB/T 2260 / statistical division codes, so a child's
-- code always starts with its parent's code: "everything under X" is `code LIKE X || '%'`.
CREATE TABLE org_unit (
  code         text PRIMARY KEY,
  name         text NOT NULL,
  level        smallint NOT NULL,
  parent_code  text REFERENCES org_unit (code),
  path         text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT org_unit_code_digits CHECK (code ~ '^[0-9]{2,12}$'),
  CONSTRAINT org_unit_level_range CHECK (level BETWEEN 1 AND 5),
  CONSTRAINT org_unit_child_prefix CHECK (parent_code IS NULL OR starts_with(code, parent_code))
);
CREATE INDEX org_unit_code_prefix_idx ON org_unit (code text_pattern_ops);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_code);
CREATE INDEX org_unit_name_trgm_idx ON org_unit USING gin (name gin_trgm_ops);

CREATE TABLE app_user (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username             text NOT NULL,
  display_name         text NOT NULL,
  password_hash        text NOT NULL,
  org_code             text NOT NULL REFERENCES org_unit (code),
  kind                 text NOT NULL,
  status               text NOT NULL DEFAULT 'active',
  phone                text,
  employer_id          bigint,
  failed_logins        integer NOT NULL DEFAULT 0,
  locked_until         timestamptz,
  must_change_password boolean NOT NULL DEFAULT false,
  password_changed_at  timestamptz NOT NULL DEFAULT now(),
  last_login_at        timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT app_user_username_key UNIQUE (username),
  CONSTRAINT app_user_kind_check CHECK (kind IN ('staff', 'external')),
  CONSTRAINT app_user_status_check CHECK (status IN ('active', 'disabled'))
);
CREATE INDEX app_user_org_idx ON app_user (org_code text_pattern_ops);

CREATE TABLE user_role (
  user_id    bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  role       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT user_role_pkey PRIMARY KEY (user_id, role)
);

-- Server-side sessions; the cookie carries a random token, the table stores its SHA-256.
CREATE TABLE user_session (
  id            text PRIMARY KEY,
  user_id       bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  csrf_token    text NOT NULL,
  ip            text,
  user_agent    text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL
);
CREATE INDEX user_session_user_idx ON user_session (user_id);

-- Append-only audit log: every write and every view of a person's full record.
CREATE TABLE audit_log (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at           timestamptz NOT NULL,
  actor_id     bigint,
  actor_name   text,
  ip           text,
  event_type   text NOT NULL,
  entity_type  text,
  entity_id    text,
  region_code  text,
  before       jsonb,
  after        jsonb,
  detail       jsonb
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_event_idx ON audit_log (event_type, at DESC);

CREATE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();

-- Code tables: one row per code per edition, each edition with its effective dates.
CREATE TABLE code_table (
  type            text NOT NULL,
  edition         text NOT NULL,
  name            text NOT NULL,
  name_en         text NOT NULL,
  standard        text NOT NULL,
  effective_from  date NOT NULL,
  effective_to    date,
  entry_count     integer NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT code_table_pkey PRIMARY KEY (type, edition)
);

CREATE TABLE code_entry (
  type         text NOT NULL,
  edition      text NOT NULL,
  code         text NOT NULL,
  name         text NOT NULL,
  name_en      text,
  parent_code  text,
  level        smallint NOT NULL,
  sort         integer NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT code_entry_pkey PRIMARY KEY (type, edition, code),
  CONSTRAINT code_entry_table_fkey FOREIGN KEY (type, edition) REFERENCES code_table (type, edition)
);
CREATE INDEX code_entry_name_trgm_idx ON code_entry USING gin (name gin_trgm_ops);
CREATE INDEX code_entry_parent_idx ON code_entry (type, edition, parent_code);

-- Configurable, dated business rules (numeric defaults from DOMAIN.md), optionally per region.
CREATE TABLE business_rule (
  key             text NOT NULL,
  region_code     text NOT NULL DEFAULT '',
  effective_from  date NOT NULL,
  value           jsonb NOT NULL,
  note            text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT business_rule_pkey PRIMARY KEY (key, region_code, effective_from)
);

-- Working-day calendar overrides: next year's official schedule entered before the calendar
-- package carries it, or a local adjustment. An override wins over the package.
CREATE TABLE calendar_override (
  date        date PRIMARY KEY,
  is_workday  boolean NOT NULL,
  name        text,
  created_by  bigint REFERENCES app_user (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Review workflow: one item per thing under review, an insert-only ledger of decisions.
CREATE TABLE workflow_item (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workflow_type  text NOT NULL,
  subject_type   text NOT NULL,
  subject_id     text NOT NULL,
  subject_label  text NOT NULL,
  region_code    text NOT NULL REFERENCES org_unit (code),
  submitter_id   bigint NOT NULL REFERENCES app_user (id),
  status         text NOT NULL,
  step_index     smallint NOT NULL,
  round          integer NOT NULL DEFAULT 1,
  step_due_at    date,
  version        integer NOT NULL DEFAULT 1,
  closed_at      timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT workflow_item_status_check CHECK (status IN ('pending', 'returned', 'approved', 'rejected', 'withdrawn'))
);
CREATE INDEX workflow_item_region_idx ON workflow_item (region_code text_pattern_ops);
CREATE INDEX workflow_item_open_idx ON workflow_item (workflow_type, status, step_index);
CREATE INDEX workflow_item_subject_idx ON workflow_item (subject_type, subject_id, id DESC);
CREATE UNIQUE INDEX workflow_item_one_open_per_subject ON workflow_item (workflow_type, subject_type, subject_id)
  WHERE status IN ('pending', 'returned');

CREATE TABLE workflow_decision (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id      bigint NOT NULL REFERENCES workflow_item (id),
  round        integer NOT NULL,
  step_index   smallint NOT NULL,
  step_key     text NOT NULL,
  action       text NOT NULL,
  reason       text,
  actor_id     bigint NOT NULL REFERENCES app_user (id),
  actor_org    text NOT NULL,
  decided_at   timestamptz NOT NULL,
  CONSTRAINT workflow_decision_action_check CHECK (action IN ('submit', 'resubmit', 'approve', 'reject', 'return', 'withdraw'))
);
CREATE INDEX workflow_decision_item_idx ON workflow_decision (item_id, id);
-- At most one reviewer decision per step per round: the second concurrent decision fails here.
CREATE UNIQUE INDEX workflow_decision_one_per_step ON workflow_decision (item_id, round, step_index)
  WHERE action IN ('approve', 'reject', 'return');
CREATE TRIGGER workflow_decision_append_only BEFORE UPDATE OR DELETE ON workflow_decision
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

-- Employers: the minimal record the platform needs for its first workflow (verification).
-- The HR-market module extends this table.
CREATE TABLE employer (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  credit_code    text NOT NULL,
  name           text NOT NULL,
  region_code    text NOT NULL REFERENCES org_unit (code),
  address        text,
  contact_name   text,
  contact_phone  text,
  unit_type      text,
  industry_code  text,
  status         text NOT NULL DEFAULT 'draft',
  verified_at    timestamptz,
  created_by     bigint REFERENCES app_user (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT employer_credit_code_key UNIQUE (credit_code),
  CONSTRAINT employer_status_check CHECK (status IN ('draft', 'pending', 'returned', 'verified', 'rejected'))
);
CREATE INDEX employer_region_idx ON employer (region_code text_pattern_ops);
CREATE INDEX employer_name_trgm_idx ON employer USING gin (name gin_trgm_ops);

ALTER TABLE app_user ADD CONSTRAINT app_user_employer_fkey FOREIGN KEY (employer_id) REFERENCES employer (id);
