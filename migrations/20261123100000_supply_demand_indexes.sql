-- Supply-demand analysis (职业供求状况分析): the records valid in a period are read from covering
-- indexes in validity order, so a quarter of a city with years of history reads only the entries
-- whose window can meet the quarter (valid_from between the quarter's start minus the longest
-- window and its end) and never the wide rows. The longest window is one look-up in the span index.
CREATE INDEX job_posting_stats_idx ON job_posting (valid_from)
  INCLUDE (valid_to, region_code, employer_id, vacancies, occupation_code, industry_code, education, skill_level)
  WHERE published_at IS NOT NULL;
CREATE INDEX job_posting_span_idx ON job_posting ((valid_to - valid_from)) WHERE published_at IS NOT NULL;
CREATE INDEX job_seeker_stats_idx ON job_seeker (valid_from)
  INCLUDE (valid_to, region_code, person_id, education, skill_level, desired_occupations, categories);
CREATE INDEX job_seeker_span_idx ON job_seeker ((valid_to - valid_from));
-- A seeker's sex, birth date and registry education for the sex, age and education tables.
CREATE INDEX person_stats_idx ON person (id) INCLUDE (sex, birth_date, education);
