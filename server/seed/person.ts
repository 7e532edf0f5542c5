import { addCalendarDays } from '../modules/calendar/workdays.js';
import type { Random } from './random.js';
import { chineseName, citizenId, mobilePhone } from './identity.js';

/** A demo resident: name, sex, birth date and ID number agree with each other and the residence. */
export interface DemoPerson {
  name: string;
  sex: 1 | 2;
  birthDate: string;
  citizenId: string;
  phone: string;
  /** The community (12-digit code) the person lives in. */
  regionCode: string;
}

/**
 * A working-age resident of a community. The ID number's region is the community's county
 * (people registered where they live), or `bornIn` for migrants; the birth date gives an age
 * between `minAge` and `maxAge` on `today`.
 */
export function demoPerson(
  rng: Random,
  opts: { regionCode: string; today: string; minAge?: number; maxAge?: number; bornIn?: string },
): DemoPerson {
  const minAge = opts.minAge ?? 16;
  const maxAge = opts.maxAge ?? 64;
  const latest = `${Number(opts.today.slice(0, 4)) - minAge}${opts.today.slice(4)}`;
  const earliest = addCalendarDays(`${Number(opts.today.slice(0, 4)) - maxAge - 1}${opts.today.slice(4)}`, 1);
  const birthDate = rng.date(earliest, latest.endsWith('02-29') ? addCalendarDays(latest, -1) : latest);
  const sex: 1 | 2 = rng.chance(0.5) ? 1 : 2;
  return {
    name: chineseName(rng, sex),
    sex,
    birthDate,
    citizenId: citizenId(rng, { regionCode6: opts.bornIn ?? opts.regionCode.slice(0, 6), birthDate, sex }),
    phone: mobilePhone(rng),
    regionCode: opts.regionCode,
  };
}
