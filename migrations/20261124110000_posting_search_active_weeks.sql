-- Posting search at a million postings, second step. The search terms index found valid postings
-- of a query without a region by ORing one term per week a posting's validity may end in (from this
-- week to the last one, 14–26 weeks). Measured on 1M postings (200k valid): the GIN scan of
-- '叉车' & '操作' & (26 week terms) took 81–130 ms in the index alone (6,674 rows), against 5 ms for
-- the same words and a single week term (285 rows); with the term below, '高压电工' and this week
-- take 10 ms (8,135 rows).
--
-- So each posting now carries a term for every week its validity touches ('~a<week>', weeks since
-- Monday 2000-01-03, from the week of valid_from to the week of valid_to: at most 14 terms at the
-- 90-day validity of the data, 27 at the 180-day limit of the pre-review), and a query asks for the
-- one term of the current week. The index then returns the postings valid at some day of this week;
-- the exact date conditions still apply to the few rows it returns. Region and occupation terms are
-- unchanged.
CREATE FUNCTION posting_search_terms(region text, occupation text, valid_from date, valid_to date) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT array_to_tsvector(ARRAY[
      '~r' || left(region, 2), '~r' || left(region, 4), '~r' || left(region, 6), '~r' || left(region, 9), '~r' || region,
      '~o' || split_part(occupation, '-', 1), '~o' || left(occupation, 4), '~o' || occupation
    ] || ARRAY(
      SELECT '~a' || w::text
      FROM generate_series(floor((valid_from - DATE '2000-01-03') / 7.0)::int, floor((valid_to - DATE '2000-01-03') / 7.0)::int) w
    ))
  $$;

CREATE INDEX job_posting_search_active_idx ON job_posting
  USING gin ((search_vector || posting_search_terms(region_code, occupation_code, valid_from, valid_to)))
  WITH (gin_pending_list_limit = 128)
  WHERE status = 'published';

-- Read by nothing once the search asks the index above; it would only cost every write.
DROP INDEX job_posting_search_terms_idx;
DROP FUNCTION posting_filter_terms(text, text, date);

-- GIN pending lists. A GIN index collects new entries in an unsorted pending list (up to
-- gin_pending_list_limit, 4 MB by default) that every search reads in full, until VACUUM, an
-- autoanalyze or gin_clean_pending_list merges it. After a bulk load followed by a manual ANALYZE
-- (which does not merge), job_seeker_match_idx held 499 pending pages (34,729 entries): the
-- candidates of one posting read them all, 200–300 ms of a 320 ms statement. The market's search
-- indexes keep at most 128 kB pending (16 pages), and what is pending now is merged once here.
ALTER INDEX job_seeker_match_idx SET (gin_pending_list_limit = 128);
ALTER INDEX job_seeker_occupations_idx SET (gin_pending_list_limit = 128);
ALTER INDEX job_seeker_search_idx SET (gin_pending_list_limit = 128);
SELECT gin_clean_pending_list('job_seeker_match_idx'::regclass);
SELECT gin_clean_pending_list('job_seeker_occupations_idx'::regclass);
SELECT gin_clean_pending_list('job_seeker_search_idx'::regclass);
