-- Posting search at a million postings: most published postings are past their validity, and the
-- GIN index on search_vector alone returns them all, so the heap was read for every expired match
-- only to filter it out. This index adds filter terms to each posting's words — its region at
-- every level, its occupation group and the week its validity ends — so one GIN lookup returns
-- only postings of the region and occupation that are still valid (to the week); the exact date
-- conditions still apply on the few rows it returns.

-- Terms of the filters: r<region prefix> for 2/4/6/9/12 digits, o<major group>, o<occupation code>,
-- v<week number of valid_to> (weeks since Monday 2000-01-03). Prefixed so no word can equal one:
-- the words of searchDocument are segmented Chinese or lower-case ASCII, and a query word never
-- reaches this vocabulary (the application builds the filter part of the query itself).
CREATE FUNCTION posting_filter_terms(region text, occupation text, valid_to date) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT array_to_tsvector(ARRAY[
      '~r' || left(region, 2), '~r' || left(region, 4), '~r' || left(region, 6), '~r' || left(region, 9), '~r' || region,
      '~o' || split_part(occupation, '-', 1), '~o' || left(occupation, 4), '~o' || occupation,
      '~v' || ((valid_to - DATE '2000-01-03') / 7)::text
    ])
  $$;

CREATE INDEX job_posting_search_terms_idx ON job_posting
  USING gin ((search_vector || posting_filter_terms(region_code, occupation_code, valid_to)))
  WHERE status = 'published';
