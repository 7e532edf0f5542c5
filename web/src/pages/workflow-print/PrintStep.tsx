import type { WorkflowDecision, WorkflowStep } from '../../api/types';
import { useT } from '../../i18n';
import { fmtDateTime } from '../../components/format';
import { wfActionLabel } from '../../components/labels';
import { FormColumns } from './FormColumns';

/** One review step on the printed form: unit, decision, reviewer, time, reason, then sign and seal. */
export function PrintStep({ position, step, decision }: { position: number; step: WorkflowStep; decision: WorkflowDecision | undefined }) {
  const t = useT();
  return (
    <table className="print-table print-step" data-testid={`print-step-${step.key}`}>
      <FormColumns />
      <tbody>
        <tr>
          <th colSpan={4} style={{ textAlign: 'center' }}>
            {t('print.stepHeading', { n: position, name: step.name, level: step.levelName })}
          </th>
        </tr>
        <tr>
          <th>{t('print.actingUnit')}</th>
          <td colSpan={3}>{step.actingUnit}</td>
        </tr>
        <tr>
          <th>{t('print.decision')}</th>
          <td>{decision ? wfActionLabel(t, decision.action) : t('print.undecided')}</td>
          <th>{t('print.reviewer')}</th>
          <td>{decision?.actorName ?? ''}</td>
        </tr>
        <tr>
          <th>{t('wf.decidedAt')}</th>
          <td colSpan={3}>{fmtDateTime(decision?.decidedAt)}</td>
        </tr>
        <tr>
          <th>{t('wf.reason')}</th>
          <td colSpan={3} className="reason">
            {decision?.reason ?? ''}
          </td>
        </tr>
        <tr className="print-sign">
          <td colSpan={4}>
            {t('print.signature')}：<span />
            {t('print.seal')}：<span />
            {t('print.date')}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
