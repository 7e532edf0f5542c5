import type { FairTargetGroup } from './codes.js';
import { ageOn } from '../registry/rules.js';

/** Seeker categories (code table person_category) that make a person one of the seeds' 下岗失业人员. */
export const UNEMPLOYED_CATEGORIES = ['laid_off', 'job_loser', 'other_unemployed'] as const;

/** What a check-in records of the person on the day. */
export interface CheckinFacts {
  /** 1 = male, 2 = female (GB/T 2261.1). */
  sex: 1 | 2;
  birthDate: string;
  /** The fair's date: ages are counted on it. */
  heldOn: string;
  /** The registry's labour status of the person. */
  labourStatus: string;
  /** Categories of the person's active seeker registration (none without one). */
  categories: readonly string[];
  /** Whether the person holds an active employment-difficulty identification. */
  difficulty: boolean;
}

export interface CheckinSnapshot {
  unemployed: boolean;
  groups: FairTargetGroup[];
}

/** Registered unemployed in the registry, or laid off / unemployed by the seeker registration's categories. */
export function isUnemployed(f: Pick<CheckinFacts, 'labourStatus' | 'categories'>): boolean {
  return f.labourStatus === 'unemployed' || f.categories.some((c) => (UNEMPLOYED_CATEGORIES as readonly string[]).includes(c));
}

/** 4050人员: women aged 40 and over, men aged 50 and over on the day. */
export function is4050(sex: 1 | 2, birthDate: string, on: string): boolean {
  return ageOn(birthDate, on) >= (sex === 2 ? 40 : 50);
}

/**
 * The target groups (FAIR_TARGET_GROUPS) a person belonged to on the fair's day, in the codes'
 * order, and whether they counted as unemployed. Kept on the check-in so a fair's numbers never
 * move when the person's record changes later.
 */
export function checkinGroups(f: CheckinFacts): CheckinSnapshot {
  const unemployed = isUnemployed(f);
  const has = (c: string) => f.categories.includes(c);
  const flags: Record<FairTargetGroup, boolean> = {
    unemployed,
    difficulty: f.difficulty,
    age_4050: is4050(f.sex, f.birthDate, f.heldOn),
    graduate: has('new_graduate'),
    veteran: has('veteran'),
    migrant_worker: has('migrant_worker'),
    disabled: has('disabled'),
  };
  return { unemployed, groups: (Object.keys(flags) as FairTargetGroup[]).filter((g) => flags[g]) };
}

/** The seeker id in a registration's QR code text 'S123' (also accepts lower case and spaces), or null. */
export function parseSeekerCode(raw: string): number | null {
  const m = /^\s*[Ss](\d{1,12})\s*$/.exec(raw);
  if (!m) return null;
  const id = Number(m[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Why a check-in is not possible at the fair today, or null when it is. */
export function checkinRefusal(fair: { status: string; heldOn: string }, today: string): string | null {
  if (fair.status === 'planned') return '招聘会尚未发布，不能签到';
  if (fair.status === 'closed') return '招聘会已结束，不能再签到';
  if (fair.status === 'cancelled') return '招聘会已取消';
  if (today !== fair.heldOn) return `只能在招聘会当天（${fair.heldOn}）签到`;
  return null;
}

/** 'HH:MM' of an instant in China time. */
export function chinaTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
}
