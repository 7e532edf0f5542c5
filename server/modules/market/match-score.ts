/**
 * Person-job matching (人岗匹配) as pure functions: one explainable score of a seeker against a
 * posting, 0–100, the sum of six factors, each with its points, its maximum and a Chinese reason.
 *
 * Anti-discrimination (就业促进法 arts 3, 26–31): sex, ethnicity, religion, household type (户口),
 * health and age are never inputs. `MatchSeeker` forbids those keys at compile time, and
 * match.test.ts checks that two seekers differing only in them score the same. Priority service
 * for people with employment difficulty is an ordering of the list for staff, never a change here.
 */

export type MatchFactor = 'occupation' | 'region' | 'wage' | 'education' | 'skills' | 'validity';

export interface MatchReason {
  factor: MatchFactor;
  points: number;
  max: number;
  text: string;
}

export interface MatchResult {
  score: number;
  reasons: MatchReason[];
}

/** Attributes the score must never see. */
export type ProtectedAttribute = 'sex' | 'ethnicity' | 'religion' | 'hukouType' | 'householdType' | 'health' | 'age' | 'birthDate' | 'maritalStatus';
type WithoutProtected = { [K in ProtectedAttribute]?: never };

/** What the score may know about a seeker: their wishes and qualifications, nothing protected. */
export type MatchSeeker = WithoutProtected & {
  /** Desired occupation codes (职业分类大典: major '6' or medium group '6-09'). */
  desiredOccupations: readonly string[];
  /** Desired work regions (any level of the org tree). */
  desiredRegions: readonly string[];
  /** The community the seeker lives in (distance is measured from here). */
  homeRegion: string;
  wageExpected: number | null;
  /** GB/T 4658 education code. */
  education: string | null;
  /** Words of the seeker's skills and certificates (segmented, lower case). */
  skillTokens: readonly string[];
  validTo: string;
};

export interface MatchPosting {
  occupationCode: string;
  regionCode: string;
  wageMin: number;
  wageMax: number;
  /** Required education (GB/T 4658), null = no requirement. */
  education: string | null;
  /** Words of the posting's title, description and requirements (segmented, lower case). */
  textTokens: readonly string[];
  validTo: string;
}

export const FACTOR_MAX: Record<MatchFactor, number> = { occupation: 35, region: 20, wage: 15, education: 10, skills: 10, validity: 10 };

const major = (code: string) => code.split('-')[0];
const medium = (code: string) => code.split('-').slice(0, 2).join('-');

/** Occupation points of a posting in another medium group of a desired major group. */
export const SIBLING_OCCUPATION_POINTS = 15;

/** Occupation closeness in the code hierarchy: same medium group > same major group > none. */
export function occupationFactor(desired: readonly string[], posting: string): MatchReason {
  const max = FACTOR_MAX.occupation;
  if (desired.length === 0) return { factor: 'occupation', points: 10, max, text: '未填写期望职业，按部分匹配计' };
  const sameMedium = desired.some((d) => d.includes('-') && medium(d) === medium(posting));
  if (sameMedium) return { factor: 'occupation', points: max, max, text: '岗位职业与期望职业属同一中类' };
  const sameMajor = desired.some((d) => major(d) === major(posting));
  if (sameMajor) {
    // A wish for a whole major group ('6') covers every medium group in it.
    const wholeGroup = desired.some((d) => !d.includes('-') && d === major(posting));
    return wholeGroup
      ? { factor: 'occupation', points: max, max, text: '岗位职业属于期望的职业大类' }
      : { factor: 'occupation', points: SIBLING_OCCUPATION_POINTS, max, text: '岗位职业与期望职业属同一大类' };
  }
  return { factor: 'occupation', points: 0, max, text: '岗位职业不在期望职业范围内' };
}

/** Common prefix length of two region codes, read as the deepest shared level of the tree. */
function sharedLevel(a: string, b: string): 'community' | 'street' | 'district' | 'city' | 'none' {
  if (a.length >= 12 && a.slice(0, 12) === b.slice(0, 12)) return 'community';
  if (a.slice(0, 9) === b.slice(0, 9) && a.length >= 9 && b.length >= 9) return 'street';
  if (a.slice(0, 6) === b.slice(0, 6) && a.length >= 6 && b.length >= 6) return 'district';
  if (a.slice(0, 4) === b.slice(0, 4) && a.length >= 4 && b.length >= 4) return 'city';
  return 'none';
}

const REGION_POINTS = { community: 20, street: 15, district: 10, city: 5, none: 0 } as const;
const REGION_TEXT = {
  community: '工作地点在求职者所在社区',
  street: '工作地点在求职者所在街道（乡镇）',
  district: '工作地点在求职者所在区（县）',
  city: '工作地点在求职者所在市',
  none: '工作地点不在求职者所在市',
} as const;

/** Distance in the region tree; a posting inside a desired work region counts as near. */
export function regionFactor(seeker: Pick<MatchSeeker, 'desiredRegions' | 'homeRegion'>, postingRegion: string): MatchReason {
  const max = FACTOR_MAX.region;
  if (seeker.desiredRegions.some((r) => postingRegion.startsWith(r))) return { factor: 'region', points: max, max, text: '工作地点在期望工作地区内' };
  const level = sharedLevel(seeker.homeRegion, postingRegion);
  return { factor: 'region', points: REGION_POINTS[level], max, text: REGION_TEXT[level] };
}

