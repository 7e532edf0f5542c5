import { Type, type Static } from '@sinclair/typebox';
import { PeriodInfo, PeriodQuery } from './period.js';
import { PageQuery } from '../../platform/http/schemas.js';
import { TABLE_KEYS } from './sd-classify.js';

const Num = (description: string) => Type.Union([Type.Null(), Type.Number()], { description });

export const Change = Type.Object({
  previous: Type.Integer({ description: 'The figure in the period compared with' }),
  diff: Type.Integer(),
  rate: Num('diff ÷ previous, 4 decimals; null when previous is 0'),
});

export const Cell = Type.Object({
  count: Type.Integer({ description: 'Vacancies (demand) or seeker registrations (supply)' }),
  share: Num("Share of the table's total, 0..1, 4 decimals; null when the total is 0"),
  vsPrevious: Change,
  vsLastYear: Change,
});

export const RatioCell = Type.Object({
  value: Num('求人倍率 = demand ÷ supply, 2 decimals; null without supply'),
  previous: Num('The ratio in the previous period'),
  lastYear: Num('The ratio in the same period last year'),
});

export const ReportRow = Type.Object({
  key: Type.String(),
  label: Type.String(),
  of: Type.Optional(Type.String({ description: 'A 其中 row: part of that row, not added to the total' })),
  demand: Type.Optional(Cell),
  supply: Type.Optional(Cell),
  ratio: Type.Optional(RatioCell),
});

export const ReportTable = Type.Object({
  key: Type.Union(TABLE_KEYS.map((k) => Type.Literal(k))),
  title: Type.String(),
  sides: Type.Array(Type.Union([Type.Literal('demand'), Type.Literal('supply')])),
  rows: Type.Array(ReportRow),
  total: ReportRow,
});

export const SupplyDemandReport = Type.Object({
  regionCode: Type.String(),
  regionName: Type.String(),
  period: PeriodInfo,
  previous: PeriodInfo,
  lastYear: PeriodInfo,
  overall: Type.Object({ postings: Cell, demand: Cell, supply: Cell, ratio: RatioCell }),
  tables: Type.Array(ReportTable),
  summary: Type.String({ description: 'The written summary generated from the figures (Chinese)' }),
});
export type SupplyDemandReport = Static<typeof SupplyDemandReport>;

export const RecordsQuery = Type.Composite([
  PeriodQuery,
  PageQuery,
  Type.Object({
    table: Type.Union(TABLE_KEYS.map((k) => Type.Literal(k)), { description: 'The table of the cell' }),
    row: Type.String({ maxLength: 30, description: "The row key ('total' for a table's total)" }),
    side: Type.Union([Type.Literal('demand'), Type.Literal('supply')]),
  }),
]);
export type RecordsQuery = Static<typeof RecordsQuery>;

export const PostingRecord = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  employerName: Type.String(),
  occupationCode: Type.String(),
  occupationName: Type.Union([Type.Null(), Type.String()]),
  vacancies: Type.Integer(),
  validFrom: Type.String(),
  validTo: Type.String(),
  status: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
});

export const SeekerRecord = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  citizenIdMasked: Type.String(),
  sex: Type.Integer(),
  age: Type.Integer({ description: 'On the registration date' }),
  educationName: Type.Union([Type.Null(), Type.String()]),
  categoryName: Type.String({ description: 'The statistical category the registration is counted in' }),
  validFrom: Type.String(),
  validTo: Type.String(),
  status: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
});

export const RecordsResult = Type.Object({
  side: Type.String(),
  table: Type.String(),
  row: Type.String(),
  label: Type.String({ description: 'Table and row, e.g. 按职业分组的供求 · 专业技术人员' }),
  period: PeriodInfo,
  regionCode: Type.String(),
  figure: Type.Integer({ description: 'The cell: vacancies of these postings (demand) or these registrations (supply)' }),
  total: Type.Integer({ description: 'Records behind the cell' }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  postings: Type.Array(PostingRecord),
  seekers: Type.Array(SeekerRecord),
});
export type RecordsResult = Static<typeof RecordsResult>;
