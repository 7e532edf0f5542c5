-- Upkeep of the posting search at a million postings.
-- 1. The start-up backfill looks for postings without a search vector on every start; with none
--    missing it read the whole table. A partial index holds exactly the rows it looks for (none,
--    normally), so the look-up costs nothing.
CREATE INDEX job_posting_unindexed_idx ON job_posting (id) WHERE search_vector IS NULL;

-- 2. The search reads job_posting_search_terms_idx (words plus filter terms); the words-only index
--    of the first market migration is read by nothing and only costs every write.
DROP INDEX job_posting_search_idx;
