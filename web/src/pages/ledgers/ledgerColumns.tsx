import type { ReactNode } from 'react';
import type { ColumnsType } from 'antd/es/table';
import type { Translate } from '../../i18n';

/**
 * One column of a ledger, declared once for the table on screen and the printed page: the printed
 * text, and optionally a richer cell on screen. A sortable column's key is the server's sort name.
 */
export interface LedgerColumn<T> {
  key: string;
  title: string;
  text: (row: T) => string;
  render?: (row: T) => ReactNode;
  width?: number;
  sortable?: boolean;
  mono?: boolean;
  /** Kept in view while the table scrolls sideways (the leading columns only). */
  fixed?: boolean;
}

/** The antd columns of a ledger; `sortOrderOf` (from useServerTable) keeps the header arrows true. */
export function tableColumns<T>(columns: readonly LedgerColumn<T>[], sortOrderOf: (key: string) => 'ascend' | 'descend' | null): ColumnsType<T> {
  return columns.map((c) => ({
    title: c.title,
    key: c.key,
    width: c.width,
    fixed: c.fixed ? ('left' as const) : undefined,
    ellipsis: c.width !== undefined && c.width >= 160 ? { showTitle: true } : undefined,
    sorter: c.sortable,
    sortOrder: c.sortable ? sortOrderOf(c.key) : undefined,
    render: (_: unknown, row: T) => (c.render ? c.render(row) : c.mono ? <span style={{ fontFamily: 'monospace' }}>{c.text(row)}</span> : c.text(row)),
  }));
}

/** The ledgers send 性别 as 男/女; the English UI shows its own words. */
export function sexLabel(t: Translate, sex: string): string {
  if (sex === '男') return t('person.sex.1');
  if (sex === '女') return t('person.sex.2');
  return sex;
}

/** A nullable text cell: empty for null. */
export const orEmpty = (value: string | null | undefined): string => value ?? '';
