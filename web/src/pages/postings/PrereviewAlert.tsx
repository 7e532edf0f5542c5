import { Alert, Tag, Typography } from 'antd';
import type { Posting, PostingFinding } from '../../api/types';
import { useT } from '../../i18n';
import { fieldLabel } from './postingLabels';

/** Characters of the surrounding text shown on either side of a flagged phrase. */
const CONTEXT_CHARS = 12;

/** The phrase in its sentence, marked, e.g. "…有前台经验，【限男性】，35岁以下…" (or just the phrase when not found). */
function PhraseInContext({ text, phrase }: { text: string | null; phrase: string }) {
  const at = text ? text.indexOf(phrase) : -1;
  if (!text || at < 0) return <Typography.Text mark>{phrase}</Typography.Text>;
  const before = [...text.slice(0, at)];
  const after = [...text.slice(at + phrase.length)];
  const head = before.slice(-CONTEXT_CHARS).join('');
  const tail = after.slice(0, CONTEXT_CHARS).join('');
  return (
    <Typography.Text type="secondary">
      {before.length > CONTEXT_CHARS && '…'}
      {head}
      <Typography.Text mark strong data-testid="prereview-phrase">
        {phrase}
      </Typography.Text>
      {tail}
      {after.length > CONTEXT_CHARS && '…'}
    </Typography.Text>
  );
}

function textOf(posting: Partial<Posting>, field: string): string | null {
  const value = (posting as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
}

function FindingLine({ finding, posting }: { finding: PostingFinding; posting: Partial<Posting> }) {
  const t = useT();
  return (
    <li style={{ marginBottom: 6 }} data-testid={`prereview-finding-${finding.field}`}>
      <Tag color={finding.severity === 'block' ? 'red' : 'orange'}>{t(finding.severity === 'block' ? 'posting.finding.block' : 'posting.finding.review')}</Tag>
      <Typography.Text strong>{fieldLabel(t, finding.field)}</Typography.Text>
      {'：'}
      {finding.message}
      {finding.phrase && (
        <div style={{ marginTop: 2 }}>
          <PhraseInContext text={textOf(posting, finding.field)} phrase={finding.phrase} />
        </div>
      )}
    </li>
  );
}

/**
 * The automatic pre-review result: red when it blocks submission, orange when a reviewer will look
 * closely, green when it passed; each finding with its field and the flagged phrase marked in place.
 */
export function PrereviewAlert({ posting }: { posting: Pick<Posting, 'prereviewOutcome' | 'findings'> & Partial<Posting> }) {
  const t = useT();
  const { prereviewOutcome: outcome, findings } = posting;
  if (!outcome) return null;
  if (outcome === 'pass') return <Alert type="success" showIcon title={t('posting.alert.pass')} data-testid="prereview-alert" data-outcome="pass" />;
  return (
    <Alert
      type={outcome === 'blocked' ? 'error' : 'warning'}
      showIcon
      data-testid="prereview-alert"
      data-outcome={outcome}
      title={t(outcome === 'blocked' ? 'posting.alert.blocked' : 'posting.alert.review', {
        count: outcome === 'blocked' ? findings.filter((f) => f.severity === 'block').length : findings.length,
      })}
      description={
        <ul style={{ paddingInlineStart: 0, listStyle: 'none', margin: '4px 0 0' }}>
          {findings.map((f, i) => (
            <FindingLine key={`${f.code}-${f.field}-${i}`} finding={f} posting={posting} />
          ))}
        </ul>
      }
    />
  );
}
