import type { CheckinVia, IntentionStatus, ParticipationStatus, SlotOutcome } from '../platform/db/schema-fairs.js';
import { addCalendarDays } from '../modules/calendar/workdays.js';
import { checkinGroups } from '../modules/fairs/checkin-rules.js';
import type { FairTargetGroup } from '../modules/fairs/codes.js';
import type { Random } from './random.js';
import type { PlannedFair } from './fairs-plan.js';

// Who came to each fair, planned in memory: the booths (employers with the postings they brought),
// the check-ins with the snapshot the check-in service takes, the intentions to hire and the
// online fairs' interview slots. Ids are filled in by the writer.

export interface Employer {
  id: number;
  regionCode: string;
  postings: { id: number; status: string; validFrom: string; validTo: string; vacancies: number }[];
}

export interface Person {
  id: number;
  regionCode: string;
  sex: 1 | 2;
  birthDate: string;
  labourStatus: string;
  seekerId: number | null;
  seekerFrom: string | null;
  categories: string[];
  difficulty: boolean;
}

export interface Booth {
  id: number;
  fairId: number;
  employer: Employer;
  status: ParticipationStatus;
  boothNo: string | null;
  via: 'portal' | 'staff';
  reason: string | null;
  appliedAt: Date;
  postings: { postingId: number; positions: number }[];
}

export interface Checkin {
  id: number;
  fairId: number;
  person: Person;
  seekerId: number | null;
  via: CheckinVia;
  unemployed: boolean;
  groups: FairTargetGroup[];
  at: Date;
}

export interface Intention {
  id: number;
  checkin: Checkin;
  booth: Booth;
  postingId: number | null;
  status: IntentionStatus;
  dropReason: string | null;
  followedUpAt: Date | null;
}

export interface Slot {
  booth: Booth;
  startsAt: Date;
  checkin: Checkin | null;
  outcome: SlotOutcome | null;
  intention: Intention | null;
}

export interface DayInput {
  fairs: (PlannedFair & { id: number })[];
  employers: Employer[];
  people: Person[];
  /** employer_demo's employer: kept out of upcoming fairs so the portal's application can be tried. */
  demoEmployerId: number | null;
  today: string;
  districtCode: string;
  rng: Random;
}

const PAST_BOOTH: { value: ParticipationStatus; weight: number }[] = [
  { value: 'approved', weight: 88 },
  { value: 'absent', weight: 4 },
  { value: 'rejected', weight: 5 },
  { value: 'withdrawn', weight: 3 },
];
const UPCOMING_BOOTH: { value: ParticipationStatus; weight: number }[] = [
  { value: 'approved', weight: 75 },
  { value: 'applied', weight: 20 },
  { value: 'rejected', weight: 5 },
];
const REJECT_REASONS = ['展位已满，请报名下一期', '岗位与本场招聘会主题不符', '岗位薪酬信息不完整，请完善后重新报名'];
const DROP_REASONS = ['求职者另有选择', '双方未就薪酬达成一致', '单位复试未通过', '求职者未按约定到岗'];
const SLOT_OUTCOMES: { value: SlotOutcome; weight: number }[] = [
  { value: 'interviewed', weight: 40 },
  { value: 'not_hired', weight: 40 },
  { value: 'no_show', weight: 20 },
];
/** Intentions recorded at fairs older than this have been followed up (some dropped). */
const FOLLOW_UP_DAYS = 30;
/** The seeds' shares: about 35% of check-ins lead to an intention, 60% of those unemployed. */
const INTENTION_SHARE = 0.35;
const UNEMPLOYED_SHARE = 0.6;

const china = (date: string, hhmm: string, plusMinutes = 0) => new Date(Date.parse(`${date}T${hhmm}:00+08:00`) + plusMinutes * 60_000);
const minutesBetween = (a: string, b: string) => (Number(b.slice(0, 2)) - Number(a.slice(0, 2))) * 60 + Number(b.slice(3, 5)) - Number(a.slice(3, 5));
export const boothNumber = (online: boolean, i: number) => (online ? `W${String(i + 1).padStart(2, '0')}` : `${String.fromCharCode(65 + Math.floor(i / 30))}${String((i % 30) + 1).padStart(2, '0')}`);

/**
 * The postings an employer brings to a fair: reviewed ones valid on the day (still published for a
 * fair ahead). Before the market's posting history begins, a past fair's booth shows the employer's
 * earliest reviewed postings instead — the demo has no older ones.
 */
export function postingsFor(e: Employer, heldOn: string, upcoming: boolean): Employer['postings'] {
  const valid = e.postings.filter((p) => p.validFrom <= heldOn && heldOn <= p.validTo && (!upcoming || p.status === 'published'));
  if (valid.length > 0 || upcoming) return valid;
  return e.postings.filter((p) => p.validFrom > heldOn).slice(0, 2);
}

