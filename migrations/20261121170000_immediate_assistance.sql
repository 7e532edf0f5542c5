-- Immediate assistance (即时援助) places a person with employment difficulty in a public-welfare
-- position: the service record points at the employment registration it created.
ALTER TABLE service_record ADD COLUMN employment_registration_id bigint REFERENCES employment_registration (id);
CREATE INDEX service_record_employment_idx ON service_record (employment_registration_id) WHERE employment_registration_id IS NOT NULL;
