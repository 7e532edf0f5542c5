import { useEffect, useState } from 'react';
import { Modal, Select } from 'antd';
import { orgApi } from '../../api/endpoints';
import type { City } from '../../api/types';
import { useT } from '../../i18n';
import { showError, showSuccess } from '../../components/feedback';

/** sys_admin: import the five-level divisions of one more city. */
export function LoadCityModal({ open, onClose, onLoaded }: { open: boolean; onClose: () => void; onLoaded: () => void }) {
  const t = useT();
  const [cities, setCities] = useState<City[]>([]);
  const [city, setCity] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setCity(undefined);
    orgApi.cities().then(setCities).catch(showError);
  }, [open]);

  const submit = async () => {
    if (!city) return;
    setBusy(true);
    try {
      const r = await orgApi.loadCity(city);
      showSuccess(t('org.loadCityDone', { total: r.total, inserted: r.inserted }));
      onLoaded();
      onClose();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('org.loadCityTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ loading: busy, disabled: !city, 'data-testid': 'load-city-confirm' }}
      destroyOnHidden
    >
      <Select
        style={{ width: '100%' }}
        placeholder={t('org.city')}
        value={city}
        onChange={setCity}
        showSearch={{ optionFilterProp: 'label' }}
        data-testid="load-city-select"
        options={cities.map((c) => ({
          value: c.code,
          label: `${c.provinceName} ${c.name}（${c.code}）${c.loaded ? ' · ' + t('org.loaded') : ''}`,
          disabled: c.loaded,
        }))}
      />
    </Modal>
  );
}
