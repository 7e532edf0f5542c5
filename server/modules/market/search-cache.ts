import type { AppDeps } from '../../platform/context.js';
import type { MatchList } from './search-matches.js';

/** How long a public search result is served from memory: postings change by review, not by the second. */
export const SEARCH_CACHE_TTL_MS = 30_000;
/** Serialised result pages kept at most (bytes): a page of 20 cards with facets is 8–15 KB. */
const PAGE_BYTES = 64 * 1024 * 1024;
const PAGE_ENTRIES = 20_000;
/** Totals and facets kept at most (each a few KB of objects). */
const COUNT_ENTRIES = 5_000;
/** Matches of words kept at most, counted twice (relevance and date order; each match about 150 bytes). */
const LIST_MATCHES = 600_000;

/**
 * A least-recently-used cache with a time to live, bounded by entries and, when given a size
 * function, by the sum of the entries' sizes. Map keeps insertion order, so the first key is the
 * least recently used one.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { at: number; value: V; size: number }>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = () => Date.now(),
    private readonly sizeOf: (value: V) => number = () => 0,
    private readonly maxSize = Infinity,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry || this.now() - entry.at >= this.ttlMs) {
      if (entry) this.remove(key, entry.size);
      this.misses += 1;
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits += 1;
    return entry.value;
  }

  set(key: string, value: V): void {
    const old = this.entries.get(key);
    if (old) this.remove(key, old.size);
    const size = this.sizeOf(value);
    this.entries.set(key, { at: this.now(), value, size });
    this.bytes += size;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxSize) {
      const oldest = this.entries.entries().next().value;
      if (oldest === undefined) break;
      this.remove(oldest[0], oldest[1].size);
    }
  }

  private remove(key: string, size: number): void {
    this.entries.delete(key);
    this.bytes -= size;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The sum of the entries' sizes (0 without a size function). */
  get totalSize(): number {
    return this.bytes;
  }
}

/**
 * The public search cache of one app. `pages` holds whole response bodies, already serialised by
 * the route's response schema (so a hit sends bytes and serialises nothing, and the schema still
 * decided what they contain); `counts` holds totals and facets, shared by every page and sort
 * order of the same filters; `pending` holds the result being computed for a page key, so
 * simultaneous misses on one popular search run its queries once and wait for the same answer.
 */
export interface PublicSearchCache {
  pages: TtlCache<Buffer>;
  counts: TtlCache<unknown>;
  pending: Map<string, Promise<Buffer>>;
  /** All valid matches of a word (search-matches.ts), or null when it has too many to keep. */
  lists: TtlCache<MatchList | null>;
  /** How often a word missed the list cache within the time to live (a list is read on the second). */
  listMisses: TtlCache<number>;
  pendingLists: Map<string, Promise<MatchList | null>>;
  /** Bumped by publicPostingsChanged: a result computed under an older generation is not stored. */
  generation: number;
  clear(): void;
}

const caches = new WeakMap<AppDeps, PublicSearchCache>();
let generation = 0;

/**
 * A posting entered or left the public set (published by review, paused, resumed, filled, renewed):
 * cached results are dropped, so a posting taken down is gone from the results at once, like its page.
 * Searches already running when it changed still answer, but their results are not cached.
 * Expiry by date is left to the time to live and to the date in every key.
 */
export function publicPostingsChanged(): void {
  generation += 1;
}

/** The public search cache of one app (tests and the bench read hits/misses from it, or clear it). */
export function publicSearchCache(deps: AppDeps): PublicSearchCache {
  let entry = caches.get(deps);
  if (!entry) {
    const pages = new TtlCache<Buffer>(SEARCH_CACHE_TTL_MS, PAGE_ENTRIES, undefined, (b) => b.length, PAGE_BYTES);
    const counts = new TtlCache<unknown>(SEARCH_CACHE_TTL_MS, COUNT_ENTRIES);
    const pending = new Map<string, Promise<Buffer>>();
    const lists = new TtlCache<MatchList | null>(SEARCH_CACHE_TTL_MS, 1000, undefined, (l) => 1 + (l ? 2 * l.byRelevance.length : 0), LIST_MATCHES);
    const listMisses = new TtlCache<number>(SEARCH_CACHE_TTL_MS, 10_000);
    const pendingLists = new Map<string, Promise<MatchList | null>>();
    const created: PublicSearchCache = {
      pages,
      counts,
      pending,
      lists,
      listMisses,
      pendingLists,
      generation,
      clear() {
        pages.clear();
        counts.clear();
        pending.clear();
        lists.clear();
        listMisses.clear();
        pendingLists.clear();
      },
    };
    entry = created;
    caches.set(deps, entry);
  }
  if (entry.generation !== generation) {
    entry.clear();
    entry.generation = generation;
  }
  return entry;
}

/** Whether a result computed under `startedAt` may still be stored (no posting changed since). */
export function stillCurrent(cache: PublicSearchCache, startedAt: number): boolean {
  return cache.generation === startedAt && generation === startedAt;
}
