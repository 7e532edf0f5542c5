import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n';
import { portalApi, type PublicCode, type PublicCodeType, type Region } from './api';

/** Look-ups that never change while the page is open: fetched once, shared by every component. */
const cache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

export function loadCodes(type: PublicCodeType, maxLevel?: number): Promise<PublicCode[]> {
  return cached(`codes:${type}:${maxLevel ?? ''}`, () => portalApi.codes(type, maxLevel));
}

export function loadRegions(parent?: string): Promise<Region[]> {
  return cached(`regions:${parent ?? ''}`, () => portalApi.regions(parent));
}

/** The result of a promise as state: `undefined` while loading, `null` after a failure. */
export function useLoaded<T>(load: () => Promise<T>, deps: unknown[]): { data: T | undefined | null; error: unknown } {
  const [state, setState] = useState<{ data: T | undefined | null; error: unknown }>({ data: undefined, error: null });
  useEffect(() => {
    let live = true;
    setState({ data: undefined, error: null });
    load().then(
      (data) => live && setState({ data, error: null }),
      (error: unknown) => live && setState({ data: null, error }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}

/** A code table of the portal (empty until loaded). */
export function useCodes(type: PublicCodeType, maxLevel?: number): PublicCode[] {
  return useLoaded(() => loadCodes(type, maxLevel), [type, maxLevel]).data ?? [];
}

/** code → name of a code table. */
export function useCodeNames(type: PublicCodeType, maxLevel?: number): Map<string, string> {
  const codes = useCodes(type, maxLevel);
  return useMemo(() => new Map(codes.map((c) => [c.code, c.name])), [codes]);
}

/** The city the system was loaded with (its name heads the portal). */
export function useCity(): Region | null {
  const regions = useLoaded(() => loadRegions(), []).data;
  return regions && regions.length > 0 ? regions[0] : null;
}

/** The label of a code in the chosen language (the Chinese name when the table has no English). */
export function useCodeLabel(): (c: PublicCode) => string {
  const { lang } = useI18n();
  return useMemo(() => (c: PublicCode) => (lang === 'en' && c.nameEn ? c.nameEn : c.name), [lang]);
}
