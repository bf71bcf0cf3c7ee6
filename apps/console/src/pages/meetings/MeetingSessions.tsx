import { App, Button, DatePicker, Empty, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, ApiError, type Schemas } from '../../api';
import { type OrgNode, useFailure, useFormFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import { useAccount } from '../../session';
import { Proposals } from './Proposals';
import { UnitPicker } from '../organizations/UnitPicker';
import { useAdminOver } from '../funds/money';

export type SessionSummary = Schemas['JointMeetingSessions']['items'][number];
type AgendaKind = Schemas['SessionAgendaItemDto']['kind'];
const KINDS: AgendaKind[] = ['unit_proposal', 'party_member_proposal', 'needs', 'offers', 'projects'];

interface ConveneForm {
  heldOn: Dayjs;
  place: string;
  title: string;
  agenda: Array<{ kind: AgendaKind; title: string; description?: string; refs?: string[]; proposedBy?: string }>;
  proposalIds?: string[];
}

export function SessionStatusTag({ status }: { status: 'convened' | 'held' }) {
  const { t } = useI18n();
  return <Tag color={status === 'held' ? 'default' : 'processing'}>{t(`meeting.status.${status}`)}</Tag>;
}

/**
 * 联席会议 — the sessions of an organisation's joint meeting (district, street or community): the
 * list with each session's decisions and open and overdue action items; the admins over the
 * organisation convene one (day, place, title, agenda). Member units' contacts read the list.
 */
export function MeetingSessions({ node }: { node: OrgNode }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const fail = useFailure();
  const formFailure = useFormFailure();
  const navigate = useNavigate();
  const runs = useAdminOver(node.id);
  const account = useAccount();
  const [items, setItems] = useState<SessionSummary[] | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const [pending, setPending] = useState<Array<{ value: string; label: string }>>([]);
  const [convening, setConvening] = useState(false);
  const [form] = Form.useForm<ConveneForm>();
  const load = useCallback(
    () =>
      api
        .get('/organizations/{id}/joint-meeting/sessions', { path: { id: node.id } })
        .then((r) => (setItems(r.items), setForbidden(false)))
        .catch((e) => {
          setItems([]);
          if (e instanceof ApiError && e.status === 403) setForbidden(true);
          else fail(e);
        }),
    [node.id, fail],
  );
  useEffect(() => {
    load();
  }, [load]);

  const convene = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      const session = await api.post('/organizations/{id}/joint-meeting/sessions', {
        path: { id: node.id },
        body: {
          heldOn: values.heldOn.format('YYYY-MM-DD'),
          place: values.place,
          title: values.title,
          ...(values.proposalIds?.length ? { proposalIds: values.proposalIds } : {}),
          agenda: (values.agenda ?? []).map((a) => ({
            kind: a.kind,
            title: a.title,
            ...(a.description ? { description: a.description } : {}),
            ...(a.refs?.length ? { refs: a.refs } : {}),
            ...(a.proposedBy ? { proposedBy: a.proposedBy } : {}),
          })),
        },
      });
      message.success(t('meeting.convened', { title: session.title }));
      setConvening(false);
      navigate(`/joint-meeting-sessions/${session.id}`);
    } catch (e) {
      formFailure(form, e, ['heldOn', 'place', 'title', 'agenda', 'proposalIds']);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {runs && (
        <Button
          type="primary"
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ heldOn: dayjs(), agenda: [] });
            api
              .get('/organizations/{id}/joint-meeting/proposals', {
                path: { id: node.id },
                query: { status: 'pending' },
              })
              .then((r) =>
                setPending(r.items.map((p) => ({ value: p.id, label: `${t(`meeting.kind.${p.kind}`)}：${p.title}` }))),
              )
              .catch(() => setPending([]));
            setConvening(true);
          }}
          data-testid="meeting-convene"
        >
          {t('meeting.convene')}
        </Button>
      )}
      {forbidden ? (
        <Empty description={t('meeting.notReader')} />
      ) : (
        <Table<SessionSummary>
          size="small"
          rowKey="id"
          loading={items === null}
          dataSource={items ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('meeting.sessionsEmpty')} /> }}
          data-testid="meeting-sessions"
          columns={[
            { title: t('meeting.heldOn'), dataIndex: 'heldOn' },
            {
              title: t('meeting.title'),
              render: (_, s) => <Link to={`/joint-meeting-sessions/${s.id}`}>{s.title}</Link>,
            },
            { title: t('meeting.place'), dataIndex: 'place' },
            { title: t('common.status'), render: (_, s) => <SessionStatusTag status={s.status} /> },
            { title: t('meeting.decisions'), dataIndex: 'decisions' },
            {
              title: t('meeting.openItems'),
              render: (_, s) => (
                <Space size={4}>
                  {s.openActionItems}
                  {s.overdueActionItems > 0 && (
                    <Tag color="red">
                      {t('meeting.overdueItems')} {s.overdueActionItems}
                    </Tag>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      <Proposals node={node} admin={runs} mayPropose={account.role === 'unit_contact' || account.role === 'member'} />
      <Modal
        open={convening}
        title={`${t('meeting.convene')} · ${node.name}`}
        onCancel={() => setConvening(false)}
        onOk={convene}
        okText={t('meeting.convene')}
        cancelText={t('common.cancel')}
        width={720}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'meeting-convene-save' } as Record<string, string>}
      >
        <Form form={form} layout="vertical">
          <Space wrap align="start">
            <Form.Item
              name="heldOn"
              label={t('meeting.heldOn')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker id="meeting-held-on" />
            </Form.Item>
            <Form.Item
              name="place"
              label={t('meeting.place')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input id="meeting-place" maxLength={100} style={{ width: 220 }} />
            </Form.Item>
          </Space>
          <Form.Item
            name="title"
            label={t('meeting.title')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input id="meeting-title" maxLength={200} />
          </Form.Item>
          {pending.length > 0 && (
            <Form.Item name="proposalIds" label={t('meeting.pendingProposals')}>
              <Select id="meeting-proposals" mode="multiple" options={pending} optionFilterProp="label" />
            </Form.Item>
          )}
          <Form.List name="agenda">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                {fields.map((field, i) => (
                  <AgendaItemFields key={field.key} name={field.name} index={i} onRemove={() => remove(field.name)} />
                ))}
                <Button onClick={() => add({ kind: 'unit_proposal' })} data-testid="meeting-add-item">
                  {t('meeting.addAgendaItem')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form>
      </Modal>
    </Space>
  );
}

function AgendaItemFields({ name, index, onRemove }: { name: number; index: number; onRemove: () => void }) {
  const { t } = useI18n();
  const kind = Form.useWatch(['agenda', name, 'kind']) as AgendaKind | undefined;
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Space wrap align="start" style={{ borderTop: '1px dashed #ddd', paddingTop: 8 }} data-testid="meeting-agenda-item">
      <Form.Item name={[name, 'kind']} label={t('meeting.itemKind')} rules={[{ required: true }]}>
        <Select
          id={`agenda-kind-${index}`}
          style={{ width: 140 }}
          options={KINDS.map((k) => ({ value: k, label: t(`meeting.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name={[name, 'title']} label={t('meeting.itemTitle')} rules={required}>
        <Input id={`agenda-title-${index}`} maxLength={200} style={{ width: 240 }} />
      </Form.Item>
      {kind === 'unit_proposal' && (
        <Form.Item
          name={[name, 'proposedBy']}
          label={t('meeting.proposedBy')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <UnitPicker id={`agenda-unit-${index}`} />
        </Form.Item>
      )}
      {kind === 'party_member_proposal' && (
        <Form.Item name={[name, 'proposedBy']} label={t('meeting.proposerMember')} rules={required}>
          <Input id={`agenda-member-${index}`} maxLength={100} style={{ width: 240 }} />
        </Form.Item>
      )}
      {(kind === 'needs' || kind === 'offers' || kind === 'projects') && (
        <Form.Item
          name={[name, 'refs']}
          label={t('meeting.refs')}
          extra={t('meeting.refsHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select id={`agenda-refs-${index}`} mode="tags" style={{ width: 260 }} open={false} />
        </Form.Item>
      )}
      <Form.Item name={[name, 'description']} label={t('meeting.itemDescription')}>
        <Input id={`agenda-description-${index}`} maxLength={2000} style={{ width: 240 }} />
      </Form.Item>
      <Button type="link" danger onClick={onRemove} style={{ marginTop: 30 }}>
        {t('meeting.remove')}
      </Button>
    </Space>
  );
}
