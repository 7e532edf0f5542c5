-- Matching at a million postings (match-repository.ts postingPool): a seeker's candidate postings
-- are read per desired occupation code in tiers, nearest first, each tier bounded by a LIMIT the
-- index can serve without reading the whole occupation:
--   * the seeker's street (and community): occupation code + region prefix, valid rows only;
--   * the seeker's district and each desired district: occupation code + district, longest
--     validity first (an index order, so LIMIT stops early).
-- The rest of the city uses job_posting_occupation_idx (occupation_code, valid_to).
CREATE INDEX job_posting_match_near_idx ON job_posting (occupation_code, region_code text_pattern_ops, valid_to)
  WHERE status = 'published';
CREATE INDEX job_posting_match_district_idx ON job_posting (occupation_code, left(region_code, 6), valid_to)
  WHERE status = 'published';

-- The seeker side (seekerPool): a seeker's desired occupations joined with their street, their
-- district ('<occupation>@<region prefix>') and each desired work region ('<occupation>#<region>'),
-- so one GIN lookup returns the seekers of an occupation near a posting (or wishing to work
-- there) instead of every seeker of the occupation in the city.
CREATE FUNCTION seeker_match_keys(occupations text[], region text, desired text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT coalesce(array_agg(k), '{}') FROM (
      SELECT o || '@' || left(region, 9) AS k FROM unnest(occupations) o
      UNION ALL SELECT o || '@' || left(region, 6) FROM unnest(occupations) o
      UNION ALL SELECT o || '#' || d FROM unnest(occupations) o, unnest(desired) d
    ) x
  $$;
CREATE INDEX job_seeker_match_idx ON job_seeker USING gin (seeker_match_keys(desired_occupations, region_code, desired_regions))
  WHERE status = 'active';
-- The rest of a city-wide scope: seekers of the occupation, longest registration validity first.
CREATE INDEX job_seeker_valid_to_idx ON job_seeker (valid_to) WHERE status = 'active';
