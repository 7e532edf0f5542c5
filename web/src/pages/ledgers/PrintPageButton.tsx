import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useT } from '../../i18n';
import type { LedgerColumn } from './ledgerColumns';
import './ledger-print.css';

interface Props<T> {
  title: string;
  /** The line under the title: unit, page, total, time. */
  meta: string;
  columns: readonly LedgerColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  testId: string;
}

/**
 * 打印本页: prints the rows on screen as a plain bordered table, without the menu and header. The
 * sheet exists only while printing, so one tab's sheet never prints with another's.
 */
export function PrintPageButton<T>({ title, meta, columns, rows, rowKey, testId }: Props<T>) {
  const t = useT();
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    document.body.classList.add('ledger-printing');
    window.addEventListener('afterprint', done);
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('ledger-printing');
    };
  }, [printing]);

  return (
    <>
      <Button icon={<PrinterOutlined />} disabled={rows.length === 0} onClick={() => (printing ? window.print() : setPrinting(true))} data-testid={testId}>
        {t('ledger.print')}
      </Button>
      {printing &&
        createPortal(
          <div className="ledger-print">
            <h1>{title}</h1>
            <div className="ledger-print-meta">{meta}</div>
            <table>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c.key}>{c.title}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={rowKey(r)}>
                    {columns.map((c) => (
                      <td key={c.key}>{c.text(r)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>,
          document.body,
        )}
    </>
  );
}
