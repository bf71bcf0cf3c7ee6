import { App, Button, DatePicker, Form, Input, Modal, Radio, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { GRID_STAFF_ROLE_CODES } from '@gongjian/contracts';
import { type AccountRecord, api, type GridRoster, type OrgNode } from '../../api';
import { useFormFailure } from '../../components/data';
import { MemberPicker } from '../../components/MemberPicker';
import { useI18n } from '../../i18n';
import { chinaToday } from './dates';
import { CreateAccount } from '../accounts/CreateAccount';
import { type Issued, OneTimePassword } from '../accounts/OneTimePassword';

const STAFF: readonly string[] = GRID_STAFF_ROLE_CODES;

/** The `grid_worker` accounts of a community (社区专职网格员), for those who may list accounts; else none. */
export function useGridWorkers(communityId: string | null | undefined, tick = 0) {
  const [workers, setWorkers] = useState<AccountRecord[]>([]);
  useEffect(() => {
    if (!communityId) return setWorkers([]);
    let live = true;
    api
      .get('/accounts', { query: { orgId: communityId, role: 'grid_worker', limit: 200 } })
      .then((p) => live && setWorkers(p.items))
      .catch(() => live && setWorkers([]));
    return () => {
      live = false;
    };
  }, [communityId, tick]);
  return workers;
}

interface Values {
  role: string;
  holderKind: 'member' | 'resident';
  memberId?: string;
  residentName?: string;
  accountId?: string;
  startsOn: dayjs.Dayjs;
  endsOn?: dayjs.Dayjs | null;
}

/**
 * Appoints a term of a grid's role: to a party member of the grid's community or to a resident by
 * name, from a day (and to a day, or open); a 网格长's or 网格员's term may name a `grid_worker`
 * account of the community — one made here if there is none yet (its password shown once).
 */
export function AppointForm({
  open,
  grid,
  roles,
  onClose,
  onSaved,
}: {
  open: boolean;
  grid: OrgNode;
  roles: GridRoster['roles'];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<Issued[]>([]);
  const [tick, setTick] = useState(0);
  /** the username of an account just made here: chosen once the list has it */
  const [made, setMade] = useState<string | null>(null);
  const community = grid.parentId;
  const workers = useGridWorkers(community, tick);
  useEffect(() => {
    const account = made && workers.find((a) => a.username === made);
    if (account) form.setFieldsValue({ accountId: account.id });
  }, [made, workers, form]);
  const role = Form.useWatch('role', form);
  const holderKind = Form.useWatch('holderKind', form);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ holderKind: 'member', startsOn: dayjs(chinaToday()) });
  }, [open, form]);

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      await api.post('/organizations/{id}/grid-roles', {
        path: { id: grid.id },
        body: {
          role: values.role,
          ...(values.holderKind === 'member' ? { memberId: values.memberId } : { residentName: values.residentName }),
          ...(values.accountId && STAFF.includes(values.role) ? { accountId: values.accountId } : {}),
          startsOn: values.startsOn.format('YYYY-MM-DD'),
          ...(values.endsOn ? { endsOn: values.endsOn.format('YYYY-MM-DD') } : {}),
        },
      });
      message.success(t('grid.appointed'));
      onSaved();
    } catch (e) {
      formFailure(form, e, ['role', 'memberId', 'residentName', 'accountId', 'startsOn', 'endsOn']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('grid.appointIn', { grid: grid.name })}
      onCancel={onClose}
      onOk={save}
      confirmLoading={busy}
      okText={t('grid.appoint')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'appoint-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="role" label={t('grid.role')} rules={[{ required: true, message: t('common.required') }]}>
          <Select id="appoint-role" options={roles.map((r) => ({ value: r.code, label: r.name }))} />
        </Form.Item>
        <Form.Item name="holderKind" label={t('grid.holder')}>
          <Radio.Group
            options={[
              { value: 'member', label: t('grid.holderMember') },
              { value: 'resident', label: t('grid.holderResident') },
            ]}
          />
        </Form.Item>
        {holderKind === 'resident' ? (
          <Form.Item
            name="residentName"
            label={t('grid.residentName')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input id="appoint-resident" maxLength={50} />
          </Form.Item>
        ) : (
          <Form.Item
            name="memberId"
            label={t('grid.member')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <MemberPicker id="appoint-member" communityId={community} />
          </Form.Item>
        )}
        {role && STAFF.includes(role) && (
          <Form.Item label={t('grid.account')} extra={t('grid.accountHint')}>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="accountId" noStyle>
                <Select
                  id="appoint-account"
                  allowClear
                  placeholder={t('grid.accountNone')}
                  notFoundContent={t('grid.noWorkers')}
                  options={workers
                    .filter((a) => !a.disabled)
                    .map((a) => ({ value: a.id, label: `${a.displayName}（${a.username}）` }))}
                />
              </Form.Item>
              <Button onClick={() => setCreating(true)} data-testid="worker-create">
                {t('grid.newWorker')}
              </Button>
            </Space.Compact>
          </Form.Item>
        )}
        <Space size="large">
          <Form.Item
            name="startsOn"
            label={t('grid.startsOn')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker id="appoint-starts" allowClear={false} />
          </Form.Item>
          <Form.Item name="endsOn" label={t('grid.endsOn')} extra={t('grid.endsOnHint')}>
            <DatePicker id="appoint-ends" />
          </Form.Item>
        </Space>
      </Form>
      {community && (
        <CreateAccount
          open={creating}
          tree={null}
          fixed={{ role: 'grid_worker', orgId: community }}
          onClose={() => setCreating(false)}
          onCreated={(i) => {
            setCreating(false);
            setIssued([i]);
            setMade(i.username);
            setTick((n) => n + 1);
          }}
        />
      )}
      <OneTimePassword issued={issued} onClose={() => setIssued([])} />
    </Modal>
  );
}
