import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { api, type OrgNode, type Role } from '../../api';
import { useFormFailure } from '../../components/data';
import { OrgPicker } from '../../components/OrgPicker';
import { useI18n } from '../../i18n';
import { useAccount } from '../../session';
import type { Issued } from './OneTimePassword';
import { temporaryPassword } from './password';
import { grantableRoles, ROLE_PLACES } from './policy';

interface Values {
  role: Role;
  orgId: string;
  username: string;
  displayName?: string;
}

/**
 * POST /accounts: a role the admin may give, a place of its subtree that suits the role (a street
 * for a street admin, a unit for a unit contact), a username and the person's name. The password
 * is generated here and shown once (OneTimePassword). `fixed`: the role and place are given (the
 * contacts of one unit).
 */
export function CreateAccount({
  open,
  tree,
  fixed,
  onClose,
  onCreated,
}: {
  open: boolean;
  tree: OrgNode | null;
  fixed?: { role: Role; orgId: string };
  onClose: () => void;
  onCreated: (issued: Issued) => void;
}) {
  const { t, label } = useI18n();
  const account = useAccount();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const role = Form.useWatch('role', form) ?? fixed?.role;

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const password = temporaryPassword();
    setBusy(true);
    try {
      const body = { ...values, ...fixed, password, displayName: values.displayName?.trim() || undefined };
      const created = await api.post('/accounts', { body });
      form.resetFields();
      onCreated({ username: created.username, displayName: created.displayName, password, kind: 'created' });
    } catch (e) {
      formFailure(form, e, ['role', 'orgId', 'username', 'displayName']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('accounts.create')}
      onCancel={onClose}
      onOk={save}
      confirmLoading={busy}
      okText={t('accounts.createAndShow')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'account-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={fixed}>
        {!fixed && (
          <>
            <Form.Item
              name="role"
              label={t('accounts.role')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                id="account-role"
                options={grantableRoles(account).map((r) => ({ value: r, label: label('role', r) }))}
                onChange={() => form.setFieldValue('orgId', undefined)}
              />
            </Form.Item>
            <Form.Item
              name="orgId"
              label={t('accounts.place')}
              extra={
                role
                  ? t('accounts.placeHint', { kinds: ROLE_PLACES[role].map((k) => label('org.kind', k)).join('、') })
                  : undefined
              }
              rules={[{ required: true, message: t('common.required') }]}
            >
              <OrgPicker id="account-org" tree={tree} kinds={role ? ROLE_PLACES[role] : []} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="username"
          label={t('login.username')}
          extra={t('accounts.usernameHint')}
          rules={[
            { required: true, message: t('common.required') },
            { pattern: /^[a-z0-9][a-z0-9._-]{2,39}$/, message: t('accounts.usernameRule') },
          ]}
        >
          <Input id="account-username" maxLength={40} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('accounts.displayName')} extra={t('accounts.displayNameHint')}>
          <Input id="account-display-name" maxLength={50} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
