import { Progress, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useT } from '../../i18n';
import type { MatchReason } from './seekerApi';

/** The total score as a small bar, coloured by how good the match is. */
export function ScoreBadge({ score }: { score: number }) {
  const color = score >= 75 ? '#389e0d' : score >= 50 ? '#0b5fd6' : '#8c8c8c';
  return (
    <Space size={6}>
      <Progress type="circle" percent={score} size={34} strokeColor={color} format={() => score} />
    </Space>
  );
}

/** Compact per-factor chips for a table row (points/max, the reason on hover). */
export function ReasonChips({ reasons }: { reasons: MatchReason[] }) {
  const t = useT();
  return (
    <Space size={[4, 4]} wrap>
      {reasons.map((r) => (
        <Tooltip key={r.factor} title={r.text}>
          <Tag color={r.points === r.max ? 'green' : r.points === 0 ? 'default' : 'blue'}>
            {t(`match.factor.${r.factor}`)} {t('match.points', { points: r.points, max: r.max })}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

/** The full explanation (expanded row): every factor with its points and the reason in words. */
export function ReasonTable({ reasons }: { reasons: MatchReason[] }) {
  const t = useT();
  return (
    <Table<MatchReason>
      size="small"
      rowKey="factor"
      pagination={false}
      dataSource={reasons}
      columns={[
        { title: t('match.reasons'), dataIndex: 'factor', width: 100, render: (f: MatchReason['factor']) => t(`match.factor.${f}`) },
        { title: t('match.score'), key: 'points', width: 90, render: (_, r) => t('match.points', { points: r.points, max: r.max }) },
        { title: '', dataIndex: 'text', render: (text: string) => <Typography.Text>{text}</Typography.Text> },
      ]}
    />
  );
}
