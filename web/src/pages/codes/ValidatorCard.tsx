import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Input, Segmented, Space } from 'antd';
import { codesApi } from '../../api/endpoints';
import type { ValidationResult } from '../../api/types';
import { useT } from '../../i18n';
import { showError } from '../../components/feedback';
import { labelOf } from '../../components/labels';

type Kind = 'citizen' | 'credit';

/** Checks a citizen ID number (GB 11643) or a unified social credit code (GB 32100) on the server. */
export function ValidatorCard() {
  const t = useT();
  const [kind, setKind] = useState<Kind>('citizen');
  const [value, setValue] = useState('');
  const [result, setResult] = useState<ValidationResult | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async () => {
    if (!value.trim()) return;
    setBusy(true);
    try {
      setResult(kind === 'citizen' ? await codesApi.validateCitizenId(value.trim()) : await codesApi.validateCreditCode(value.trim()));
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('code.validator')} size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Segmented<Kind>
          value={kind}
          onChange={(k) => {
            setKind(k);
            setResult(null);
          }}
          options={[
            { value: 'citizen', label: t('code.citizenId') },
            { value: 'credit', label: t('code.creditCode') },
          ]}
        />
        <Space.Compact style={{ width: '100%' }}>
          <Input
            value={value}
            maxLength={40}
            onChange={(e) => setValue(e.target.value)}
            onPressEnter={() => void check()}
            placeholder={kind === 'citizen' ? t('code.citizenId') : t('code.creditCode')}
            data-testid="validator-input"
          />
          <Button type="primary" loading={busy} onClick={() => void check()} data-testid="validator-check">
            {t('code.check')}
          </Button>
        </Space.Compact>
        {result && (
          <Alert
            type={result.valid ? 'success' : 'error'}
            showIcon
            title={result.valid ? t('code.valid') : t('code.invalid')}
            description={
              <>
                <div>{result.message}</div>
                {result.normalized && <div>{result.normalized}</div>}
                {result.facts && Object.keys(result.facts).length > 0 && (
                  <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
                    {Object.entries(result.facts).map(([k, v]) => (
                      <Descriptions.Item key={k} label={labelOf(t, 'code.fact.', k)}>
                        {v}
                      </Descriptions.Item>
                    ))}
                  </Descriptions>
                )}
              </>
            }
            data-testid="validator-result"
          />
        )}
      </Space>
    </Card>
  );
}
