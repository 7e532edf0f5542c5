-- Registration deadlines (就业服务与就业管理规定): an employer registers a hire within 30 days and a
-- termination within 15. A late registration is still taken; the days beyond the deadline in force
-- at the time are recorded with it, so later rule changes do not rewrite history.
ALTER TABLE employment_registration ADD COLUMN late_days integer;
ALTER TABLE employment_registration ADD COLUMN end_registered_on date;
ALTER TABLE employment_registration ADD COLUMN end_late_days integer;
ALTER TABLE employment_registration ADD CONSTRAINT employment_late_days_check CHECK (late_days IS NULL OR late_days > 0);
ALTER TABLE employment_registration ADD CONSTRAINT employment_end_late_days_check CHECK (end_late_days IS NULL OR end_late_days > 0);
