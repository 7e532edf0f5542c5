import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { searchDocument } from './text-search.js';

const BATCH = 500;

/**
 * Fills the search vector of postings that have none (written before search existed, or by a
 * loader that skipped it), in batches of 500 so a large backlog never holds one long lock.
 * `all` re-indexes every posting (after a change of the segmentation dictionary). Returns the
 * number of postings indexed.
 */
export async function indexPostings(db: Db, options: { all?: boolean } = {}): Promise<number> {
  let done = 0;
  let afterId = 0;
  for (;;) {
    let q = db.selectFrom('job_posting').select(['id', 'title', 'description', 'requirements']).where('id', '>', afterId);
    if (!options.all) q = q.where('search_vector', 'is', null);
    const rows = await q.orderBy('id').limit(BATCH).execute();
    if (rows.length === 0) return done;
    const values = rows.map((r) => sql`(${r.id}::bigint, ${searchDocument([r.title])}, ${searchDocument([r.description, r.requirements])})`);
    await sql`UPDATE job_posting j SET search_vector = setweight(to_tsvector('simple', v.title), 'A') || to_tsvector('simple', v.body)
      FROM (VALUES ${sql.join(values)}) AS v (id, title, body) WHERE j.id = v.id`.execute(db);
    done += rows.length;
    afterId = rows[rows.length - 1].id;
  }
}

/**
 * Deletes the rows of posting_search whose validity ended before `today` (China date). The search's
 * date conditions already exclude them; pruning keeps the table holding valid postings only, so a
 * word's matches stay on few pages. A posting renewed later is written again by the trigger.
 * Returns the number of rows deleted.
 */
export async function pruneSearchTable(db: Db, today: string): Promise<number> {
  const r = await db.deleteFrom('posting_search').where('valid_to', '<', today).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/**
 * Rewrites posting_search in occupation order (CLUSTER on posting_search_occupation_idx, see the
 * migration posting_search_table): the trigger puts new postings wherever there is room, and the
 * prune leaves room everywhere, so the order fades between two runs. Holds the table's exclusive
 * lock while it runs (seconds at 200,000 rows): searches and posting writes wait meanwhile.
 */
export async function clusterSearchTable(db: Db): Promise<void> {
  await sql`CLUSTER posting_search`.execute(db);
  await sql`ANALYZE posting_search`.execute(db);
}
