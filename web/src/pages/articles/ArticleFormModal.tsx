import { useEffect, useRef, useState } from 'react';
import { Button, Form, Input, Modal, Radio, Segmented, Space } from 'antd';
import { useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useFormSubmit } from '../../components/useFormSubmit';
import { showSuccess } from '../../components/feedback';
import { ARTICLE_KINDS, BODY_MAX, TITLE_MAX, articleApi, type ArticleInput, type ArticleKind, type StaffArticle } from './articleApi';
import { ArticlePreview } from './ArticlePreview';

interface Values {
  kind: ArticleKind;
  title: string;
  regionCode: string;
  body: string;
}

/**
 * 撰写/修改文章: column, title, where it applies, plain-text body, with a preview of the page as
 * the portal shows it. 保存草稿 keeps it private; 保存并发布 puts it on the portal at once.
 */
export function ArticleFormModal({
  open,
  article,
  onClose,
  onSaved,
}: {
  open: boolean;
  article: StaffArticle | null;
  onClose: () => void;
  onSaved: (a: StaffArticle) => void;
}) {
  const t = useT();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const [view, setView] = useState<'edit' | 'preview'>('edit');
  // Which button was pressed: read when the request goes out, after the render that started it.
  const publishAfter = useRef(false);
  const [publishing, setPublishing] = useState(false);
  const values = Form.useWatch([], form) as Values | undefined;

  useEffect(() => {
    if (!open) return;
    setView('edit');
    form.resetFields();
    form.setFieldsValue(article ? { kind: article.kind, title: article.title, regionCode: article.regionCode, body: article.body } : { kind: 'policy', regionCode: me.orgUnit.code });
  }, [open, article, form, me.orgUnit.code]);

  const { busy, submit } = useFormSubmit(
    form,
    (v): ArticleInput => ({ kind: v.kind, title: v.title.trim(), body: v.body, regionCode: v.regionCode }),
    async (input) => {
      let saved = article ? await articleApi.update(article.id, input) : await articleApi.create(input);
      if (publishAfter.current && saved.can.publish) {
        try {
          saved = await articleApi.change(saved.id, 'publish');
        } catch (e) {
          // Saved but not published: close with what was saved, then show why.
          onSaved(saved);
          throw e;
        }
      }
      showSuccess(publishAfter.current ? t('article.publishedOk') : t('article.saved'));
      onSaved(saved);
    },
  );

  const save = (publish: boolean) => {
    publishAfter.current = publish;
    setPublishing(publish);
    // The preview hides the fields; show them so validation messages are seen.
    setView('edit');
    void submit();
  };

  const req = { required: true, message: t('common.required') };
  const canPublish = !article || article.can.publish;

  return (
    <Modal
      open={open}
      width={880}
      title={article ? t('article.editTitle') : t('article.createTitle')}
      onCancel={onClose}
      destroyOnHidden
      forceRender
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button loading={busy && !publishing} onClick={() => save(false)} data-testid="article-save">
            {article?.status === 'published' ? t('article.saveLive') : t('article.saveDraft')}
          </Button>
          {canPublish && (
            <Button type="primary" loading={busy && publishing} onClick={() => save(true)} data-testid="article-save-publish">
              {t('article.savePublish')}
            </Button>
          )}
        </Space>
      }
    >
      <Segmented
        block
        style={{ marginBottom: 16 }}
        value={view}
        onChange={(v) => setView(v as 'edit' | 'preview')}
        options={[
          { value: 'edit', label: t('article.tabEdit') },
          { value: 'preview', label: <span data-testid="article-preview-tab">{t('article.tabPreview')}</span> },
        ]}
      />
      <Form form={form} name="article" layout="vertical" autoComplete="off" style={{ display: view === 'edit' ? undefined : 'none' }}>
        <Space size="large" wrap style={{ width: '100%' }}>
          <Form.Item name="kind" label={t('article.kindLabel')} rules={[req]}>
            <Radio.Group optionType="button" options={ARTICLE_KINDS.map((k) => ({ value: k, label: t(`article.kind.${k}`) }))} data-testid="article-kind" />
          </Form.Item>
          <Form.Item name="regionCode" label={t('article.region')} rules={[req]} tooltip={t('article.regionHint')}>
            <OrgUnitPicker style={{ width: 300 }} data-testid="article-region" />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={t('article.title')} rules={[req, { whitespace: true, message: t('common.required') }, { min: 2, message: t('article.titleMin') }]}>
          <Input maxLength={TITLE_MAX} showCount data-testid="article-title" />
        </Form.Item>
        <Form.Item name="body" label={t('article.body')} rules={[req, { min: 10, message: t('article.bodyMin') }]} extra={t('article.bodyHint')}>
          <Input.TextArea maxLength={BODY_MAX} showCount autoSize={{ minRows: 12, maxRows: 22 }} data-testid="article-body" />
        </Form.Item>
      </Form>
      {view === 'preview' && (
        <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: 16, maxHeight: '60vh', overflow: 'auto' }}>
          <ArticlePreview kind={values?.kind ?? 'policy'} title={values?.title ?? ''} body={values?.body ?? ''} publishedAt={article?.publishedAt} />
        </div>
      )}
    </Modal>
  );
}
