-- When each ledger record last changed: the statistics snapshot's staleness check (snapshot-store.ts,
-- on every read of finished months) and the incremental refresh look for records changed after a month
-- was computed — usually none — and without these scanned the whole ledger tables.
CREATE INDEX employment_registration_updated_at_idx ON employment_registration (updated_at);
CREATE INDEX unemployment_registration_updated_at_idx ON unemployment_registration (updated_at);
CREATE INDEX difficulty_identification_updated_at_idx ON difficulty_identification (updated_at);
CREATE INDEX zero_employment_family_updated_at_idx ON zero_employment_family (updated_at);
