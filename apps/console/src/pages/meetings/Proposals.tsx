import { App, Button, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type Schemas } from '../../api';
import { type OrgNode, OrgName, useFormFailure, useItems } from '../../components/data';
import { useI18n } from '../../i18n';

type Proposal = Schemas['JointMeetingProposals']['items'][number];

/**
 * 党员提案 and units' proposals to a joint meeting: a member unit's contact or a party member of
 * the area submits one (it waits, pending); the admins see every one and put pending ones on a
 * session's agenda when they convene it; the proposers follow their own.
 */
export function Proposals({ node, admin, mayPropose }: { node: OrgNode; admin: boolean; mayPropose: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const { items, load } = useItems<Proposal>(
    () => api.get('/organizations/{id}/joint-meeting/proposals', { path: { id: node.id } }),
    node.id,
  );
  const [submitting, setSubmitting] = useState(false);
  const [form] = Form.useForm<{ title: string; description?: string }>();

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await api.post('/organizations/{id}/joint-meeting/proposals', {
        path: { id: node.id },
        body: { title: v.title, ...(v.description ? { description: v.description } : {}) },
      });
      message.success(t('meeting.proposalSubmitted'));
      setSubmitting(false);
      load();
    } catch (e) {
      formFailure(form, e, ['title', 'description']);
    }
  };

  if (!admin && !mayPropose) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <strong>{admin ? t('meeting.proposals') : t('meeting.myProposals')}</strong>
        {mayPropose && (
          <Button
            size="small"
            onClick={() => {
              form.resetFields();
              setSubmitting(true);
            }}
            data-testid="proposal-submit"
          >
            {t('meeting.submitProposal')}
          </Button>
        )}
      </Space>
      <Table<Proposal>
        size="small"
        rowKey="id"
        loading={items === null}
        dataSource={items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        data-testid="meeting-proposals"
        columns={[
          { title: t('meeting.submittedOn'), dataIndex: 'submittedOn' },
          { title: t('meeting.itemKind'), render: (_, p) => <Tag color="blue">{t(`meeting.kind.${p.kind}`)}</Tag> },
          { title: t('meeting.itemTitle'), dataIndex: 'title' },
          {
            title: t('meeting.proposedBy'),
            render: (_, p) =>
              p.kind === 'unit_proposal' ? <OrgName id={p.proposedBy} /> : <span data-latin>{p.proposedBy}</span>,
          },
          {
            title: t('common.status'),
            render: (_, p) =>
              p.status === 'scheduled' && p.sessionId ? (
                <Link to={`/joint-meeting-sessions/${p.sessionId}`}>
                  <Tag color="success">{t('meeting.proposal.scheduled')}</Tag>
                </Link>
              ) : (
                <Tag color="processing">{t('meeting.proposal.pending')}</Tag>
              ),
          },
        ]}
      />
      <Modal
        open={submitting}
        title={`${t('meeting.submitProposal')} · ${node.name}`}
        onCancel={() => setSubmitting(false)}
        onOk={submit}
        okText={t('meeting.submitProposal')}
        cancelText={t('common.cancel')}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'proposal-save' } as Record<string, string>}
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="title"
            label={t('meeting.itemTitle')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input id="proposal-title" maxLength={200} />
          </Form.Item>
          <Form.Item name="description" label={t('meeting.itemDescription')}>
            <Input.TextArea id="proposal-description" rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
