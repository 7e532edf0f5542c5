import { Tag, Typography } from 'antd';
import { useT } from '../../i18n';
import { fmtDate } from '../../components/format';
import { KIND_COLORS, type ArticleKind } from './articleApi';

/** Blank-line separated paragraphs of plain text (HTML in the text stays text). */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The page as the portal will show it: title, column, unit, date and the body as plain-text paragraphs. */
export function ArticlePreview({ kind, title, body, regionName, publishedAt }: { kind: ArticleKind; title: string; body: string; regionName?: string; publishedAt?: string | null }) {
  const t = useT();
  return (
    <article data-testid="article-preview" style={{ maxWidth: 760, margin: '0 auto', padding: '8px 4px' }}>
      <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 8 }}>
        {title || t('article.untitled')}
      </Typography.Title>
      <div style={{ textAlign: 'center', color: 'rgba(0,0,0,0.55)', marginBottom: 20 }}>
        <Tag color={KIND_COLORS[kind]}>{t(`article.kind.${kind}`)}</Tag>
        {regionName && <span style={{ marginRight: 12 }}>{regionName}</span>}
        <span>{publishedAt ? fmtDate(publishedAt) : t('article.notPublished')}</span>
      </div>
      {paragraphsOf(body).map((p, i) => (
        <Typography.Paragraph key={i} style={{ whiteSpace: 'pre-wrap', fontSize: 15, lineHeight: 1.9, textIndent: '2em' }}>
          {p}
        </Typography.Paragraph>
      ))}
    </article>
  );
}
