import { Alert, App, Button, Card, Form, Input, Layout, Result, Select, Space, Steps, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, type OrgNode, type Role } from '../api';
import { useFailure, useFormFailure } from '../components/data';
import { OrgPicker } from '../components/OrgPicker';
import { useI18n } from '../i18n';
import { useAccount, useSession } from '../session';
import { type Issued, OneTimePassword } from './accounts/OneTimePassword';
import { temporaryPassword } from './accounts/password';
import { ImportPanel } from './imports/ImportPanel';
import { finishSetup } from './setup/firstRun';

interface StreetRow {
  name: string;
  communities?: string;
}
interface AdminRow {
  role: Role;
  orgId: string;
  username: string;
  displayName?: string;
}

/**
 * 首次使用: on a fresh data directory the bootstrap administrator sets up the district — its name,
 * its streets and communities (typed, or imported from a sheet through the organisations import),
 * the first administrators' accounts (passwords shown once) — then goes to the home page. Each
 * step writes through the ordinary API; a step done stays done if the page is left and opened again.
 */
export default function SetupPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const account = useAccount();
  const { logout } = useSession();
  const [district, setDistrict] = useState<OrgNode | null>(null);
  const [step, setStep] = useState(0);
  const [loaded, setLoaded] = useState(false);

  const reload = useCallback(async () => {
    const districts = await api.get('/organizations', { query: { kind: 'district', limit: 1 } });
    const d = districts.items[0];
    setDistrict(d ? await api.get('/organizations/{id}/tree', { path: { id: d.id } }) : null);
    return d;
  }, []);
  useEffect(() => {
    reload()
      .then((d) => d && setStep((s) => Math.max(s, 1)))
      .finally(() => setLoaded(true));
  }, [reload]);

  const done = () => {
    finishSetup();
    navigate('/', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: '#fff',
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          padding: '0 24px',
        }}
      >
        <Typography.Text strong>{t('app.title')}</Typography.Text>
        <Space>
          <span data-latin>{account.displayName}</span>
          <Button size="small" onClick={done} data-testid="setup-skip">
            {t('setup.skip')}
          </Button>
          <Button size="small" onClick={logout}>
            {t('app.logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ margin: 24, display: 'flex', justifyContent: 'center' }}>
        <Card style={{ width: 960 }} title={t('setup.title')} data-testid="setup">
          <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
          <Steps
            current={step}
            style={{ marginBottom: 24 }}
            items={[
              { title: t('setup.step.district') },
              { title: t('setup.step.areas') },
              { title: t('setup.step.admins') },
              { title: t('setup.step.done') },
            ]}
          />
          {!loaded ? null : step === 0 ? (
            <DistrictStep onDone={() => reload().then(() => setStep(1))} />
          ) : step === 1 && district ? (
            <AreasStep district={district} onChanged={reload} onNext={() => setStep(2)} />
          ) : step === 2 && district ? (
            <AdminsStep district={district} onNext={() => setStep(3)} />
          ) : (
            <Result
              status="success"
              title={t('setup.readyTitle', { name: district?.name ?? '' })}
              subTitle={t('setup.readyText')}
              extra={
                <Button type="primary" onClick={done} data-testid="setup-finish">
                  {t('setup.toHome')}
                </Button>
              }
            />
          )}
        </Card>
      </Layout.Content>
    </Layout>
  );
}

