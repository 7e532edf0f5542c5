import { Type, type Static } from '@sinclair/typebox';
import { PeriodInfo } from './period.js';

/**
 * One figure a statistics page shows, checked against the live ledger: what the report says
 * (`reported`, snapshot-based where a snapshot is used) and what an independent query recomputes.
 */
export const ConsistencyCheck = Type.Object({
  figure: Type.String({ description: "Stable key of the figure, e.g. 'sd.demand.occupation.2' or 'ind.unemployment.rate.4401'" }),
  label: Type.String({ description: 'Chinese label of the figure' }),
  reported: Type.Number(),
  recomputed: Type.Number(),
  difference: Type.Number({ description: 'reported − recomputed (0 when they agree)' }),
});
export type ConsistencyCheck = Static<typeof ConsistencyCheck>;

export const ConsistencyResult = Type.Object({
  period: PeriodInfo,
  regionCode: Type.String(),
  regionName: Type.String(),
  checks: Type.Array(ConsistencyCheck),
  differences: Type.Integer({ description: 'How many checks have a non-zero difference' }),
});
export type ConsistencyResult = Static<typeof ConsistencyResult>;

/** A check from the two numbers (rates compared to 4 decimals, counts exactly). */
export function check(figure: string, label: string, reported: number, recomputed: number): ConsistencyCheck {
  const difference = Math.round((reported - recomputed) * 10_000) / 10_000;
  return { figure, label, reported, recomputed, difference };
}
