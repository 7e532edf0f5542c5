import { Type, type Static } from '@sinclair/typebox';
import { RegionFilter, ScopedPageQuery } from '../../platform/http/schemas.js';
import { QUALITY_CHECKS, type QualityCheck } from './quality-rules.js';

/** Request and response schemas of the registry's data-quality page (数据质量). */

export const QualityKind = Type.Union(
  [Type.Literal('duplicate_suspect'), Type.Literal('inconsistent'), Type.Literal('not_contacted'), Type.Literal('overdue')],
  { description: 'duplicate_suspect 疑似重复 · inconsistent 信息不一致 · not_contacted 六个月未联系 · overdue 逾期未办' },
);

export const QualitySummaryQuery = Type.Object({ regionCode: RegionFilter });
export type QualitySummaryQuery = Static<typeof QualitySummaryQuery>;

/** One check (e.g. commitment, zero_family, follow_up): the list of exactly the records a figure elsewhere counts. */
export const QualityCheckParam = Type.Union(
  (Object.keys(QUALITY_CHECKS) as QualityCheck[]).map((c) => Type.Literal(c)),
  { description: Object.entries(QUALITY_CHECKS).map(([k, v]) => `${k} ${v}`).join(' · ') },
);

export const QualityIssueQuery = ScopedPageQuery({ kind: Type.Optional(QualityKind), check: Type.Optional(QualityCheckParam) });
export type QualityIssueQuery = Static<typeof QualityIssueQuery>;

/** Failed checks per kind. */
const Counts = Type.Object({ duplicate_suspect: Type.Integer(), inconsistent: Type.Integer(), not_contacted: Type.Integer(), overdue: Type.Integer() });

const UnitRef = Type.Object({ code: Type.String(), name: Type.String(), level: Type.Integer() });

export const QualitySummaryRow = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Integer(),
  /** Whether the row is a unit below the chosen one (a community shows itself, not drillable). */
  drillable: Type.Boolean(),
  counts: Counts,
  total: Type.Integer(),
});

export const QualitySummary = Type.Object({
  unit: Type.Object({ code: Type.String(), name: Type.String(), level: Type.Integer() }),
  /** From the user's own unit down to the chosen unit, for the breadcrumb. */
  path: Type.Array(UnitRef),
  kinds: Type.Array(Type.Object({ kind: QualityKind, name: Type.String() })),
  rows: Type.Array(QualitySummaryRow),
  total: Type.Object({ counts: Counts, total: Type.Integer() }),
});
export type QualitySummary = Static<typeof QualitySummary>;

export const QualityIssueRow = Type.Object({
  key: Type.String({ description: 'Check and failing record: unique within a list' }),
  kind: QualityKind,
  kindName: Type.String(),
  check: Type.String({ description: 'The check that failed, e.g. labour_status, id_mismatch, commitment' }),
  checkName: Type.String(),
  personId: Type.Integer(),
  name: Type.String(),
  citizenId: Type.String({ description: 'Masked' }),
  regionCode: Type.String(),
  regionName: Type.String(),
  reason: Type.String({ description: 'Why the record is listed (Chinese)' }),
  date: Type.Union([Type.String(), Type.Null()], { description: 'Birth date, registration date, last contact or due date, by check' }),
});
export type QualityIssueRow = Static<typeof QualityIssueRow>;
