/**
 * How big the demo labour market is at a seed scale. Up to scale 1 (the demo city as shipped) it
 * stays small enough to read: 150 employers, a few hundred postings and seekers. Past scale 1 it
 * grows toward a whole city's market so benchmarks see realistic volumes: scale 48 (about 1M
 * people in the registry) gives about 50,000 employers, 1,000,000 postings (two years of history)
 * of which about 200,000 are valid today, 500,000 job seekers and 200,000 referrals.
 */
export interface MarketPlan {
  employers: number;
  postings: number;
  /** Share of the postings that are published and valid today. */
  liveShare: number;
  /** Days of posting history behind today. */
  historyDays: number;
  seekers: number;
  referrals: number;
}

export function marketPlan(scale: number): MarketPlan {
  const small = Math.min(scale, 1);
  const big = Math.max(0, scale - 1);
  const seekers = Math.round(400 * small + 10_630 * big);
  return {
    employers: Math.round(150 * small + 1_060 * big),
    postings: Math.round(300 * small + 21_000 * big),
    liveShare: 0.2 + 0.25 / Math.max(1, scale),
    historyDays: scale <= 1 ? 90 : 730,
    seekers,
    referrals: Math.round(seekers * 0.4),
  };
}
