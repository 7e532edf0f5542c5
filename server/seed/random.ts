// Deterministic pseudo-random generator for demo data (sfc32 seeded by an xmur3 string hash).

/** A seeded, deterministic source of random values. */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniformly chosen element of a non-empty array. */
  pick<T>(arr: readonly T[]): T;
  /** Element chosen with probability proportional to its weight. */
  weighted<T>(items: readonly { value: T; weight: number }[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Uniform calendar date between two YYYY-MM-DD dates (inclusive), as YYYY-MM-DD. */
  date(fromIso: string, toIso: string): string;
  /** Fisher–Yates shuffled copy of an array. */
  shuffle<T>(arr: readonly T[]): T[];
  /** Independent child generator derived from this one's seed and a label. */
  fork(label: string): Random;
}

const DAY_MS = 86_400_000;

/** Creates a deterministic generator; the same seed always yields the same sequence. */
export function createRandom(seed: string | number): Random {
  const seedText = String(seed);
  const hash = xmur3(seedText);
  const nextU32 = sfc32(hash(), hash(), hash(), hash());
  // Discard the first outputs so that similar seeds diverge quickly.
  for (let i = 0; i < 12; i++) nextU32();

  const next = (): number => nextU32() / 4294967296;

  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) {
      throw new RangeError(`invalid integer range [${min}, ${max}]`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };

  const pick = <T>(arr: readonly T[]): T => {
    if (arr.length === 0) throw new RangeError('cannot pick from an empty array');
    return arr[Math.floor(next() * arr.length)];
  };

  const weighted = <T>(items: readonly { value: T; weight: number }[]): T => {
    let total = 0;
    for (const item of items) {
      if (!(item.weight >= 0) || !Number.isFinite(item.weight)) {
        throw new RangeError('weights must be finite and non-negative');
      }
      total += item.weight;
    }
    if (total <= 0) throw new RangeError('total weight must be positive');
    let r = next() * total;
    for (const item of items) {
      if (r < item.weight) return item.value;
      r -= item.weight;
    }
    // Floating-point rounding: fall back to the last item with a positive weight.
    for (let i = items.length - 1; i >= 0; i--) {
      if (items[i].weight > 0) return items[i].value;
    }
    throw new RangeError('unreachable');
  };

  const chance = (p: number): boolean => next() < p;

  const date = (fromIso: string, toIso: string): string => {
    const from = parseIsoDate(fromIso);
    const to = parseIsoDate(toIso);
    if (from > to) throw new RangeError(`date range is reversed: ${fromIso} > ${toIso}`);
    const days = int(0, Math.round((to - from) / DAY_MS));
    return new Date(from + days * DAY_MS).toISOString().slice(0, 10);
  };

  const shuffle = <T>(arr: readonly T[]): T[] => {
    const out = arr.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const tmp = out[i];
      out[i] = out[j];
      out[j] = tmp;
    }
    return out;
  };

  const fork = (label: string): Random => createRandom(`${seedText}\u0000${label}`);

  return { next, int, pick, weighted, chance, date, shuffle, fork };
}

/** Parses YYYY-MM-DD (optionally followed by a time part) to a UTC midnight timestamp. */
function parseIsoDate(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m === null) throw new RangeError(`invalid ISO date: ${iso}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(t).toISOString().slice(0, 10) !== m[0]) {
    throw new RangeError(`invalid calendar date: ${iso}`);
  }
  return t;
}

/** xmur3 string hash; each call of the returned function yields another 32-bit seed. */
function xmur3(str: string): () => number {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
}

/** sfc32 (Small Fast Counting) generator returning unsigned 32-bit integers. */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
}
