import { App, Button, Card, Drawer, Form, Input, Modal, Segmented, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { UNIT_SECTOR_CODES } from '@gongjian/contracts';
import { type AccountRecord, api, type Schemas, type Unit } from '../api';
import { OrgName, useFormFailure, usePaged, useScopeTree } from '../components/data';
import { minute } from '../components/format';
import { OrgPicker } from '../components/OrgPicker';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';
import { isAdmin, useAccount } from '../session';
import { CreateAccount } from './accounts/CreateAccount';
import { type Issued, OneTimePassword } from './accounts/OneTimePassword';

type Group = 'resident_units' | 'social_organizations';
type UnitBody = Schemas['RegisterUnitDto'];

/**
 * 驻区单位 and 社会组织: the units of the account's area (or the whole region), searchable, by
 * sector and where located, with the total; register one, edit its name, sector and location,
 * and see its contacts (the unit's 联络人 accounts), adding one. Admins act; everyone reads.
 */
export default function UnitsPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const { tree } = useScopeTree(account);
  const [params] = useSearchParams();
  const [group, setGroup] = useState<Group>('resident_units');
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [sector, setSector] = useState<UnitBody['sector'] | undefined>();
  const mine = account.orgId && isAdmin(account) ? account.orgId : undefined;
  const [within, setWithin] = useState<string | undefined>(mine);
  const paged = usePaged('/units', { query: { group, q: q || undefined, sector, within } });
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [contactsOf, setContactsOf] = useState<Unit | null>(null);
  const highlight = params.get('id');
  useEffect(() => {
    if (!highlight) return;
    api
      .get('/units/{id}', { path: { id: highlight } })
      .then((u) => {
        setGroup(u.sector === 'social_organization' ? 'social_organizations' : 'resident_units');
        setQ(u.name);
        setSearch(u.name);
      })
      .catch(() => undefined);
  }, [highlight]);
  const mayAct = isAdmin(account);
  const mayAudit = ['district_admin', 'auditor'].includes(account.role);
  const sectors = UNIT_SECTOR_CODES.filter((s) => (group === 'social_organizations') === (s === 'social_organization'));

  return (
    <Card
      title={t('units.title')}
      extra={
        mayAct && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="unit-create">
            {group === 'social_organizations' ? t('units.registerSocial') : t('units.register')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<Group>
          value={group}
          onChange={(g) => {
            setGroup(g);
            setSector(undefined);
          }}
          options={[
            { value: 'resident_units', label: t('units.residentUnits') },
            { value: 'social_organizations', label: t('units.socialOrganizations') },
          ]}
          data-testid="units-group"
        />
        <Input.Search
          allowClear
          placeholder={t('units.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={setQ}
          style={{ width: 220 }}
          data-testid="units-search"
        />
        {sectors.length > 1 && (
          <Select
            allowClear
            placeholder={t('org.sector')}
            style={{ width: 140 }}
            value={sector}
            onChange={setSector}
            options={sectors.map((s) => ({ value: s, label: label('sector', s) }))}
          />
        )}
        <OrgPicker
          tree={tree}
          kinds={['district', 'street', 'community']}
          value={within}
          onChange={setWithin}
          allowClear
          placeholder={t('units.within')}
        />
      </Space>
      <PagedTable<Unit>
        paged={paged}
        empty={mayAct ? t('units.emptyAdmin') : t('units.empty')}
        testId="units-table"
        columns={[
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('org.sector'), dataIndex: 'sector', render: (s: string) => <Tag>{label('sector', s)}</Tag> },
          { title: t('org.locatedIn'), dataIndex: 'parentId', render: (id: string) => <OrgName id={id} /> },
          { title: t('units.registeredAt'), dataIndex: 'registeredAt', render: (d: string) => d?.slice(0, 10) },
          {
            title: t('common.actions'),
            render: (_, u) => (
              <Space size={0}>
                {mayAct && (
                  <Button size="small" type="link" onClick={() => setEditing(u)} data-testid="unit-edit">
                    {t('common.edit')}
                  </Button>
                )}
                {(mayAct || account.role === 'auditor') && (
                  <Button size="small" type="link" onClick={() => setContactsOf(u)} data-testid="unit-contacts">
                    {t('units.contacts')}
                  </Button>
                )}
                {mayAudit && <Link to={`/audit?stream=organizations.unit-${u.id}`}>{t('common.history')}</Link>}
              </Space>
            ),
          },
        ]}
      />
      <UnitForm
        unit={editing}
        tree={tree}
        social={group === 'social_organizations'}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          paged.reload();
        }}
      />
      <Contacts unit={contactsOf} onClose={() => setContactsOf(null)} />
    </Card>
  );
}

/** Registers a unit (POST /units) or edits one (PATCH /units/:id): name, sector, where located. */
function UnitForm({
  unit,
  tree,
  social,
  onClose,
  onSaved,
}: {
  unit: Unit | 'new' | null;
  tree: ReturnType<typeof useScopeTree>['tree'];
  social: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<UnitBody>();
  const [busy, setBusy] = useState(false);
  const editing = unit !== null && unit !== 'new' ? unit : null;
  useEffect(() => {
    if (unit === null) return;
    form.resetFields();
    if (editing) form.setFieldsValue({ name: editing.name, sector: editing.sector, locatedIn: editing.parentId });
    else if (social) form.setFieldsValue({ sector: 'social_organization' });
  }, [unit, editing, social, form]);

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      if (editing) {
        await api.patch('/units/{id}', { path: { id: editing.id }, body: values });
        message.success(t('units.saved'));
      } else {
        await api.post('/units', { body: values });
        message.success(t('units.registered', { name: values.name }));
      }
      onSaved();
    } catch (e) {
      formFailure(form, e, ['name', 'sector', 'locatedIn']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={unit !== null}
      title={
        editing
          ? t('units.editTitle', { name: editing.name })
          : social
            ? t('units.registerSocial')
            : t('units.register')
      }
      onCancel={onClose}
      onOk={save}
      confirmLoading={busy}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'unit-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="name"
          label={t('common.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input id="unit-name" maxLength={100} />
        </Form.Item>
        <Form.Item name="sector" label={t('org.sector')} rules={[{ required: true, message: t('common.required') }]}>
          <Select id="unit-sector" options={UNIT_SECTOR_CODES.map((s) => ({ value: s, label: label('sector', s) }))} />
        </Form.Item>
        <Form.Item
          name="locatedIn"
          label={t('org.locatedIn')}
          extra={editing ? t('units.moveHint') : t('units.locatedHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <OrgPicker id="unit-located" tree={tree} kinds={['street', 'community']} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The contacts (联络人) of a unit: its `unit_contact` accounts, and a new one (shown once). */
function Contacts({ unit, onClose }: { unit: Unit | null; onClose: () => void }) {
  const { t } = useI18n();
  const account = useAccount();
  const [contacts, setContacts] = useState<AccountRecord[] | null>(null);
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<Issued[]>([]);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!unit) return;
    setContacts(null);
    api
      .get('/accounts', { query: { orgId: unit.id, role: 'unit_contact', limit: 200 } })
      .then((p) => setContacts(p.items))
      .catch(() => setContacts([]));
  }, [unit, tick]);
  return (
    <Drawer
      open={unit !== null}
      title={t('units.contactsOf', { name: unit?.name ?? '' })}
      width={620}
      onClose={onClose}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {isAdmin(account) && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="contact-create">
            {t('units.addContact')}
          </Button>
        )}
        <Table<AccountRecord>
          size="small"
          rowKey="id"
          loading={contacts === null}
          dataSource={contacts ?? []}
          pagination={false}
          locale={{ emptyText: t('units.noContacts') }}
          data-testid="contacts-table"
          columns={[
            { title: t('accounts.displayName'), dataIndex: 'displayName' },
            { title: t('login.username'), dataIndex: 'username', render: (u: string) => <span data-latin>{u}</span> },
            {
              title: t('common.status'),
              render: (_, a) =>
                a.disabled ? <Tag>{t('accounts.disabled')}</Tag> : <Tag color="green">{t('accounts.active')}</Tag>,
            },
            { title: t('accounts.lastSignIn'), render: (_, a) => minute(a.lastSignIn?.at) },
          ]}
        />
      </Space>
      {unit && (
        <CreateAccount
          open={creating}
          tree={null}
          fixed={{ role: 'unit_contact', orgId: unit.id }}
          onClose={() => setCreating(false)}
          onCreated={(i) => {
            setCreating(false);
            setIssued([i]);
            setTick((n) => n + 1);
          }}
        />
      )}
      <OneTimePassword issued={issued} onClose={() => setIssued([])} />
    </Drawer>
  );
}