function DistrictStep({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<{ name: string }>();
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      await api.post('/organizations', { body: { name: values.name, kind: 'district' } });
      onDone();
    } catch (e) {
      formFailure(form, e, ['name']);
    }
  };
  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 420 }} onFinish={save}>
      <Form.Item
        name="name"
        label={t('setup.districtName')}
        extra={t('setup.districtHint')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input id="setup-district" maxLength={100} placeholder={t('setup.districtPlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" data-testid="setup-district-save">
        {t('setup.next')}
      </Button>
    </Form>
  );
}

/** The lines of a text area: one name per line, blanks and repeats left out. */
const lines = (text?: string) => [
  ...new Set(
    (text ?? '')
      .split(/[\n,，、]/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

function AreasStep({
  district,
  onChanged,
  onNext,
}: {
  district: OrgNode;
  onChanged: () => Promise<unknown>;
  onNext: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const fail = useFailure();
  const [form] = Form.useForm<{ streets: StreetRow[] }>();
  const [busy, setBusy] = useState(false);
  const streets = district.children;
  const communities = streets.reduce((n, s) => n + s.children.length, 0);

  /** Registers what was typed: each street (or the one already there of that name), then its communities. */
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      for (const row of values.streets ?? []) {
        const existing = streets.find((s) => s.name === row.name.trim());
        const streetId =
          existing?.id ??
          (await api.post('/organizations', { body: { name: row.name.trim(), kind: 'street', parentId: district.id } }))
            .id;
        const known = new Set(existing?.children.map((c) => c.name) ?? []);
        for (const name of lines(row.communities).filter((n) => !known.has(n)))
          await api.post('/organizations', { body: { name, kind: 'community', parentId: streetId } });
      }
      form.resetFields();
      await onChanged();
      message.success(t('setup.areasSaved'));
    } catch (e) {
      fail(e);
      await onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type={streets.length ? 'success' : 'info'}
        showIcon
        data-testid="setup-areas-count"
        message={t('setup.areasNow', { name: district.name, streets: streets.length, communities })}
        description={streets.map((s) => `${s.name}：${s.children.map((c) => c.name).join('、') || '—'}`).join('；')}
      />
      <Tabs
        items={[
          {
            key: 'typed',
            label: t('setup.typed'),
            children: (
              <Form form={form} layout="vertical" initialValues={{ streets: [{ name: '', communities: '' }] }}>
                <Form.List name="streets">
                  {(fields, { add, remove }) => (
                    <Space direction="vertical" style={{ width: '100%' }}>
                      {fields.map((field, i) => (
                        <Space key={field.key} align="start" wrap>
                          <Form.Item
                            name={[field.name, 'name']}
                            label={i === 0 ? t('setup.streetName') : undefined}
                            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                          >
                            <Input
                              id={`setup-street-${i}`}
                              style={{ width: 200 }}
                              maxLength={100}
                              placeholder={t('setup.streetPlaceholder')}
                            />
                          </Form.Item>
                          <Form.Item
                            name={[field.name, 'communities']}
                            label={i === 0 ? t('setup.communities') : undefined}
                            extra={i === 0 ? t('setup.communitiesHint') : undefined}
                          >
                            <Input.TextArea
                              id={`setup-communities-${i}`}
                              style={{ width: 420 }}
                              autoSize={{ minRows: 2, maxRows: 8 }}
                            />
                          </Form.Item>
                          {fields.length > 1 && (
                            <Button
                              type="link"
                              danger
                              onClick={() => remove(field.name)}
                              style={{ marginTop: i === 0 ? 30 : 0 }}
                            >
                              {t('setup.removeRow')}
                            </Button>
                          )}
                        </Space>
                      ))}
                      <Space>
                        <Button onClick={() => add({ name: '', communities: '' })} data-testid="setup-add-street">
                          {t('setup.addStreet')}
                        </Button>
                        <Button type="primary" loading={busy} onClick={save} data-testid="setup-areas-save">
                          {t('setup.saveAreas')}
                        </Button>
                      </Space>
                    </Space>
                  )}
                </Form.List>
              </Form>
            ),
          },
          {
            key: 'sheet',
            label: t('setup.fromSheet'),
            children: <ImportPanel kind="organizations" onImported={() => onChanged()} />,
          },
        ]}
      />
      <Space>
        <Button type="primary" disabled={streets.length === 0} onClick={onNext} data-testid="setup-areas-next">
          {t('setup.next')}
        </Button>
      </Space>
    </Space>
  );
}

function AdminsStep({ district, onNext }: { district: OrgNode; onNext: () => void }) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<{ admins: AdminRow[] }>();
  const [issued, setIssued] = useState<Issued[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const fail = useFailure();
  const placeKind: Record<string, 'district' | 'street' | 'community'> = {
    district_admin: 'district',
    auditor: 'district',
    street_admin: 'street',
    community_admin: 'community',
  };
  const initial: AdminRow[] = [
    { role: 'district_admin', orgId: district.id, username: '', displayName: '' },
    ...district.children.map((s) => ({ role: 'street_admin' as Role, orgId: s.id, username: '', displayName: '' })),
  ];

  const create = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    const made: Issued[] = [];
    const failed: string[] = [];
    for (const row of values.admins) {
      const password = temporaryPassword();
      try {
        const a = await api.post('/accounts', {
          body: { ...row, password, displayName: row.displayName?.trim() || undefined },
        });
        made.push({ username: a.username, displayName: a.displayName, password, kind: 'created' });
      } catch (e) {
        failed.push(row.username);
        fail(e);
      }
    }
    setBusy(false);
    setErrors(failed);
    setIssued(made);
    if (made.length > 0) form.setFieldsValue({ admins: values.admins.filter((r) => failed.includes(r.username)) });
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph>{t('setup.adminsIntro')}</Typography.Paragraph>
      {errors.length > 0 && (
        <Alert type="error" showIcon message={t('setup.adminsFailed', { names: errors.join('、') })} />
      )}
      <Form form={form} layout="vertical" initialValues={{ admins: initial }}>
        <Form.List name="admins">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, i) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'role']}
                    label={i === 0 ? t('accounts.role') : undefined}
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <Select
                      id={`setup-role-${i}`}
                      style={{ width: 160 }}
                      options={(['district_admin', 'street_admin', 'community_admin', 'auditor'] as Role[]).map(
                        (r) => ({
                          value: r,
                          label: label('role', r),
                        }),
                      )}
                    />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() => (
                      <Form.Item
                        name={[field.name, 'orgId']}
                        label={i === 0 ? t('accounts.place') : undefined}
                        rules={[{ required: true, message: t('common.required') }]}
                      >
                        <OrgPicker
                          id={`setup-org-${i}`}
                          tree={district}
                          kinds={[
                            placeKind[form.getFieldValue(['admins', field.name, 'role']) as string] ?? 'district',
                          ]}
                          style={{ width: 220 }}
                        />
                      </Form.Item>
                    )}
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'username']}
                    label={i === 0 ? t('login.username') : undefined}
                    rules={[
                      { required: true, message: t('common.required') },
                      { pattern: /^[a-z0-9][a-z0-9._-]{2,39}$/, message: t('accounts.usernameRule') },
                    ]}
                  >
                    <Input id={`setup-username-${i}`} style={{ width: 160 }} maxLength={40} placeholder="dongcheng" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'displayName']} label={i === 0 ? t('accounts.displayName') : undefined}>
                    <Input id={`setup-display-${i}`} style={{ width: 160 }} maxLength={50} />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(field.name)} style={{ marginTop: i === 0 ? 30 : 0 }}>
                    {t('setup.removeRow')}
                  </Button>
                </Space>
              ))}
              <Space>
                <Button
                  onClick={() => add({ role: 'community_admin', orgId: undefined, username: '' })}
                  data-testid="setup-add-admin"
                >
                  {t('setup.addAdmin')}
                </Button>
                <Button
                  type="primary"
                  loading={busy}
                  onClick={create}
                  disabled={fields.length === 0}
                  data-testid="setup-admins-save"
                >
                  {t('setup.createAdmins')}
                </Button>
                <Button onClick={onNext} data-testid="setup-admins-next">
                  {t('setup.next')}
                </Button>
              </Space>
            </Space>
          )}
        </Form.List>
      </Form>
      <OneTimePassword issued={issued} onClose={() => setIssued([])} />
    </Space>
  );
}
