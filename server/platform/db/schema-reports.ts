import type { ColumnType, Generated } from 'kysely';

/** Row types of the market reports table (migrations/20261123120000_market_report.sql). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<unknown, string, string>;

export type MarketReportKind = 'weekly_forecast' | 'monthly_report';
export type MarketReportStatus = 'draft' | 'reviewing' | 'returned' | 'submitted' | 'accepted';

export interface MarketReportTable {
  id: Generated<number>;
  kind: MarketReportKind;
  /** The reporting district. */
  region_code: string;
  period_start: string;
  period_end: string;
  /** The generated figures, frozen at generation (see server/modules/stats/report-schema.ts ReportContent). */
  content: Json;
  summary: ColumnType<string, string | undefined, string>;
  status: ColumnType<MarketReportStatus, MarketReportStatus | undefined, MarketReportStatus>;
  generated_at: Date;
  generated_by: number | null;
  workflow_item_id: number | null;
  submitted_at: Date | null;
  accepted_at: Date | null;
  version: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ReportTables {
  market_report: MarketReportTable;
}
