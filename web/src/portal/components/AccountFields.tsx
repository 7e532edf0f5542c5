import { Form, Input } from 'antd';
import { useT } from '../../i18n';

/** Username, password and its confirmation, with the server's password rules checked as you type. */
export function AccountFields() {
  const t = useT();
  return (
    <>
      <Form.Item
        name="username"
        label={t('portal.form.username')}
        extra={t('portal.form.usernameHint')}
        rules={[
          { required: true, message: t('portal.form.required') },
          { pattern: /^[A-Za-z0-9_.-]{3,30}$/, message: t('portal.form.usernameRule') },
        ]}
      >
        <Input autoComplete="username" maxLength={30} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('portal.form.password')}
        extra={t('portal.form.passwordHint')}
        rules={[
          { required: true, message: t('portal.form.required') },
          {
            validator: (_, v?: string) => {
              if (!v) return Promise.resolve();
              const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
              return v.length >= 8 && v.length <= 64 && classes >= 3 ? Promise.resolve() : Promise.reject(new Error(t('portal.form.passwordHint')));
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('portal.form.confirm')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('portal.form.required') },
          ({ getFieldValue }) => ({
            validator: (_, v?: string) => (!v || v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('portal.form.confirmMismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
