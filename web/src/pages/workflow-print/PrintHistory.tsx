import type { WorkflowItemDetail } from '../../api/types';
import { useT } from '../../i18n';
import { fmtDateTime } from '../../components/format';
import { wfActionLabel } from '../../components/labels';

/** Every decision of every round, oldest first, as a table on the printed form. */
export function PrintHistory({ item }: { item: WorkflowItemDetail }) {
  const t = useT();
  return (
    <table className="print-table print-history" data-testid="print-history">
      <colgroup>
        <col style={{ width: '24mm' }} />
        <col style={{ width: '24mm' }} />
        <col style={{ width: '20mm' }} />
        <col style={{ width: '24mm' }} />
        <col style={{ width: '30mm' }} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th>{t('wf.decidedAt')}</th>
          <th>{t('print.stepCol')}</th>
          <th>{t('print.actionCol')}</th>
          <th>{t('wf.actor')}</th>
          <th>{t('print.orgCol')}</th>
          <th>{t('wf.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {item.decisions.map((d) => (
          <tr key={d.id}>
            <td>{fmtDateTime(d.decidedAt)}</td>
            <td>
              {d.stepName}
              {item.round > 1 ? `（${t('wf.round', { round: d.round })}）` : ''}
            </td>
            <td>{wfActionLabel(t, d.action)}</td>
            <td>{d.actorName}</td>
            <td>{d.actorOrg}</td>
            <td style={{ whiteSpace: 'pre-wrap' }}>{d.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
