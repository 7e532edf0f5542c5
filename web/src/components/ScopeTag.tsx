import { Tag, Tooltip } from 'antd';
import { AimOutlined } from '@ant-design/icons';
import { useT } from '../i18n';
import { useScopeUnit } from './ScopeContext';

/** Shows which unit (from the header picker) a page is filtered to; nothing at the user's own unit. */
export function ScopeTag() {
  const t = useT();
  const { unit, root } = useScopeUnit();
  if (unit.code === root.code) return null;
  return (
    <Tooltip title={t('scope.tagHint')}>
      <Tag color="geekblue" icon={<AimOutlined />} data-testid="scope-tag" style={{ fontWeight: 'normal' }}>
        {t('common.scopeHint', { name: unit.name })}
      </Tag>
    </Tooltip>
  );
}
