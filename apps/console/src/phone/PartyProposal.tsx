import { App, Button, Card, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, type Schemas } from '../api';
import { orgName, useFormFailure } from '../components/data';
import { useI18n } from '../i18n';
import { useAccount } from '../session';

type Proposal = Schemas['JointMeetingProposals']['items'][number];
const LEVELS = ['district', 'street', 'community'];

/**
 * The joint meetings (联席会议) above an organisation: its community, street and district, nearest
 * first. A party organisation (a branch, a group) lies in its community.
 */
async function meetingsAbove(orgId: string): Promise<Array<{ value: string; label: string }>> {
  let areaId = orgId;
  for (let i = 0; i < 3; i++) {
    const area = await api.get('/organizations/{id}', { path: { id: areaId } }).catch(() => null);
    if (area) {
      const ids = (area.lineage ?? [area.id]).slice().reverse();
      const entries = await Promise.all(ids.map((id) => api.get('/organizations/{id}', { path: { id } })));
      const meetings = entries.filter((e) => LEVELS.includes(e.kind));
      return Promise.all(meetings.map(async (e) => ({ value: e.id, label: await orgName(e.id) })));
    }
    const party = await api.get('/party-organizations/{id}', { path: { id: areaId } }).catch(() => null);
    if (!party?.parentId) return [];
    areaId = party.parentId;
  }
  return [];
}

/**
 * 党员提案: a party member proposes a matter to the joint meeting of its community, street or
 * district; it waits, pending, until the meeting's admins put it on a session's agenda.
 */
export function PartyProposal() {
  const { t } = useI18n();
  const account = useAccount();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<{ orgId: string; title: string; description?: string }>();
  const [meetings, setMeetings] = useState<Array<{ value: string; label: string }>>([]);
  const [mine, setMine] = useState<Proposal[]>([]);
  const [open, setOpen] = useState(false);
  const load = useCallback(async (choices: Array<{ value: string }>) => {
    const lists = await Promise.all(
      choices.map((m) =>
        api
          .get('/organizations/{id}/joint-meeting/proposals', { path: { id: m.value } })
          .then((r) => r.items)
          .catch(() => [] as Proposal[]),
      ),
    );
    setMine(lists.flat().sort((a, b) => b.submittedOn.localeCompare(a.submittedOn)));
  }, []);
  useEffect(() => {
    if (!account.orgId) return;
    meetingsAbove(account.orgId)
      .then((m) => {
        setMeetings(m);
        return load(m);
      })
      .catch(() => setMeetings([]));
  }, [account.orgId, load]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await api.post('/organizations/{id}/joint-meeting/proposals', {
        path: { id: v.orgId },
        body: { title: v.title, ...(v.description ? { description: v.description } : {}) },
      });
      message.success(t('meeting.proposalSubmitted'));
      form.resetFields();
      setOpen(false);
      await load(meetings);
    } catch (e) {
      formFailure(form, e, ['title', 'description']);
    }
  };

  if (meetings.length === 0) return null;
  return (
    <Card
      size="small"
      title={t('meeting.kind.party_member_proposal')}
      extra={
        !open && (
          <Button size="small" type="link" onClick={() => setOpen(true)} data-testid="party-proposal-open">
            {t('meeting.submitProposal')}
          </Button>
        )
      }
      data-testid="party-proposal"
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {open && (
          <Form form={form} layout="vertical" initialValues={{ orgId: meetings[0].value }}>
            <Form.Item name="orgId" label={t('org.jointMeeting')} rules={[{ required: true }]}>
              <Select id="party-proposal-meeting" options={meetings} />
            </Form.Item>
            <Form.Item
              name="title"
              label={t('meeting.itemTitle')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input id="party-proposal-title" maxLength={200} />
            </Form.Item>
            <Form.Item name="description" label={t('meeting.itemDescription')}>
              <Input.TextArea id="party-proposal-description" rows={3} maxLength={2000} />
            </Form.Item>
            <Button type="primary" block onClick={submit} data-testid="party-proposal-submit">
              {t('meeting.submitProposal')}
            </Button>
          </Form>
        )}
        {mine.map((p) => (
          <Space
            key={p.id}
            style={{ width: '100%', justifyContent: 'space-between' }}
            data-testid="party-proposal-item"
          >
            <Typography.Text>{p.title}</Typography.Text>
            <Tag color={p.status === 'scheduled' ? 'success' : 'processing'}>{t(`meeting.proposal.${p.status}`)}</Tag>
          </Space>
        ))}
      </Space>
    </Card>
  );
}
