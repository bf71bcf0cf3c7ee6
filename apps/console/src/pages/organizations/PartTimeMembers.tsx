import { App, Button, DatePicker, Form, Input, Modal, Popconfirm, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, type PartTimeMember } from '../../api';
import { type OrgNode, OrgName, useFailure, useFormFailure, useItems } from '../../components/data';
import { useI18n } from '../../i18n';
import { isAdmin, useAccount } from '../../session';
import { UnitPicker } from './UnitPicker';

interface AppointForm {
  unitId: string;
  personName: string;
  position: string;
  term: [Dayjs, Dayjs];
}

/**
 * 兼职委员 of a street's or community's committee (大工委/大党委): the person a member unit
 * sends, the post, the term; ended appointments stay as the history. An admin appoints one and
 * ends a term; the unit's side may end it too (the server decides, the page offers it to admins
 * and the unit's contact).
 */
export function PartTimeMembers({ node }: { node: OrgNode }) {
  const { t } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const fail = useFailure();
  const formFailure = useFormFailure();
  const { items, setItems } = useItems<PartTimeMember>(
    () => api.get('/organizations/{id}/part-time-members', { path: { id: node.id } }),
    node.id,
  );
  const [appointing, setAppointing] = useState(false);
  const [form] = Form.useForm<AppointForm>();
  const mayAppoint = isAdmin(account);

  const appoint = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      const res = await api.post('/organizations/{id}/part-time-members', {
        path: { id: node.id },
        body: {
          unitId: values.unitId,
          personName: values.personName,
          position: values.position,
          term: { from: values.term[0].format('YYYY-MM-DD'), to: values.term[1].format('YYYY-MM-DD') },
        },
      });
      setItems(res.items);
      message.success(t('org.appointed'));
      setAppointing(false);
    } catch (e) {
      formFailure(form, e, ['unitId', 'personName', 'position', 'term']);
    }
  };

  const end = async (p: PartTimeMember) => {
    try {
      const res = await api.post('/organizations/{id}/part-time-members/{appointmentId}/end', {
        path: { id: node.id, appointmentId: p.appointmentId },
      });
      setItems(res.items);
      message.success(t('org.termEnded'));
    } catch (e) {
      fail(e);
    }
  };

  const current = (items ?? []).filter((p) => p.endedOn === null).length;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {mayAppoint && (
        <Button
          type="primary"
          onClick={() => {
            form.resetFields();
            setAppointing(true);
          }}
          data-testid="part-time-add"
        >
          {t('org.appoint')}
        </Button>
      )}
      <Table<PartTimeMember>
        size="small"
        rowKey="appointmentId"
        loading={items === null}
        dataSource={[...(items ?? [])].sort((a, b) => Number(a.endedOn !== null) - Number(b.endedOn !== null))}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        data-testid="part-time-table"
        footer={() => t('org.partTimeTotal', { current, all: items?.length ?? 0 })}
        columns={[
          { title: t('org.personName'), dataIndex: 'personName' },
          { title: t('org.position'), dataIndex: 'position' },
          { title: t('org.kind.unit'), dataIndex: 'unitId', render: (id: string) => <OrgName id={id} /> },
          { title: t('org.term'), render: (_, p) => `${p.term.from} ~ ${p.term.to}` },
          {
            title: t('common.status'),
            render: (_, p) =>
              p.endedOn ? (
                <Tag>{t('org.termEndedOn', { date: p.endedOn })}</Tag>
              ) : (
                <Tag color="green">{t('org.inOffice')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            render: (_, p) =>
              p.endedOn === null &&
              (isAdmin(account) || account.orgId === p.unitId) && (
                <Popconfirm title={t('org.endTermConfirm', { name: p.personName })} onConfirm={() => end(p)}>
                  <Button size="small" type="link" danger data-testid="part-time-end">
                    {t('org.endTerm')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal
        open={appointing}
        title={t('org.appointTitle', { name: node.name })}
        onCancel={() => setAppointing(false)}
        onOk={appoint}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'part-time-save' } as Record<string, string>}
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="unitId"
            label={t('org.fromUnit')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <UnitPicker id="part-time-unit" />
          </Form.Item>
          <Form.Item
            name="personName"
            label={t('org.personName')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input id="part-time-name" maxLength={50} />
          </Form.Item>
          <Form.Item
            name="position"
            label={t('org.position')}
            extra={t('org.positionHint')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input id="part-time-position" maxLength={50} />
          </Form.Item>
          <Form.Item name="term" label={t('org.term')} rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker.RangePicker id="part-time-term" style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
