/**
 * How big the demo labour market is at a seed scale. Every scale carries three years of posting
 * and job-seeker history, so the statistics have previous quarters, the same quarter last year and
 * twelve-month trends. Up to scale 1 (the demo city as shipped) it stays small enough to read and
 * quick to seed: 150 employers, 1,500 postings of which about 120 are valid today (the rest spread
 * over the three years at about the rate today's are posted), 400 job seekers today. Past scale 1 it
 * grows toward a whole city's market so benchmarks see realistic volumes: scale 48 (about 1M people
 * in the registry) gives about 50,000 employers, 1,000,000 postings of which about 200,000 are valid
 * today, 500,000 job seekers and 200,000 referrals.
 */
export interface MarketPlan {
  employers: number;
  postings: number;
  /** Share of the postings that are published and valid today. */
  liveShare: number;
  /** Share of the postings that are drafts or wait for review (a working queue at every scale). */
  queueShare: number;
  /** Days of posting and job-seeker history behind today (three years). */
  historyDays: number;
  seekers: number;
  referrals: number;
}

export function marketPlan(scale: number): MarketPlan {
  const small = Math.min(scale, 1);
  const big = Math.max(0, scale - 1);
  const seekers = Math.round(400 * small + 10_630 * big);
  const postings = Math.round(1_500 * small + 21_000 * big);
  return {
    employers: Math.round(150 * small + 1_060 * big),
    postings,
    // About the share today's posting rate leaves valid at the demo scales; the benchmark city keeps
    // 200,000 valid postings today on a thinner history.
    liveShare: 0.2 - 0.12 / Math.max(1, scale),
    queueShare: postings === 0 ? 0 : Math.round(30 * small + 43 * big) / postings,
    historyDays: 1_095,
    seekers,
    referrals: Math.round(seekers * 0.4),
  };
}
