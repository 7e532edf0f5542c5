import { addCalendarDays } from '../modules/calendar/workdays.js';
import type { CampaignKind, FairKind, FairStatus, SeriesEvery } from '../platform/db/schema-fairs.js';
import type { FairTargetGroup } from '../modules/fairs/codes.js';
import type { Random } from './random.js';

// The calendar of a year of fairs in the demo city, planned in memory (no database): every level on
// its rhythm — the demo district's streets fortnightly, the district weekly, the city's Saturday
// mornings and monthly themed fairs, a large fair every quarter, online fairs — and the special
// fairs of the year's campaigns. Past fairs are closed (a few were cancelled), the next four weeks
// are published, later ones still planned.

export interface Unit {
  code: string;
  name: string;
}

export interface PlannedCampaign {
  regionCode: string;
  name: string;
  kind: CampaignKind;
  startsOn: string;
  endsOn: string;
  targetGroups: FairTargetGroup[];
  participantUnits: string[];
  goals: Record<string, number>;
  description: string;
}

export interface PlannedSeries {
  regionCode: string;
  every: SeriesEvery;
  firstOn: string;
  untilOn: string;
}

export interface PlannedFair {
  regionCode: string;
  name: string;
  kind: FairKind;
  targetGroups: FairTargetGroup[];
  campaign: number | null;
  series: number | null;
  venue: string;
  heldOn: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  description: string;
  status: FairStatus;
  cancelReason: string | null;
  /** How many employers and seekers it draws at this scale. */
  employers: number;
  seekers: number;
}

export interface FairCalendar {
  campaigns: PlannedCampaign[];
  series: PlannedSeries[];
  fairs: PlannedFair[];
}

export interface CalendarInput {
  today: string;
  scale: number;
  city: Unit;
  district: Unit;
  /** The demo district's streets. */
  streets: Unit[];
}

/** Days of history and of the calendar ahead. */
export const HISTORY_DAYS = 364;
export const AHEAD_DAYS = 42;
/** Fairs up to this many days ahead are published; later ones are still planned. */
export const PUBLISHED_AHEAD_DAYS = 28;

/** Employers and seekers a fair of each kind draws at scale 1, and its booths. */
const SIZE: Record<FairKind, { employers: number; seekers: number; capacity: number }> = {
  street_fortnightly: { employers: 6, seekers: 24, capacity: 20 },
  district_weekly: { employers: 14, seekers: 60, capacity: 60 },
  saturday_morning: { employers: 10, seekers: 40, capacity: 40 },
  city_monthly: { employers: 32, seekers: 160, capacity: 120 },
  quarterly_large: { employers: 90, seekers: 520, capacity: 300 },
  special: { employers: 20, seekers: 100, capacity: 80 },
  online: { employers: 10, seekers: 40, capacity: 50 },
  daily_market: { employers: 5, seekers: 20, capacity: 20 },
  market_day: { employers: 8, seekers: 30, capacity: 30 },
};

const THEMES = ['制造业专场', '现代服务业专场', '文化旅游产业专场', '电子商务与物流专场', '建筑与装饰专场', '医疗健康专场', '新能源产业专场', '餐饮住宿专场', '智能制造专场', '商贸零售专场', '教育培训专场', '家政服务专场'];

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The first date on or after `from` falling on the weekday. */
export function firstWeekday(from: string, day: number): string {
  return addCalendarDays(from, (day - weekday(from) + 7) % 7);
}

/** The n-th (1-based) given weekday of a month 'YYYY-MM'. */
export function nthWeekday(month: string, day: number, n: number): string {
  return addCalendarDays(firstWeekday(`${month}-01`, day), 7 * (n - 1));
}

/** How much bigger or smaller fairs are than at scale 1: small demos keep a readable minimum. */
export function sizeFactor(scale: number): number {
  return scale <= 1 ? Math.max(0.25, scale) : Math.sqrt(scale);
}

