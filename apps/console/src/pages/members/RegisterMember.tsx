import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, type Schemas } from '../../api';
import { type OrgNode, useFormFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import { UnitPicker } from '../organizations/UnitPicker';

type Body = Schemas['RegisterMemberDto'];
/** The form's values: the date of joining as the date picker holds it. */
type Values = Omit<Body, 'joinedPartyOn'> & { joinedPartyOn: Dayjs };
const FIELDS: Array<keyof Body> = [
  'name',
  'phone',
  'branchId',
  'joinedPartyOn',
  'employerUnitId',
  'idNumber',
  'address',
];
const required = (message: string) => [{ required: true, message }];

type PartyBranch = { id: string; name: string; parentId: string };

/**
 * A branch (支部) is a party branch (网格党支部, issue 18) of a community of the admin's scope tree,
 * or a unit's branch — never a grid or a building.
 */
export function branches(
  flat: OrgNode[],
  party: PartyBranch[],
  kindLabel: (list: 'org.kind' | 'party.kind', kind: string) => string,
) {
  const places = new Set(flat.map((o) => o.id));
  const orgs = party
    .filter((b) => places.has(b.parentId))
    .map((b) => ({ value: b.id, label: `${b.name}（${kindLabel('party.kind', 'branch')}）` }));
  const units = flat
    .flatMap((o) => o.units)
    .map((u) => ({ value: u.id, label: `${u.name}（${kindLabel('org.kind', 'unit')}）` }));
  return [...orgs, ...units];
}

/** The active party branches the console may offer (the server checks the scope). */
export function usePartyBranches(open: boolean): PartyBranch[] {
  const [party, setParty] = useState<PartyBranch[]>([]);
  useEffect(() => {
    if (!open) return;
    api
      .get('/party-organizations', { query: { kind: 'branch', status: 'active', limit: 200 } })
      .then((page) => setParty(page.items))
      .catch(() => setParty([]));
  }, [open]);
  return party;
}

/**
 * POST /members: name, phone, branch, date of joining the party, employer (in-service members),
 * optionally ID number and address (sealed by the members service). The API's validation shows
 * next to its field and the modal keeps what was typed.
 */
export function RegisterMember({
  open,
  flat,
  onClose,
  onRegistered,
}: {
  open: boolean;
  flat: OrgNode[];
  onClose: () => void;
  onRegistered: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const party = usePartyBranches(open);

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      // the optional fields left empty are not sent
      const filled = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
      const body = { ...filled, joinedPartyOn: values.joinedPartyOn.format('YYYY-MM-DD') } as Body;
      await api.post('/members', { body });
      message.success(t('members.registered'));
      form.resetFields();
      onRegistered();
    } catch (e) {
      formFailure(form, e, FIELDS);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('members.register')}
      onCancel={onClose}
      onOk={save}
      confirmLoading={saving}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      width={560}
      okButtonProps={{ 'data-testid': 'member-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical" data-testid="member-form">
        <Form.Item name="name" label={t('members.name')} rules={required(t('common.fixFields'))}>
          <Input id="member-name" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('members.phoneInput')}
          extra={t('members.phoneHint')}
          rules={required(t('common.fixFields'))}
        >
          <Input id="member-phone" maxLength={20} />
        </Form.Item>
        <Form.Item
          name="branchId"
          label={t('members.branchPick')}
          extra={t('members.branchHint')}
          rules={required(t('common.fixFields'))}
        >
          <Select
            id="member-branch"
            showSearch
            optionFilterProp="label"
            options={branches(flat, party, (list, kind) => label(list, kind))}
          />
        </Form.Item>
        <Form.Item name="joinedPartyOn" label={t('members.joinedPartyOn')} rules={required(t('common.fixFields'))}>
          <DatePicker
            id="member-joined"
            style={{ width: '100%' }}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            placeholder={t('common.pickDate')}
          />
        </Form.Item>
        <Form.Item name="employerUnitId" label={t('members.employer')} extra={t('members.employerHint')}>
          <UnitPicker id="member-employer" allowClear />
        </Form.Item>
        <Form.Item name="idNumber" label={t('members.idNumber')}>
          <Input id="member-id-number" maxLength={18} />
        </Form.Item>
        <Form.Item name="address" label={t('members.address')}>
          <Input id="member-address" maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
