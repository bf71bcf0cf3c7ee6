import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api';
import { translateApiError } from '../apiMessages.admin';
import { useI18n } from '../i18n';
import { useSession } from '../session';

/**
 * Signing in; after an administrator's reset, choosing the new password first (the temporary one
 * opens nothing else).
 */
export function LoginPage() {
  const { t, locale, setLocale } = useI18n();
  const { login, expired, mustChange } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Why the sign-in failed, in the person's language (never the API's English in Chinese). */
  const loginFailure = (e: unknown) => {
    if (!(e instanceof ApiError)) return t('failure.500');
    // a disabled account is told so, but only after the right password (the API's rule)
    if (e.status === 401) return t(/^the account is disabled$/.test(e.message) ? 'login.disabled' : 'login.failed');
    if (e.status === 429) return t('failure.429');
    return translateApiError(e, locale) || t(e.status >= 500 ? 'failure.500' : 'failure.400');
  };
  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
    } catch (e) {
      setError(loginFailure(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5' }}>
      <Card style={{ width: 380 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('login.title')}
            </Typography.Title>
            <Button
              size="small"
              data-testid="language-toggle"
              onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
            >
              {t('app.language')}
            </Button>
          </Space>
          <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
          {mustChange ? (
            <ChangePassword />
          ) : (
            <>
              {expired && <Alert type="warning" message={t('login.expired')} showIcon />}
              {error && <Alert type="error" message={error} showIcon data-testid="login-error" />}
              <Form layout="vertical" onFinish={submit} requiredMark={false}>
                <Form.Item
                  label={t('login.username')}
                  name="username"
                  rules={[{ required: true, message: t('login.required', { field: t('login.username') }) }]}
                >
                  <Input autoComplete="username" id="username" />
                </Form.Item>
                <Form.Item
                  label={t('login.password')}
                  name="password"
                  rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}
                >
                  <Input.Password autoComplete="current-password" id="password" />
                </Form.Item>
                <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
                  {t('login.submit')}
                </Button>
              </Form>
            </>
          )}
        </Space>
      </Card>
    </div>
  );
}

/** The new password after a reset: twice, at least 10 characters, not the temporary one. */
function ChangePassword() {
  const { t, locale } = useI18n();
  const { changePassword, logout, mustChange } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: { next: string }) => {
    setBusy(true);
    setError(null);
    try {
      await changePassword(values.next);
    } catch (e) {
      setError(e instanceof ApiError ? translateApiError(e, locale) || t('failure.400') : t('failure.500'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Alert
        type="info"
        showIcon
        message={t('login.mustChange')}
        description={<span data-latin>{mustChange?.username}</span>}
      />
      {error && <Alert type="error" message={error} showIcon data-testid="change-error" />}
      <Form layout="vertical" onFinish={submit}>
        <Form.Item
          label={t('login.newPassword')}
          name="next"
          extra={t('login.newPasswordHint')}
          rules={[
            { required: true, message: t('login.required', { field: t('login.newPassword') }) },
            { min: 10, message: t('login.newPasswordHint') },
          ]}
        >
          <Input.Password autoComplete="new-password" id="new-password" />
        </Form.Item>
        <Form.Item
          label={t('login.repeatPassword')}
          name="repeat"
          dependencies={['next']}
          rules={[
            { required: true, message: t('login.required', { field: t('login.repeatPassword') }) },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('next') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('login.notSame'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" id="repeat-password" />
        </Form.Item>
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Button onClick={logout}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="change-submit">
            {t('login.changeAndSignIn')}
          </Button>
        </Space>
      </Form>
    </>
  );
}
