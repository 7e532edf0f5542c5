import { Tag } from 'antd';
import { CrownFilled } from '@ant-design/icons';
import { useT } from '../../i18n';

/** 会员单位: the employer is a member of the public HR market. */
export function MemberBadge() {
  const t = useT();
  return (
    <Tag color="gold" icon={<CrownFilled />} data-testid="member-badge">
      {t('portal.member')}
    </Tag>
  );
}
