import { useState, type ReactNode } from 'react';
import { Button, Space } from 'antd';
import { useT } from '../../i18n';
import { showSuccess } from '../../components/feedback';
import { fairsApi, type Intention } from './fairApi';
import { HireModal } from './HireModal';
import { PromptModal, type Prompt } from './PromptModal';

/**
 * The follow-up of an intention, for any list of them: 录用 (the hire date; the server registers the
 * employment) and 未录用 (a reason). Returns the row's buttons and the dialogs to render once.
 */
export function useIntentionFollowUp(onChanged: () => void): { actions: (i: Intention) => ReactNode; dialogs: ReactNode } {
  const t = useT();
  const [hiring, setHiring] = useState<Intention | null>(null);
  const [prompt, setPrompt] = useState<Prompt | null>(null);

  const drop = (i: Intention) =>
    setPrompt({
      title: t('fair.dropTitle', { name: i.personName, employer: i.employerName }),
      field: 'reason',
      label: t('fair.reason'),
      multiline: true,
      run: async (reason) => {
        await fairsApi.drop(i.id, reason);
        showSuccess(t('fair.dropped'));
        onChanged();
      },
    });

  const actions = (i: Intention) => (
    <Space size={0}>
      {i.can.hire && (
        <Button type="link" size="small" onClick={() => setHiring(i)}>
          {t('fair.hire')}
        </Button>
      )}
      {i.can.drop && (
        <Button type="link" size="small" danger onClick={() => drop(i)}>
          {t('fair.drop')}
        </Button>
      )}
    </Space>
  );

  const dialogs = (
    <>
      <HireModal
        intention={hiring}
        onClose={() => setHiring(null)}
        onDone={() => {
          setHiring(null);
          onChanged();
        }}
      />
      <PromptModal prompt={prompt} onClose={() => setPrompt(null)} />
    </>
  );
  return { actions, dialogs };
}
