import type { RuleVersion } from '../../api/types';

/** How a dated version stands today, for its own region. */
export type VersionStatus = 'inForce' | 'future' | 'superseded';

/**
 * The version in force for a unit on a date (mirrors the server's resolveRule: among versions of
 * the unit or an ancestor, the most specific region wins, then the latest date).
 */
export function resolveVersion(versions: readonly RuleVersion[], orgCode: string, date: string): RuleVersion | undefined {
  return versions
    .filter((v) => orgCode.startsWith(v.regionCode) && v.effectiveFrom <= date)
    .sort((a, b) => b.regionCode.length - a.regionCode.length || b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

export function versionStatus(versions: readonly RuleVersion[], v: RuleVersion, today: string): VersionStatus {
  if (v.effectiveFrom > today) return 'future';
  return resolveVersion(versions, v.regionCode, today) === v ? 'inForce' : 'superseded';
}

export const STATUS_COLOR: Record<VersionStatus, string> = {
  inForce: 'green',
  future: 'blue',
  superseded: 'default',
};
