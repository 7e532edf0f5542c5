import type { AppDeps } from '../../platform/context.js';

/** How long a public search result is served from memory: postings change by review, not by the second. */
export const SEARCH_CACHE_TTL_MS = 30_000;
const MAX_ENTRIES = 2000;

/**
 * A small least-recently-used cache with a time to live, for public (non-personal) search results
 * only. Map keeps insertion order, so the first key is the least recently used one.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { at: number; value: V }>();
  hits = 0;
  misses = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry || this.now() - entry.at >= this.ttlMs) {
      if (entry) this.entries.delete(key);
      this.misses += 1;
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits += 1;
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

const caches = new WeakMap<AppDeps, { cache: TtlCache<unknown>; generation: number }>();
let generation = 0;

/**
 * A posting entered or left the public set (published by review, paused, resumed, filled, renewed):
 * cached results are dropped, so a posting taken down is gone from the results at once, like its page.
 * Expiry by date is left to the time to live.
 */
export function publicPostingsChanged(): void {
  generation += 1;
}

/** The public search cache of one app (tests and the bench read hits/misses from it, or clear it). */
export function publicSearchCache(deps: AppDeps): TtlCache<unknown> {
  let entry = caches.get(deps);
  if (!entry) {
    entry = { cache: new TtlCache<unknown>(SEARCH_CACHE_TTL_MS, MAX_ENTRIES), generation };
    caches.set(deps, entry);
  }
  if (entry.generation !== generation) {
    entry.cache.clear();
    entry.generation = generation;
  }
  return entry.cache;
}
