import { App, Button, Card, Input, Modal, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { type AccountRecord, api, type LoginAttempts, type Role } from '../api';
import { OrgName, useFailure, usePaged, useScopeTree } from '../components/data';
import { minute } from '../components/format';
import { OrgPicker } from '../components/OrgPicker';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';
import { isAdmin, useAccount } from '../session';
import { CreateAccount } from './accounts/CreateAccount';
import { type Issued, OneTimePassword } from './accounts/OneTimePassword';
import { temporaryPassword } from './accounts/password';
import { mayManage, maySeeAttempts, mayUnlock } from './accounts/policy';

const ROLES: Role[] = ['district_admin', 'street_admin', 'community_admin', 'unit_contact', 'member', 'auditor'];

/**
 * 账号管理: the accounts of the admin's subtree (units included), searchable by name and role, with
 * their state, last sign-in and recent failed sign-ins; create an account of any role the admin
 * may give, disable and enable, reset a password (shown once), clear failed sign-ins (district
 * admins), the failures by address (district admins and auditors). Each action only where the
 * server's policy allows it (accounts/policy.ts).
 */
export default function AccountsPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const fail = useFailure();
  const { tree } = useScopeTree(account);
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [orgId, setOrgId] = useState<string | undefined>();
  const paged = usePaged('/accounts', { query: { q: q || undefined, role, orgId } });
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<Issued[]>([]);
  const [attempts, setAttempts] = useState<LoginAttempts | null>(null);

  const run = async (call: () => Promise<unknown>, done: string) => {
    try {
      await call();
      message.success(done);
      paged.reload();
    } catch (e) {
      fail(e);
    }
  };
  const reset = async (a: AccountRecord) => {
    const password = temporaryPassword();
    try {
      await api.post('/accounts/{username}/password-reset', {
        path: { username: a.username },
        body: { temporaryPassword: password },
      });
      setIssued([{ username: a.username, displayName: a.displayName, password, kind: 'reset' }]);
      paged.reload();
    } catch (e) {
      fail(e);
    }
  };
  const showAttempts = async (a: AccountRecord) => {
    try {
      setAttempts(await api.get('/accounts/{username}/login-attempts', { path: { username: a.username } }));
    } catch (e) {
      fail(e);
    }
  };

  const state = (a: AccountRecord) => {
    if (a.disabled)
      return (
        <Tag color="default">
          {t(a.disabledReason === 'organization_dissolved' ? 'accounts.disabledDissolved' : 'accounts.disabled')}
        </Tag>
      );
    if (a.mustChangePassword) return <Tag color="orange">{t('accounts.mustChange')}</Tag>;
    return <Tag color="green">{t('accounts.active')}</Tag>;
  };

  return (
    <Card
      title={t('accounts.title')}
      extra={
        isAdmin(account) && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="account-create">
            {t('accounts.create')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('accounts.search')}
          onSearch={setQ}
          style={{ width: 240 }}
          data-testid="accounts-search"
        />
        <Select
          allowClear
          placeholder={t('accounts.role')}
          style={{ width: 180 }}
          value={role}
          onChange={setRole}
          options={ROLES.map((r) => ({ value: r, label: label('role', r) }))}
        />
        <OrgPicker
          tree={tree}
          kinds={['district', 'street', 'community', 'grid', 'building', 'unit']}
          value={orgId}
          onChange={setOrgId}
          allowClear
          placeholder={t('accounts.inOrg')}
        />
      </Space>
      <PagedTable<AccountRecord>
        paged={paged}
        empty={t('accounts.empty')}
        testId="accounts-table"
        columns={[
          {
            title: t('login.username'),
            dataIndex: 'username',
            render: (u: string) => <span data-latin>{u}</span>,
          },
          {
            title: t('accounts.displayName'),
            dataIndex: 'displayName',
            // a name as the account was given it (the username when none was): data, not words of the console
            render: (name: string) => <span data-latin>{name}</span>,
          },
          { title: t('accounts.role'), dataIndex: 'role', render: (r: string) => <Tag>{label('role', r)}</Tag> },
          {
            title: t('accounts.place'),
            dataIndex: 'orgId',
            render: (id: string | null) => (id ? <OrgName id={id} /> : t('accounts.wholeRegion')),
          },
          { title: t('common.status'), render: (_, a) => state(a) },
          {
            title: t('accounts.lastSignIn'),
            render: (_, a) =>
              a.lastSignIn ? (
                <Tooltip title={a.lastSignIn.address ?? undefined}>
                  <span data-testid="last-sign-in">{minute(a.lastSignIn.at)}</span>
                </Tooltip>
              ) : (
                <Typography.Text type="secondary">{t('accounts.neverSignedIn')}</Typography.Text>
              ),
          },
          {
            title: t('accounts.failures'),
            render: (_, a) =>
              a.loginThrottle.recentFailures > 0 ? (
                <Space size={4} direction="vertical">
                  <Tag color={a.loginThrottle.throttledAddresses > 0 ? 'red' : 'orange'} data-testid="failures">
                    {t('accounts.failuresCount', { n: a.loginThrottle.recentFailures })}
                  </Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('accounts.lastFailure', { at: minute(a.loginThrottle.lastFailureAt) })}
                  </Typography.Text>
                </Space>
              ) : (
                '0'
              ),
          },
          {
            title: t('common.actions'),
            render: (_, a) => (
              <Space size={0} wrap>
                {mayManage(account, a) &&
                  (a.disabled ? (
                    <Button
                      size="small"
                      type="link"
                      data-testid="account-enable"
                      onClick={() =>
                        run(
                          () => api.post('/accounts/{username}/enable', { path: { username: a.username } }),
                          t('accounts.enabled'),
                        )
                      }
                    >
                      {t('accounts.enable')}
                    </Button>
                  ) : (
                    <Popconfirm
                      title={t('accounts.disableConfirm', { name: a.displayName })}
                      onConfirm={() =>
                        run(
                          () => api.post('/accounts/{username}/disable', { path: { username: a.username } }),
                          t('accounts.disabledDone'),
                        )
                      }
                    >
                      <Button size="small" type="link" danger data-testid="account-disable">
                        {t('accounts.disable')}
                      </Button>
                    </Popconfirm>
                  ))}
                {mayManage(account, a) && !a.disabled && (
                  <Popconfirm title={t('accounts.resetConfirm', { name: a.displayName })} onConfirm={() => reset(a)}>
                    <Button size="small" type="link" data-testid="account-reset">
                      {t('accounts.reset')}
                    </Button>
                  </Popconfirm>
                )}
                {mayUnlock(account) && a.loginThrottle.recentFailures > 0 && (
                  <Button
                    size="small"
                    type="link"
                    data-testid="account-unlock"
                    onClick={() =>
                      run(
                        () => api.post('/accounts/{username}/unlock', { path: { username: a.username } }),
                        t('accounts.unlocked'),
                      )
                    }
                  >
                    {t('accounts.unlock')}
                  </Button>
                )}
                {maySeeAttempts(account) && a.loginThrottle.recentFailures > 0 && (
                  <Button size="small" type="link" onClick={() => showAttempts(a)} data-testid="account-attempts">
                    {t('accounts.attempts')}
                  </Button>
                )}
                {maySeeAttempts(account) && (
                  <Link to={`/audit?stream=organizations.account-${a.username}`}>{t('common.history')}</Link>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CreateAccount
        open={creating}
        tree={tree}
        onClose={() => setCreating(false)}
        onCreated={(i) => {
          setCreating(false);
          setIssued([i]);
          paged.reload();
        }}
      />
      <OneTimePassword issued={issued} onClose={() => setIssued([])} />
      <Modal
        open={attempts !== null}
        title={t('accounts.attemptsTitle', { username: attempts?.username ?? '' })}
        footer={null}
        onCancel={() => setAttempts(null)}
        width={640}
      >
        <Table
          size="small"
          rowKey="address"
          pagination={false}
          dataSource={attempts?.addresses ?? []}
          columns={[
            { title: t('accounts.address'), dataIndex: 'address', render: (a: string) => <span data-latin>{a}</span> },
            { title: t('accounts.failures'), dataIndex: 'failures' },
            { title: t('accounts.lastFailureAt'), dataIndex: 'lastFailureAt', render: minute },
            {
              title: t('accounts.waits'),
              dataIndex: 'retryAfterSeconds',
              render: (s: number) => (s > 0 ? t('accounts.waitSeconds', { n: s }) : '—'),
            },
          ]}
        />
      </Modal>
    </Card>
  );
}
