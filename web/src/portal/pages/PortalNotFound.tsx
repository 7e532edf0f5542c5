import { Link } from 'react-router-dom';
import { Button, Result } from 'antd';
import { useT } from '../../i18n';

export default function PortalNotFound() {
  const t = useT();
  return (
    <div className="portal-container">
      <Result status="404" title="404" subTitle={t('common.notFound')} extra={<Link to="/portal"><Button type="primary">{t('portal.backHome')}</Button></Link>} />
    </div>
  );
}
