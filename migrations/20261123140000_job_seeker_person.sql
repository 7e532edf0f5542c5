-- A person's job-seeker registrations, newest first: with three years of history a person has several
-- (only the active one had an index), and the person page, the fair check-in snapshot and the
-- seed's look-ups read "the latest registration of this person".
CREATE INDEX job_seeker_person_idx ON job_seeker (person_id, valid_from DESC, id DESC);
