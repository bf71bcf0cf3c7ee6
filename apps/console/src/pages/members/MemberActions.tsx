import { Alert, App, Checkbox, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { MEMBER_STATUS_CODES } from '@gongjian/contracts';
import { api, type Member, type OrgNode } from '../../api';
import { useFailure, useFormFailure } from '../../components/data';
import { useDistrictTree } from '../../components/OrgPicker';
import { useI18n } from '../../i18n';
import { useAccount } from '../../session';
import { branches, usePartyBranches } from './RegisterMember';

/** Every node of a tree, itself first. */
const nodes = (tree: OrgNode | null): OrgNode[] => (tree ? [tree, ...tree.children.flatMap(nodes)] : []);

export type MemberAction = 'transfer' | 'status' | 'erase';

/**
 * The administration of one member by the admins over the member's branch: 组织关系转接 to a
 * branch anywhere in the district (at once when the admin holds both sides, else a request the
 * other side accepts), a status change (流动, 失联, and 找回: back to normal) with the reason, and
 * the erasure of personal data behind a confirmation that says what it does.
 */
export function MemberActions({
  member,
  action,
  onClose,
  onDone,
}: {
  member: Member | null;
  action: MemberAction | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, label } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const fail = useFailure();
  const formFailure = useFormFailure();
  const district = useDistrictTree(account);
  const party = usePartyBranches(action === 'transfer');
  const [form] = Form.useForm<{ toBranchId: string; status: NonNullable<Member['status']>; reason?: string }>();
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    form.resetFields();
    setUnderstood(false);
  }, [member, action, form]);
  if (!member) return null;

  const submit = async () => {
    setBusy(true);
    try {
      if (action === 'transfer') {
        const values = await form.validateFields().catch(() => null);
        if (!values) return;
        const res = await api.post('/members/{id}/transfer', {
          path: { id: member.id },
          body: { toBranchId: values.toBranchId },
        });
        message.success(res.transfer === 'pending' ? t('members.transferRequested') : t('members.transferred'));
      } else if (action === 'status') {
        const values = await form.validateFields().catch(() => null);
        if (!values) return;
        await api.post('/members/{id}/status', {
          path: { id: member.id },
          body: { status: values.status, reason: values.reason?.trim() || undefined },
        });
        message.success(t('members.statusChanged'));
      } else if (action === 'erase') {
        await api.delete('/members/{id}/personal-data', { path: { id: member.id } });
        message.success(t('members.erased'));
      }
      onDone();
    } catch (e) {
      if (action === 'erase') fail(e);
      else formFailure(form, e, ['toBranchId', 'status', 'reason']);
    } finally {
      setBusy(false);
    }
  };

  const statusLabel = (s: string) =>
    s === 'normal' && member.status !== 'normal' ? t('members.found') : label('status', s);

  return (
    <Modal
      open={action !== null}
      title={
        action === 'transfer'
          ? t('members.transferTitle', { name: member.name })
          : action === 'status'
            ? t('members.statusTitle', { name: member.name })
            : t('members.eraseTitle', { name: member.name })
      }
      onCancel={onClose}
      onOk={submit}
      confirmLoading={busy}
      okText={action === 'erase' ? t('members.eraseConfirm') : t('common.save')}
      okButtonProps={{
        danger: action === 'erase',
        disabled: action === 'erase' && !understood,
        ...({ 'data-testid': 'member-action-save' } as Record<string, string>),
      }}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      {action === 'erase' ? (
        <>
          <Alert type="warning" showIcon message={t('members.eraseWhat')} description={t('members.eraseDetail')} />
          <Typography.Paragraph style={{ marginTop: 12 }}>{t('members.eraseKeeps')}</Typography.Paragraph>
          <Checkbox
            checked={understood}
            onChange={(e) => setUnderstood(e.target.checked)}
            data-testid="erase-understood"
          >
            {t('members.eraseUnderstood')}
          </Checkbox>
        </>
      ) : (
        <Form form={form} layout="vertical">
          {action === 'transfer' ? (
            <Form.Item
              name="toBranchId"
              label={t('members.toBranch')}
              extra={t('members.transferHint')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                id="transfer-branch"
                showSearch
                optionFilterProp="label"
                options={branches(nodes(district), party, (list, kind) => label(list, kind)).filter(
                  (o) => o.value !== member.branchId,
                )}
              />
            </Form.Item>
          ) : (
            <>
              <Form.Item
                name="status"
                label={t('members.newStatus')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <Select
                  id="member-status"
                  options={MEMBER_STATUS_CODES.filter((s) => s !== member.status).map((s) => ({
                    value: s,
                    label: statusLabel(s),
                  }))}
                />
              </Form.Item>
              <Form.Item name="reason" label={t('members.statusReason')} extra={t('members.statusReasonHint')}>
                <Input.TextArea id="member-status-reason" rows={2} maxLength={500} />
              </Form.Item>
            </>
          )}
        </Form>
      )}
    </Modal>
  );
}