/** Wage fit: the posting's top wage against the seeker's expectation. */
export function wageFactor(expected: number | null, wageMin: number, wageMax: number): MatchReason {
  const max = FACTOR_MAX.wage;
  if (expected === null || expected === 0) return { factor: 'wage', points: max, max, text: '未填写期望工资' };
  if (wageMin >= expected) return { factor: 'wage', points: max, max, text: `岗位工资下限 ${wageMin} 元不低于期望 ${expected} 元` };
  if (wageMax >= expected) return { factor: 'wage', points: 12, max, text: `期望 ${expected} 元在岗位工资 ${wageMin}–${wageMax} 元之间` };
  const ratio = wageMax / expected;
  if (ratio >= 0.9) return { factor: 'wage', points: 8, max, text: `岗位工资上限 ${wageMax} 元略低于期望 ${expected} 元（差距不到 10%）` };
  if (ratio >= 0.8) return { factor: 'wage', points: 4, max, text: `岗位工资上限 ${wageMax} 元低于期望 ${expected} 元（差距 10%–20%）` };
  return { factor: 'wage', points: 0, max, text: `岗位工资上限 ${wageMax} 元明显低于期望 ${expected} 元` };
}

/**
 * Education level of a GB/T 4658 code, higher is more: 研究生 5, 本科 4, 专科 3, 中职/高中 2,
 * 初中 1, 小学 0; 其他 or unknown null.
 */
export function educationLevel(code: string | null): number | null {
  if (!code) return null;
  const group = code[0];
  const levels: Record<string, number> = { '1': 5, '2': 4, '3': 3, '4': 2, '6': 2, '7': 1, '8': 0 };
  return levels[group] ?? null;
}

/** Education fit: the seeker's level against the posting's requirement. */
export function educationFactor(seekerEducation: string | null, required: string | null): MatchReason {
  const max = FACTOR_MAX.education;
  const need = educationLevel(required);
  if (need === null) return { factor: 'education', points: max, max, text: '岗位无学历要求' };
  const have = educationLevel(seekerEducation);
  if (have === null) return { factor: 'education', points: 3, max, text: '求职者未填写学历，岗位有学历要求' };
  if (have >= need) return { factor: 'education', points: max, max, text: '学历符合岗位要求' };
  if (have === need - 1) return { factor: 'education', points: 5, max, text: '学历比岗位要求低一档' };
  return { factor: 'education', points: 0, max, text: '学历低于岗位要求' };
}

/** Skills and certificates overlap: the seeker's words found in the posting's text. */
export function skillsFactor(skillTokens: readonly string[], postingTokens: readonly string[]): MatchReason {
  const max = FACTOR_MAX.skills;
  const mine = [...new Set(skillTokens)];
  if (mine.length === 0) return { factor: 'skills', points: 0, max, text: '未填写技能或证书' };
  const text = new Set(postingTokens);
  const shared = mine.filter((w) => text.has(w));
  if (shared.length === 0) return { factor: 'skills', points: 0, max, text: '技能、证书与岗位描述无相同关键词' };
  const points = shared.length >= 3 ? max : shared.length === 2 ? 7 : 4;
  return { factor: 'skills', points, max, text: `技能、证书与岗位描述相同的关键词：${shared.slice(0, 5).join('、')}` };
}

const dayNumber = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** Validity: days both the posting and the registration still run (the shorter of the two). */
export function validityFactor(postingValidTo: string, seekerValidTo: string, today: string): MatchReason {
  const max = FACTOR_MAX.validity;
  const left = Math.min(dayNumber(postingValidTo), dayNumber(seekerValidTo)) - dayNumber(today);
  if (left < 0) return { factor: 'validity', points: 0, max, text: '已超出有效期' };
  const points = left >= 14 ? max : left >= 7 ? 6 : 3;
  return { factor: 'validity', points, max, text: left >= 14 ? `岗位与求职登记均在有效期内（还有 ${left} 天）` : `有效期即将届满（还有 ${left} 天）` };
}

/** The explainable score of one seeker against one posting on a day. */
export function matchScore(seeker: MatchSeeker, posting: MatchPosting, today: string): MatchResult {
  const reasons = [
    occupationFactor(seeker.desiredOccupations, posting.occupationCode),
    regionFactor(seeker, posting.regionCode),
    wageFactor(seeker.wageExpected, posting.wageMin, posting.wageMax),
    educationFactor(seeker.education, posting.education),
    skillsFactor(seeker.skillTokens, posting.textTokens),
    validityFactor(posting.validTo, seeker.validTo, today),
  ];
  return { score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
}

/** Ranks scored pairs: score descending, then the tie-breaker (e.g. the id) ascending. */
export function byScore<T extends { score: number; tie: number }>(a: T, b: T): number {
  return b.score - a.score || a.tie - b.tie;
}