export function planFairDay(input: DayInput): { booths: Booth[]; checkins: Checkin[]; intentions: Intention[]; slots: Slot[] } {
  const { rng, today } = input;
  const out = { booths: [] as Booth[], checkins: [] as Checkin[], intentions: [] as Intention[], slots: [] as Slot[] };
  const inDistrict = (code: string) => code.startsWith(input.districtCode);
  const localEmployers = input.employers.filter((e) => inDistrict(e.regionCode));
  const otherEmployers = input.employers.filter((e) => !inDistrict(e.regionCode));
  const unemployedNow = (p: Person) => p.labourStatus === 'unemployed';
  const pools = {
    district: { u: input.people.filter((p) => inDistrict(p.regionCode) && unemployedNow(p)), o: input.people.filter((p) => inDistrict(p.regionCode) && !unemployedNow(p)) },
    city: { u: input.people.filter(unemployedNow), o: input.people.filter((p) => !unemployedNow(p)) },
  };

  for (const fair of input.fairs) {
    if (fair.status === 'planned' || fair.status === 'cancelled') continue;
    const upcoming = fair.heldOn >= today;
    const local = fair.regionCode.length > 4;
    const candidates = local ? [...rng.shuffle(localEmployers), ...rng.shuffle(otherEmployers)] : rng.shuffle(input.employers);
    const booths: Booth[] = [];
    let numbered = 0;
    for (const employer of candidates) {
      if (booths.length >= Math.min(fair.employers, fair.capacity)) break;
      if (upcoming && employer.id === input.demoEmployerId) continue;
      const offer = postingsFor(employer, fair.heldOn, upcoming);
      if (offer.length === 0) continue;
      const status = rng.weighted(upcoming ? UPCOMING_BOOTH : PAST_BOOTH);
      const chosen = rng.shuffle(offer).slice(0, rng.int(1, Math.min(3, offer.length)));
      const booth: Booth = {
        id: 0,
        fairId: fair.id,
        employer,
        status,
        boothNo: status === 'approved' || status === 'absent' ? boothNumber(fair.kind === 'online', numbered++) : null,
        via: rng.chance(0.35) ? 'portal' : 'staff',
        reason: status === 'rejected' ? rng.pick(REJECT_REASONS) : null,
        appliedAt: china(addCalendarDays(fair.heldOn, -rng.int(4, 20)), '10:00', rng.int(0, 420)),
        postings: chosen.map((p) => ({ postingId: p.id, positions: rng.int(1, Math.max(1, Math.min(10, p.vacancies))) })),
      };
      booths.push(booth);
    }
    out.booths.push(...booths);
    const present = booths.filter((b) => b.status === 'approved');
    const online = fair.kind === 'online';
    if (upcoming) {
      // An online fair ahead: each booth offers six 20-minute interview slots in the morning.
      if (online) for (const b of present) for (let k = 0; k < 6; k += 1) out.slots.push({ booth: b, startsAt: china(fair.heldOn, fair.startsAt, 30 * k), checkin: null, outcome: null, intention: null });
      continue;
    }
    if (present.length === 0) continue;

    const pool = local ? pools.district : pools.city;
    const seen = new Set<number>();
    const checkins: Checkin[] = [];
    const span = Math.max(30, minutesBetween(fair.startsAt, fair.endsAt) - 15);
    for (let attempt = 0; attempt < fair.seekers * 4 && checkins.length < fair.seekers; attempt += 1) {
      const list = rng.chance(0.5) && pool.u.length > 0 ? pool.u : pool.o;
      if (list.length === 0) break;
      const person = rng.pick(list);
      if (seen.has(person.id)) continue;
      seen.add(person.id);
      const seekerId = person.seekerId !== null && person.seekerFrom !== null && person.seekerFrom <= fair.heldOn ? person.seekerId : null;
      const snapshot = checkinGroups({ sex: person.sex, birthDate: person.birthDate, heldOn: fair.heldOn, labourStatus: person.labourStatus, categories: seekerId ? person.categories : [], difficulty: person.difficulty });
      const via: CheckinVia = online ? 'online' : seekerId && rng.chance(0.3) ? 'qr_code' : 'id_number';
      checkins.push({ id: 0, fairId: fair.id, person, seekerId, via, unemployed: snapshot.unemployed, groups: snapshot.groups, at: china(fair.heldOn, fair.startsAt, rng.int(0, span)) });
    }
    checkins.sort((a, b) => a.at.getTime() - b.at.getTime());
    out.checkins.push(...checkins);

    // Intention rates chosen so that about 35% of the check-ins lead to one and 60% of those are unemployed.
    const u = checkins.filter((c) => c.unemployed).length / Math.max(1, checkins.length);
    const rateU = u > 0 ? Math.min(0.9, (INTENTION_SHARE * UNEMPLOYED_SHARE) / u) : 0;
    const rateO = u < 1 ? Math.min(0.9, (INTENTION_SHARE * (1 - UNEMPLOYED_SHARE)) / (1 - u)) : 0;
    const followed = addCalendarDays(fair.heldOn, FOLLOW_UP_DAYS) < today;
    const slotsUsed = new Map<Booth, number>();
    for (const checkin of checkins) {
      let intention: Intention | null = null;
      let booth = rng.pick(present);
      if (rng.chance(checkin.unemployed ? rateU : rateO)) {
        const posting = rng.pick(booth.postings);
        const dropped = followed && rng.chance(0.3);
        intention = {
          id: 0,
          checkin,
          booth,
          postingId: posting.postingId,
          status: dropped ? 'dropped' : 'intended',
          dropReason: dropped ? rng.pick(DROP_REASONS) : null,
          followedUpAt: dropped ? china(addCalendarDays(fair.heldOn, rng.int(7, FOLLOW_UP_DAYS)), '15:00') : null,
        };
        out.intentions.push(intention);
      } else booth = rng.pick(present);
      if (!online) continue;
      // Online fairs: every entry was a booked interview slot at the booth.
      const k = slotsUsed.get(booth) ?? 0;
      slotsUsed.set(booth, k + 1);
      out.slots.push({ booth, startsAt: china(fair.heldOn, fair.startsAt, 20 * k), checkin, outcome: intention ? 'intention' : rng.weighted(SLOT_OUTCOMES), intention });
    }
  }
  return out;
}