/** Builds the calendar. The random stream only varies sizes and the rare cancellation. */
export function planFairCalendar(input: CalendarInput, rng: Random): FairCalendar {
  const { today, city, district } = input;
  const from = addCalendarDays(today, -HISTORY_DAYS);
  const until = addCalendarDays(today, AHEAD_DAYS);
  const factor = sizeFactor(input.scale);
  const out: FairCalendar = { campaigns: [], series: [], fairs: [] };
  const cityHall = `${city.name}人力资源市场一楼大厅`;

  const add = (f: Omit<PlannedFair, 'status' | 'cancelReason' | 'employers' | 'seekers' | 'capacity'> & { capacity?: number }) => {
    if (f.heldOn < from || f.heldOn > until) return;
    const size = SIZE[f.kind];
    const vary = (n: number) => Math.max(1, Math.round(n * factor * (0.75 + rng.next() * 0.5)));
    const past = f.heldOn < today;
    const cancelled = past && f.kind === 'street_fortnightly' && rng.chance(0.04);
    const status: FairStatus = cancelled ? 'cancelled' : past ? 'closed' : f.heldOn <= addCalendarDays(today, PUBLISHED_AHEAD_DAYS) ? 'published' : 'planned';
    out.fairs.push({
      ...f,
      capacity: f.capacity ?? size.capacity,
      status,
      cancelReason: cancelled ? '遇恶劣天气，本期暂停举办' : null,
      employers: vary(size.employers),
      seekers: vary(size.seekers),
    });
  };
  const series = (regionCode: string, every: SeriesEvery, first: string, step: number, make: (heldOn: string, s: number) => void) => {
    const dates: string[] = [];
    for (let d = first; d <= until; d = addCalendarDays(d, step)) dates.push(d);
    if (dates.length === 0) return;
    out.series.push({ regionCode, every, firstOn: dates[0], untilOn: dates[dates.length - 1] });
    for (const d of dates) make(d, out.series.length - 1);
  };

  // Streets of the demo district: every other Tuesday or Thursday morning (fewer streets in small demos).
  const streetCount = Math.min(input.streets.length, Math.max(1, Math.round(input.streets.length * Math.min(1, input.scale))));
  input.streets.slice(0, streetCount).forEach((street, i) => {
    const first = addCalendarDays(firstWeekday(from, i % 2 === 0 ? 2 : 4), 7 * (i % 2));
    series(street.code, 'two_weeks', first, 14, (heldOn, s) =>
      add({ regionCode: street.code, name: `${street.name}双周小型招聘会`, kind: 'street_fortnightly', targetGroups: ['unemployed', 'age_4050', 'difficulty'], campaign: null, series: s, venue: `${street.name}便民服务中心`, heldOn, startsAt: '09:00', endsAt: '11:30', description: '街道就近服务：辖区用人单位现场招聘，社区推荐失业人员、就业困难人员到场求职。' }),
    );
  });
  // The district every Wednesday; the city every Saturday morning.
  series(district.code, 'week', firstWeekday(from, 3), 7, (heldOn, s) =>
    add({ regionCode: district.code, name: `${district.name}周三招聘会`, kind: 'district_weekly', targetGroups: ['unemployed', 'migrant_worker'], campaign: null, series: s, venue: `${district.name}人力资源市场`, heldOn, startsAt: '09:00', endsAt: '12:00', description: '区县每周中型招聘会，面向全区求职者。' }),
  );
  series(city.code, 'week', firstWeekday(from, 6), 7, (heldOn, s) =>
    add({ regionCode: city.code, name: `${city.name}周六上午招聘会`, kind: 'saturday_morning', targetGroups: [], campaign: null, series: s, venue: cityHall, heldOn, startsAt: '08:30', endsAt: '11:30', description: '每周六上午固定开市，方便在职求职者和外出务工返乡人员。' }),
  );

  // Monthly themed fairs (third Friday), the quarterly large fair (second Saturday of the quarter's
  // last month) and an online fair at the start of each quarter.
  for (let m = from.slice(0, 7); m <= until.slice(0, 7); m = addCalendarDays(`${m}-01`, 32).slice(0, 7)) {
    const month = Number(m.slice(5));
    const theme = THEMES[month - 1];
    add({ regionCode: city.code, name: `${city.name}${month}月主题招聘会·${theme}`, kind: 'city_monthly', targetGroups: [], campaign: null, series: null, venue: cityHall, heldOn: nthWeekday(m, 5, 3), startsAt: '09:00', endsAt: '15:00', description: `市级月度主题招聘会：${theme}。` });
    if (month % 3 === 0) {
      add({ regionCode: city.code, name: `${city.name}${m.slice(0, 4)}年第${month / 3}季度大型综合招聘会`, kind: 'quarterly_large', targetGroups: ['unemployed', 'graduate', 'migrant_worker', 'veteran'], campaign: null, series: null, venue: `${city.name}人力资源市场及广场`, heldOn: nthWeekday(m, 6, 2), startsAt: '09:00', endsAt: '16:00', description: '全市季度大型综合招聘会，市、区两级联合举办。' });
    }
    if (month % 3 === 1) {
      add({ regionCode: city.code, name: `${city.name}网络招聘会（${month}月）`, kind: 'online', targetGroups: ['graduate', 'migrant_worker'], campaign: null, series: null, venue: '网上人力资源市场（远程面试）', heldOn: nthWeekday(m, 2, 2), startsAt: '09:00', endsAt: '17:00', description: '单位在线设展，求职者预约远程面试时段。' });
    }
  }
  // An online fair in the coming days, so seekers have slots to book.
  const nextOnline = firstWeekday(addCalendarDays(today, 5), 2);
  if (!out.fairs.some((f) => f.kind === 'online' && f.heldOn >= today && f.heldOn <= addCalendarDays(today, 21))) {
    add({ regionCode: city.code, name: `${city.name}网络招聘会·远程面试专场`, kind: 'online', targetGroups: ['graduate', 'migrant_worker'], campaign: null, series: null, venue: '网上人力资源市场（远程面试）', heldOn: nextOnline, startsAt: '09:00', endsAt: '17:00', description: '单位在线设展，求职者预约远程面试时段。' });
  }

  // The campaigns of each year the window touches, each with its special fairs.
  for (let y = Number(from.slice(0, 4)); y <= Number(until.slice(0, 4)); y += 1) {
    type Template = Omit<PlannedCampaign, 'regionCode' | 'participantUnits'> & { fairs: { offset: number; organiser: Unit; groups: FairTargetGroup[]; title: string }[] };
    const templates: Template[] = [
      { kind: 'assistance_month', name: `${y}年就业援助月`, startsOn: `${y}-01-01`, endsOn: `${y}-02-28`, targetGroups: ['difficulty', 'unemployed', 'disabled', 'age_4050'], description: '送政策、送岗位、送服务，帮扶就业困难人员和零就业家庭成员就业。', goals: { fairs: 3, employers: 60, positions: 800, seekers: 400, intentions: 120 },
        fairs: [ { offset: 9, organiser: city, groups: ['difficulty', 'unemployed', 'disabled'], title: '就业援助月专场招聘会' }, { offset: 30, organiser: district, groups: ['difficulty', 'age_4050'], title: '就业援助月区级专场' } ] },
      { kind: 'spring_breeze', name: `${y}年春风行动`, startsOn: `${y}-02-10`, endsOn: `${y}-03-31`, targetGroups: ['migrant_worker', 'unemployed'], description: '节后返岗就业服务，促进农村劳动力转移就业。', goals: { fairs: 3, employers: 90, positions: 1500, seekers: 800, intentions: 250 },
        fairs: [ { offset: 6, organiser: city, groups: ['migrant_worker'], title: '春风行动·农民工专场招聘会' }, { offset: 20, organiser: district, groups: ['migrant_worker', 'unemployed'], title: '春风行动区级专场' }, { offset: 34, organiser: input.streets[0] ?? district, groups: ['migrant_worker'], title: '春风行动进街道' } ] },
      { kind: 'private_week', name: `${y}年民营企业招聘周`, startsOn: `${y}-05-18`, endsOn: `${y}-05-24`, targetGroups: ['unemployed', 'graduate'], description: '民营企业集中招聘，服务高校毕业生和失业人员。', goals: { fairs: 1, employers: 40, positions: 600 },
        fairs: [ { offset: 2, organiser: city, groups: ['unemployed', 'graduate'], title: '民营企业招聘周专场' } ] },
      { kind: 'graduate_month', name: `${y}年高校毕业生就业服务月`, startsOn: `${y}-06-01`, endsOn: `${y}-06-30`, targetGroups: ['graduate'], description: '面向离校未就业高校毕业生的集中招聘和就业服务。', goals: { fairs: 2, employers: 50, positions: 700, seekers: 300 },
        fairs: [ { offset: 10, organiser: city, groups: ['graduate'], title: '高校毕业生专场招聘会' }, { offset: 24, organiser: district, groups: ['graduate'], title: '高校毕业生区级专场' } ] },
    ];
    const campaigns = templates.map((c) => ({ ...c, regionCode: city.code, participantUnits: [district.code] }));
    for (const { fairs, ...campaign } of campaigns) {
      if (campaign.startsOn > until || campaign.endsOn < from) continue;
      out.campaigns.push(campaign);
      for (const f of fairs) {
        let heldOn = addCalendarDays(campaign.startsOn, f.offset);
        if (weekday(heldOn) === 0) heldOn = addCalendarDays(heldOn, 1);
        if (heldOn > campaign.endsOn) continue;
        const level = f.organiser === city ? cityHall : f.organiser === district ? `${district.name}人力资源市场` : `${f.organiser.name}便民服务中心`;
        add({ regionCode: f.organiser.code, name: `${y}年${f.title}`, kind: 'special', targetGroups: f.groups, campaign: out.campaigns.length - 1, series: null, venue: level, heldOn, startsAt: '09:00', endsAt: '12:00', description: `${campaign.name}专场活动。` });
      }
    }
  }
  out.fairs.sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.startsAt.localeCompare(b.startsAt) || a.regionCode.localeCompare(b.regionCode));
  return out;
}
