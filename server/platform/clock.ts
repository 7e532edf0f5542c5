/** The source of "now" for every rule. Tests pass a SettableClock to move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and advance; it stands still unless told otherwise. */
export class SettableClock implements Clock {
  private current: Date;

  constructor(start: Date | string = new Date()) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string): void {
    this.current = new Date(to);
  }

  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

/** The calendar date of an instant in China Standard Time (UTC+8, no DST), as YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Milliseconds from `now` to the next `hour`:00 China time (UTC+8, no daylight saving). */
export function msUntilNext(now: Date, hour: number): number {
  const china = now.getTime() + 8 * 3_600_000;
  const day = Math.floor(china / 86_400_000) * 86_400_000;
  let next = day + hour * 3_600_000;
  if (next <= china) next += 86_400_000;
  return next - china;
}
