import { App, Button, Form, Modal, Popconfirm, Select, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { api, type Household, type Schemas } from '../../api';
import { MemberName, useFailure, useFormFailure, usePaged } from '../../components/data';
import { MemberPicker } from '../../components/MemberPicker';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';

type CentralHousehold = Schemas['CentralHousehold'];

/**
 * 党员中心户 of a community: members of a grid's party branch and the households (1–30) they look
 * after. The admins over the member's branch designate and revoke (the server refuses a unit's
 * member or a household outside the branch's grids, in words); grid workers and the auditor read.
 */
export function CentralHouseholds({ communityId, areaId }: { communityId: string; areaId: string }) {
  const { t } = useI18n();
  const account = useAccount();
  const fail = useFailure();
  const mayAct = isAdmin(account);
  const paged = usePaged('/central-households', { query: { within: communityId, status: 'active' } });
  const [designating, setDesignating] = useState(false);

  const revoke = async (c: CentralHousehold) => {
    try {
      await api.post('/central-households/{id}/revoke', { path: { id: c.memberId } });
      paged.reload();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {mayAct && (
        <Button onClick={() => setDesignating(true)} data-testid="central-designate">
          {t('grid.designate')}
        </Button>
      )}
      <PagedTable<CentralHousehold>
        paged={paged}
        empty={mayAct ? t('grid.noCentralAdmin') : t('grid.noCentral')}
        testId="central-table"
        columns={[
          { title: t('grid.member'), render: (_, c) => c.name ?? <MemberName id={c.memberId} /> },
          {
            title: t('grid.lookedAfter'),
            render: (_, c) => (
              <Space size={[4, 4]} wrap>
                {c.households.map((h) => (
                  <Tag key={h.householdId}>{h.label}</Tag>
                ))}
              </Space>
            ),
          },
          { title: t('grid.designatedOn'), render: (_, c) => c.designatedOn.slice(0, 10) },
          {
            title: t('common.actions'),
            render: (_, c) =>
              mayAct && (
                <Popconfirm
                  title={t('grid.revokeConfirm')}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => revoke(c)}
                >
                  <Button size="small" type="link" danger>
                    {t('grid.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Designate
        open={designating}
        communityId={communityId}
        areaId={areaId}
        onClose={() => setDesignating(false)}
        onSaved={() => {
          setDesignating(false);
          paged.reload();
        }}
      />
    </Space>
  );
}

function Designate({
  open,
  communityId,
  areaId,
  onClose,
  onSaved,
}: {
  open: boolean;
  communityId: string;
  areaId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<{ memberId: string; householdIds: string[] }>();
  const [busy, setBusy] = useState(false);
  const [households, setHouseholds] = useState<Household[]>([]);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    let live = true;
    api
      .get('/households', { query: { areaId, limit: 200 } })
      .then((p) => live && setHouseholds(p.items))
      .catch(() => live && setHouseholds([]));
    return () => {
      live = false;
    };
  }, [open, areaId, form]);
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      await api.post('/central-households', { body: values });
      message.success(t('grid.designated'));
      onSaved();
    } catch (e) {
      formFailure(form, e, ['memberId', 'householdIds']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('grid.designate')}
      onCancel={onClose}
      onOk={save}
      confirmLoading={busy}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'central-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="memberId"
          label={t('grid.member')}
          extra={t('grid.centralMemberHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <MemberPicker id="central-member" communityId={communityId} />
        </Form.Item>
        <Form.Item
          name="householdIds"
          label={t('grid.lookedAfter')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            id="central-households"
            mode="multiple"
            optionFilterProp="label"
            options={households.map((h) => ({ value: h.id, label: h.label }))}
            notFoundContent={t('grid.noHouseholds')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
