import { useCallback, useEffect, useRef, useState } from 'react';
import { screenApi, type ScreenCode, type ScreenPosting, type ScreenRegion } from './api';

/** The current time, ticking every `ms`. */
export function useNow(ms = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), ms);
    return () => window.clearInterval(id);
  }, [ms]);
  return now;
}

/** Most postings one screen cycle shows: the newest valid ones. */
export const SCREEN_MAX_POSTINGS = 240;

export interface LiveData<T> {
  data: T | null;
  /** The last refresh failed: the screen keeps the previous data and shows 离线. */
  offline: boolean;
  loadedAt: Date | null;
}

/**
 * Current valid postings (newest first) of a place, reloaded every `refreshMs`. A failed reload
 * keeps the last good list and marks the screen offline until the next success.
 */
export function useLivePostings(region: string | undefined, refreshMs: number): LiveData<ScreenPosting[]> {
  const [state, setState] = useState<LiveData<ScreenPosting[]>>({ data: null, offline: false, loadedAt: null });
  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      try {
        const items: ScreenPosting[] = [];
        let cursor: string | undefined;
        do {
          const page = await screenApi.postings({ region, sort: 'date', limit: 60, cursor });
          items.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor && items.length < SCREEN_MAX_POSTINGS);
        if (!cancelled) setState({ data: items.slice(0, SCREEN_MAX_POSTINGS), offline: false, loadedAt: new Date() });
      } catch {
        if (!cancelled) setState((s) => ({ ...s, offline: true }));
      }
    };
    void load();
    const id = window.setInterval(() => void load(), refreshMs);
    return () => {
      cancelled = true;
      window.clearInterval(id);
    };
  }, [region, refreshMs]);
  return state;
}

/** The hall's place: the city (and the district when the screen is set to one). */
export function usePlace(region: string | undefined): { city: ScreenRegion | null; district: ScreenRegion | null; districts: ScreenRegion[] } {
  const [place, setPlace] = useState<{ city: ScreenRegion | null; district: ScreenRegion | null; districts: ScreenRegion[] }>({ city: null, district: null, districts: [] });
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const cities = await screenApi.regions();
      const city = cities.find((c) => region?.startsWith(c.code)) ?? cities[0] ?? null;
      const districts = city ? await screenApi.regions(city.code) : [];
      const district = region && region.length > (city?.code.length ?? 0) ? (districts.find((d) => region.startsWith(d.code)) ?? null) : null;
      if (!cancelled) setPlace({ city, district, districts });
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [region]);
  return place;
}

/** A code table of the public look-ups, loaded once (empty until it arrives or when it fails). */
export function useCodes(type: 'occupation' | 'education', maxLevel?: number): ScreenCode[] {
  const [codes, setCodes] = useState<ScreenCode[]>([]);
  useEffect(() => {
    screenApi
      .codes(type, maxLevel)
      .then(setCodes)
      .catch(() => undefined);
  }, [type, maxLevel]);
  return codes;
}

/**
 * Calls `onIdle` after `ms` without a touch, click, key or scroll; any of them starts the wait again.
 * Returns a function that restarts the wait by hand.
 */
export function useIdle(ms: number, onIdle: () => void): () => void {
  const timer = useRef<number | undefined>(undefined);
  const callback = useRef(onIdle);
  callback.current = onIdle;
  const restart = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => callback.current(), ms);
  }, [ms]);
  useEffect(() => {
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input', 'scroll'] as const;
    for (const e of events) window.addEventListener(e, restart, { passive: true, capture: true });
    restart();
    return () => {
      for (const e of events) window.removeEventListener(e, restart, { capture: true });
      window.clearTimeout(timer.current);
    };
  }, [restart]);
  return restart;
}
