import type { Random } from './random.js';
import type { JobKind } from './market-texts.js';

// Rules the market generators share for skill levels (code table skill_level) and for the shape of
// three years of history: pure functions of the random stream, unit-tested in market-history.test.ts.

export type SkillLevel = 'q5' | 'q4' | 'q3' | 'q2' | 'q1' | 't_junior' | 't_middle' | 't_senior' | 'none';

/** Professional titles (专业技术职务) the seed's certificates stand for; the rest of a JobKind's certificates below. */
const TITLES: Record<string, SkillLevel> = {
  初级会计职称: 't_junior',
  教师资格证: 't_junior',
  中级会计职称: 't_middle',
  工艺美术师: 't_middle',
  二级建造师: 't_middle',
  软件设计师: 't_middle',
  网络工程师: 't_middle',
  执业药师: 't_middle',
};
/** Vocational qualifications (职业资格 / 职业技能等级); licences (driving, health, special operations) are no skill level. */
const VOCATIONAL = /职业技能等级证书|烹调师证|面点师证|数控车工证|钳工证|汽车维修工证|育婴员证|养老护理员证|人力资源管理师|质量检验员证|保安员证/;

const HELD_GRADES: { value: SkillLevel; weight: number }[] = [
  { value: 'q5', weight: 40 },
  { value: 'q4', weight: 35 },
  { value: 'q3', weight: 18 },
  { value: 'q2', weight: 5 },
  { value: 'q1', weight: 2 },
];
const REQUIRED_GRADES: { value: SkillLevel; weight: number }[] = [
  { value: 'q5', weight: 50 },
  { value: 'q4', weight: 35 },
  { value: 'q3', weight: 15 },
];

/** What a certificate says about its holder's level: a title, a vocational grade, or nothing (a licence, none). */
export function certificateLevel(certificate: string | null, rng: Random): SkillLevel {
  if (certificate === null) return 'none';
  const title = TITLES[certificate];
  if (title !== undefined) return title === 't_middle' && rng.chance(0.15) ? 't_senior' : title;
  return VOCATIONAL.test(certificate) ? rng.weighted(HELD_GRADES) : 'none';
}

/** A seeker's highest level held: the certificate's, else (graduates now and then) a junior title. */
export function seekerSkillLevel(certificate: string | null, graduate: boolean, rng: Random): SkillLevel {
  const level = certificateLevel(certificate, rng);
  if (level === 'none' && graduate && rng.chance(0.1)) return 't_junior';
  return level;
}

/** A posting's required level: most ask none; skilled trades ask a vocational grade, professional jobs a title. */
export function postingSkillLevel(job: JobKind, rng: Random): SkillLevel {
  const titles = job.certificates.map((c) => TITLES[c]).filter((t): t is SkillLevel => t !== undefined);
  if (titles.length > 0 && rng.chance(0.4)) return rng.chance(0.7) ? 't_junior' : 't_middle';
  if (job.certificates.some((c) => VOCATIONAL.test(c)) && rng.chance(0.45)) return rng.weighted(REQUIRED_GRADES);
  return 'none';
}

/**
 * The 求人倍率 the history aims at in a month (1–12): above 1.5 after the Spring Festival when
 * employers recruit and migrant workers have not all come back, lowest in the graduation summer,
 * with some noise. Always within 1.1–1.9.
 */
export function targetRatio(month: number, rng: Random): number {
  const seasonal = [1.6, 1.75, 1.6, 1.45, 1.4, 1.3, 1.25, 1.3, 1.4, 1.45, 1.4, 1.45][month - 1] ?? 1.45;
  return Math.min(1.9, Math.max(1.1, seasonal * (0.92 + rng.next() * 0.16)));
}
