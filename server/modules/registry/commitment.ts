import { dueDate, type Overrides } from '../calendar/workdays.js';

/**
 * The recommendation commitment (Wuhan): a person with employment difficulty who is not choosy gets
 * a job recommendation within N working days of identification, on the official calendar.
 */
export function commitmentStatus(
  c: { startedOn: string; firstRecommendationOn: string | null },
  today: string,
  workingDays: number,
  overrides?: Overrides,
): { dueOn: string; met: boolean; overdue: boolean } {
  const dueOn = dueDate(c.startedOn, { workingDays }, overrides);
  const met = c.firstRecommendationOn !== null && c.firstRecommendationOn <= dueOn;
  return { dueOn, met, overdue: !met && today > dueOn };
}
