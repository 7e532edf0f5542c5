-- Supply-demand analysis below the city (职业供求状况分析 of a district or street, and the records
-- behind its cells): the records valid in a period read from the district's own range of the
-- covering index (its six-digit code, then valid_from), not from the whole city's range filtered by
-- region — at a million people a district's seekers drill-down read 1.5M index entries for 1/6 of
-- them. The analysis adds left(region_code, 6) = the district's code to its condition (sd-dimensions.ts).
CREATE INDEX job_posting_stats_district_idx ON job_posting (left(region_code, 6), valid_from)
  INCLUDE (id, valid_to, region_code, employer_id, vacancies, occupation_code, industry_code, education, skill_level)
  WHERE published_at IS NOT NULL;
CREATE INDEX job_seeker_stats_district_idx ON job_seeker (left(region_code, 6), valid_from)
  INCLUDE (id, valid_to, region_code, person_id, education, skill_level, desired_occupations, categories);
-- The records counted in each cell of a kept tally (postings per cell; the supply side's cells are
-- counts already): a drill-down of a kept period takes its total from here and pages the records
-- without counting them all again. NULL on rows written before: those are counted again when read.
ALTER TABLE sd_snapshot ADD COLUMN counts jsonb;
