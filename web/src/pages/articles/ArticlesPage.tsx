import { useState } from 'react';
import { Button, Card, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { ExportButton } from '../../components/ExportButton';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useScopeUnit } from '../../components/ScopeContext';
import { fmtDateTime } from '../../components/format';
import { showError, showSuccess } from '../../components/feedback';
import { ARTICLE_KINDS, ARTICLE_STATUSES, ARTICLE_STATUS_COLORS, ARTICLES_LIST, KIND_COLORS, articleApi, type ArticleKind, type ArticleStatus, type StaffArticle } from './articleApi';
import { ArticleFormModal } from './ArticleFormModal';
import { ArticlePreview } from './ArticlePreview';
import { usePickedUnit } from '../../components/usePickedUnit';

interface FormState {
  open: boolean;
  article: StaffArticle | null;
}

/**
 * 信息发布: the policy, service-guide and notice pages of the chosen unit's subtree, filtered by
 * column, status, title and unit; write, edit, preview, publish to and withdraw from the portal.
 */
export default function ArticlesPage() {
  const t = useT();
  const { unit: scope } = useScopeUnit();
  const [unitCode, setUnitCode] = usePickedUnit(scope.code);
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<ArticleKind | undefined>();
  const [status, setStatus] = useState<ArticleStatus | undefined>();
  const [form, setForm] = useState<FormState>({ open: false, article: null });
  const [preview, setPreview] = useState<StaffArticle | null>(null);
  const regionCode = unitCode ?? scope.code;
  const table = useServerTable<StaffArticle>(ARTICLES_LIST, { q: q.trim() || undefined, kind, status, regionCode }, { defaultSort: 'updatedAt', defaultOrder: 'desc' });

  const change = async (a: StaffArticle, action: 'publish' | 'withdraw') => {
    try {
      await articleApi.change(a.id, action);
      showSuccess(action === 'publish' ? t('article.publishedOk') : t('article.withdrawnOk'));
      table.reload();
    } catch (e) {
      showError(e);
      table.reload();
    }
  };

  const columns: ColumnsType<StaffArticle> = [
    {
      title: t('article.title'),
      dataIndex: 'title',
      key: 'title',
      ellipsis: true,
      sorter: true,
      sortOrder: table.sortOrderOf('title'),
      render: (v: string, r) => (
        // Titles are text: React escapes whatever HTML a title holds.
        <Button type="link" size="small" style={{ padding: 0, maxWidth: '100%' }} onClick={() => setPreview(r)} data-testid={`article-open-${r.id}`}>
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{v}</span>
        </Button>
      ),
    },
    {
      title: t('article.kindLabel'),
      dataIndex: 'kind',
      key: 'kind',
      width: 100,
      sorter: true,
      sortOrder: table.sortOrderOf('kind'),
      render: (k: ArticleKind) => <Tag color={KIND_COLORS[k]}>{t(`article.kind.${k}`)}</Tag>,
    },
    { title: t('article.region'), dataIndex: 'regionName', key: 'regionName', width: 130, ellipsis: true },
    {
      title: t('common.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (s: ArticleStatus) => (
        <Tag color={ARTICLE_STATUS_COLORS[s]} data-testid="article-status">
          {t(`article.status.${s}`)}
        </Tag>
      ),
    },
    { title: t('article.publishedAt'), dataIndex: 'publishedAt', key: 'publishedAt', width: 150, sorter: true, sortOrder: table.sortOrderOf('publishedAt'), render: (v: string | null) => fmtDateTime(v) || '—' },
    {
      title: t('common.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 160,
      sorter: true,
      sortOrder: table.sortOrderOf('updatedAt'),
      render: (v: string, r) => (
        <>
          <div>{fmtDateTime(v)}</div>
          <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{r.updatedBy}</div>
        </>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setPreview(r)}>
            {t('article.preview')}
          </Button>
          {r.can.update && (
            <Button type="link" size="small" onClick={() => setForm({ open: true, article: r })} data-testid={`article-edit-${r.id}`}>
              {t('common.edit')}
            </Button>
          )}
          {r.can.publish && (
            <Popconfirm title={t('article.publishConfirm')} onConfirm={() => change(r, 'publish')}>
              <Button type="link" size="small" data-testid={`article-publish-${r.id}`}>
                {t('article.publish')}
              </Button>
            </Popconfirm>
          )}
          {r.can.withdraw && (
            <Popconfirm title={t('article.withdrawConfirm')} onConfirm={() => change(r, 'withdraw')}>
              <Button type="link" size="small" danger data-testid={`article-withdraw-${r.id}`}>
                {t('article.withdraw')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('article.pageTitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true, article: null })} data-testid="article-create">
          {t('article.create')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('article.searchPlaceholder')} onSearch={(v) => (v === q ? table.reload() : setQ(v))} style={{ width: 220 }} data-testid="article-search" />
        <Select allowClear placeholder={t('article.kindLabel')} style={{ width: 130 }} value={kind} onChange={setKind} options={ARTICLE_KINDS.map((k) => ({ value: k, label: t(`article.kind.${k}`) }))} data-testid="article-kind-filter" />
        <Select allowClear placeholder={t('common.status')} style={{ width: 120 }} value={status} onChange={setStatus} options={ARTICLE_STATUSES.map((s) => ({ value: s, label: t(`article.status.${s}`) }))} data-testid="article-status-filter" />
        <OrgUnitPicker value={regionCode} allowClear placeholder={t('article.region')} style={{ width: 240 }} onChange={(code) => setUnitCode(code)} />
        <ExportButton listPath={ARTICLES_LIST} query={table.exportQuery} fileName="信息发布.xlsx" />
      </Space>
      <div data-testid="articles-table">
        <Table<StaffArticle> rowKey="id" size="middle" columns={columns} {...table.tableProps} scroll={{ x: 1100 }} />
      </div>
      <ArticleFormModal
        open={form.open}
        article={form.article}
        onClose={() => setForm({ open: false, article: null })}
        onSaved={() => {
          setForm({ open: false, article: null });
          table.reload();
        }}
      />
      <Modal open={preview !== null} width={860} footer={null} onCancel={() => setPreview(null)} title={t('article.previewTitle')} destroyOnHidden>
        {preview && <ArticlePreview kind={preview.kind} title={preview.title} body={preview.body} regionName={preview.regionName} publishedAt={preview.publishedAt} />}
      </Modal>
    </Card>
  );
}
