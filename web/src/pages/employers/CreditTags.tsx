import { Space, Tag, Typography } from 'antd';
import type { CreditKind, CreditSummary } from '../../api/types';
import { useT } from '../../i18n';

export const CREDIT_KINDS: CreditKind[] = ['warning', 'false_posting', 'complaint', 'violation', 'commendation'];
const COLORS: Record<CreditKind, string> = { warning: 'orange', false_posting: 'red', complaint: 'gold', violation: 'red', commendation: 'green' };

/** The 12-month credit summary as tags (only kinds that occurred), or 无. */
export function CreditTags({ credit }: { credit: CreditSummary }) {
  const t = useT();
  const present = CREDIT_KINDS.filter((k) => credit[k] > 0);
  if (present.length === 0) return <Typography.Text type="secondary">{t('emp.creditNone')}</Typography.Text>;
  return (
    <Space size={[0, 4]} wrap>
      {present.map((k) => (
        <Tag key={k} color={COLORS[k]} data-testid={`credit-${k}`}>
          {t(`emp.credit.${k}`)} {credit[k]}
        </Tag>
      ))}
    </Space>
  );
}
