import { Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space, Button } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { CATEGORY_CODES, QUANTITY_UNIT_CODES, URGENCY_CODES } from '@gongjian/contracts';
import { api, type Schemas } from '../../api';
import { useFormFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import type { Session } from './SessionPage';

type Body = Schemas['RecordDecisionDto'];
type NeedDraft = Schemas['NeedDraftDto'];
type OwnerKind = Body['actionItems'][number]['owner']['kind'];
export interface Choice {
  value: string;
  label: string;
}

interface DecisionValues {
  outcome: Body['outcome'];
  method: Body['method'];
  votes?: { for: number; against: number; abstain: number };
  actionItems?: Array<{
    title: string;
    ownerKind: OwnerKind;
    ownerId: string;
    dueOn: Dayjs;
    createNeed?: boolean;
    /** an open matching proposal of the owner unit the decision accepts for both sides */
    proposalId?: string;
    need?: {
      communityId: string;
      title: string;
      category: NeedDraft['category'];
      amount: number;
      unit: NeedDraft['quantity']['unit'];
      window: [Dayjs, Dayjs];
      urgency: NeedDraft['urgency'];
    };
  }>;
}

/**
 * The open matching proposals (匹配建议) of a unit, for the decision to accept for both sides: the
 * need ← the offer, in its community. Empty until a unit is chosen.
 */
function useUnitProposals(unitId: string | undefined): Choice[] {
  const [choices, setChoices] = useState<Choice[]>([]);
  useEffect(() => {
    let live = true;
    if (!unitId) {
      setChoices([]);
      return;
    }
    api
      .get('/proposals', { query: { unitId, status: 'pending', limit: 100 } })
      .then(
        (p) =>
          live &&
          setChoices(
            p.items.map((x) => ({
              value: x.id,
              label: `${x.need?.title ?? x.needId.slice(0, 8)} ← ${x.offer?.title ?? x.offerId.slice(0, 8)}（${x.communityName}）`,
            })),
          ),
      )
      .catch(() => live && setChoices([]));
    return () => {
      live = false;
    };
  }, [unitId]);
  return choices;
}

/** 关联匹配建议: the proposals of the action item's owner unit, when the owner is a unit. */
function ProposalSelect({ id, unitId, ...props }: { id: string; unitId: string | undefined }) {
  const { t } = useI18n();
  const choices = useUnitProposals(unitId);
  return (
    <Select
      {...props}
      id={id}
      allowClear
      style={{ width: 320 }}
      placeholder={
        !unitId ? t('meeting.proposalPickUnit') : choices.length ? t('meeting.proposalPick') : t('meeting.proposalNone')
      }
      notFoundContent={t('meeting.proposalNone')}
      options={choices}
    />
  );
}

/**
 * 大事共议 — the decision on one agenda item: adopted, rejected or deferred, by votes (counted
 * against attendance by the server) or by consensus, with its action items (owner, due day) and,
 * on an adopted decision, a need an action item posts (the matching service posts it) or, for an
 * item a unit owns, an open matching proposal of that unit the decision accepts for both sides
 * (the matching service creates its co-build project).
 */
export function DecisionForm({
  session,
  agendaItemId,
  units,
  partTimeMembers,
  onClose,
  onSaved,
}: {
  session: Session;
  agendaItemId: string | null;
  units: Choice[];
  partTimeMembers: Choice[];
  onClose: () => void;
  onSaved: (s: Session) => void;
}) {
  const { t, label } = useI18n();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<DecisionValues>();
  const method = Form.useWatch('method', form);
  const outcome = Form.useWatch('outcome', form);
  const [communities, setCommunities] = useState<Choice[]>([]);
  useEffect(() => {
    api
      .get('/organizations', { query: { kind: 'community', within: session.orgId, limit: 200 } })
      .then((p) => setCommunities(p.items.map((c) => ({ value: c.id, label: c.name }))))
      .catch(() => setCommunities([]));
  }, [session.orgId]);

  const owners = (kind: OwnerKind | undefined): Choice[] =>
    kind === 'unit'
      ? units
      : kind === 'part_time_member'
        ? partTimeMembers
        : [{ value: session.orgId, label: t('meeting.owner.organization') }];

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !agendaItemId) return;
    try {
      const saved = await api.post('/joint-meeting-sessions/{id}/decisions', {
        path: { id: session.id },
        body: {
          agendaItemId,
          outcome: v.outcome,
          method: v.method,
          ...(v.method === 'votes' && v.votes ? { votes: v.votes } : {}),
          actionItems: (v.actionItems ?? []).map((a) => ({
            title: a.title,
            owner: { kind: a.ownerKind, id: a.ownerId },
            dueOn: a.dueOn.format('YYYY-MM-DD'),
            ...(v.outcome === 'adopted' && a.ownerKind === 'unit' && a.proposalId ? { proposalId: a.proposalId } : {}),
            ...(a.createNeed && a.need
              ? {
                  need: {
                    communityId: a.need.communityId,
                    title: a.need.title,
                    category: a.need.category,
                    quantity: { amount: a.need.amount, unit: a.need.unit },
                    window: {
                      from: a.need.window[0].format('YYYY-MM-DD'),
                      to: a.need.window[1].format('YYYY-MM-DD'),
                    },
                    urgency: a.need.urgency,
                  },
                }
              : {}),
          })),
        },
      });
      onSaved(saved);
    } catch (e) {
      formFailure(form, e, ['outcome', 'votes', 'agendaItemId', 'actionItems']);
    }
  };

  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={agendaItemId !== null}
      title={t('meeting.decide')}
      onCancel={onClose}
      onOk={save}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      width={760}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'decision-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical" initialValues={{ outcome: 'adopted', method: 'votes', actionItems: [] }}>
        <Space wrap align="start">
          <Form.Item name="outcome" label={t('meeting.outcome')} rules={[required]}>
            <Radio.Group id="decision-outcome">
              {(['adopted', 'rejected', 'deferred'] as const).map((o) => (
                <Radio.Button key={o} value={o} data-testid={`decision-outcome-${o}`}>
                  {t(`meeting.outcome.${o}`)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="method" label={t('meeting.method')} rules={[required]}>
            <Radio.Group id="decision-method">
              {(['votes', 'consensus'] as const).map((m) => (
                <Radio.Button key={m} value={m} data-testid={`decision-method-${m}`}>
                  {t(`meeting.method.${m}`)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
        </Space>
        {method === 'votes' && (
          <Space wrap>
            {(['for', 'against', 'abstain'] as const).map((k) => (
              <Form.Item
                key={k}
                name={['votes', k]}
                label={t(
                  k === 'for' ? 'meeting.votesFor' : k === 'against' ? 'meeting.votesAgainst' : 'meeting.votesAbstain',
                )}
                rules={[required]}
                initialValue={0}
              >
                <InputNumber id={`decision-votes-${k}`} min={0} precision={0} />
              </Form.Item>
            ))}
          </Space>
        )}
        <Form.List name="actionItems">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, i) => (
                <Space
                  key={field.key}
                  direction="vertical"
                  style={{ width: '100%', borderTop: '1px dashed #ddd', paddingTop: 8 }}
                >
                  <Space wrap align="start">
                    <Form.Item
                      name={[field.name, 'title']}
                      label={t('meeting.actionTitle')}
                      rules={[{ ...required, whitespace: true }]}
                    >
                      <Input id={`action-title-${i}`} maxLength={200} style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'ownerKind']}
                      label={t('meeting.owner')}
                      rules={[required]}
                      initialValue="unit"
                    >
                      <Select
                        id={`action-owner-kind-${i}`}
                        style={{ width: 110 }}
                        onChange={(kind: OwnerKind) => {
                          form.setFieldValue(
                            ['actionItems', field.name, 'ownerId'],
                            kind === 'organization' ? session.orgId : undefined,
                          );
                          form.setFieldValue(['actionItems', field.name, 'proposalId'], undefined);
                        }}
                        options={(['unit', 'organization', 'part_time_member'] as const).map((k) => ({
                          value: k,
                          label: t(`meeting.owner.${k}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() => (
                        <Form.Item name={[field.name, 'ownerId']} label={t('meeting.ownerWho')} rules={[required]}>
                          <Select
                            id={`action-owner-${i}`}
                            style={{ width: 160 }}
                            onChange={() => form.setFieldValue(['actionItems', field.name, 'proposalId'], undefined)}
                            options={owners(form.getFieldValue(['actionItems', field.name, 'ownerKind']))}
                          />
                        </Form.Item>
                      )}
                    </Form.Item>
                    <Form.Item name={[field.name, 'dueOn']} label={t('meeting.dueOn')} rules={[required]}>
                      <DatePicker id={`action-due-${i}`} />
                    </Form.Item>
                    <Button type="link" danger onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                      {t('meeting.remove')}
                    </Button>
                  </Space>
                  {outcome === 'adopted' && (
                    <Form.Item noStyle shouldUpdate>
                      {() =>
                        form.getFieldValue(['actionItems', field.name, 'ownerKind']) === 'unit' && (
                          <Form.Item
                            name={[field.name, 'proposalId']}
                            label={t('meeting.proposal')}
                            extra={
                              form.getFieldValue(['actionItems', field.name, 'proposalId'])
                                ? t('meeting.proposalHint')
                                : undefined
                            }
                            style={{ marginBottom: 4, paddingLeft: 24 }}
                          >
                            <ProposalSelect
                              id={`action-proposal-${i}`}
                              unitId={form.getFieldValue(['actionItems', field.name, 'ownerId'])}
                            />
                          </Form.Item>
                        )
                      }
                    </Form.Item>
                  )}
                  {outcome === 'adopted' && (
                    <Form.Item name={[field.name, 'createNeed']} valuePropName="checked" style={{ marginBottom: 4 }}>
                      <Checkbox id={`action-need-${i}`}>{t('meeting.createNeed')}</Checkbox>
                    </Form.Item>
                  )}
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      outcome === 'adopted' &&
                      form.getFieldValue(['actionItems', field.name, 'createNeed']) && (
                        <Space wrap align="start" style={{ paddingLeft: 24 }} data-testid="action-need-fields">
                          <Form.Item
                            name={[field.name, 'need', 'communityId']}
                            label={t('meeting.needCommunity')}
                            rules={[required]}
                          >
                            <Select id={`need-community-${i}`} style={{ width: 160 }} options={communities} />
                          </Form.Item>
                          <Form.Item
                            name={[field.name, 'need', 'title']}
                            label={t('meeting.needTitle')}
                            rules={[{ ...required, whitespace: true }]}
                          >
                            <Input id={`need-title-${i}`} maxLength={100} style={{ width: 180 }} />
                          </Form.Item>
                          <Form.Item
                            name={[field.name, 'need', 'category']}
                            label={t('meeting.needCategory')}
                            rules={[required]}
                          >
                            <Select
                              id={`need-category-${i}`}
                              style={{ width: 120 }}
                              options={CATEGORY_CODES.map((c) => ({ value: c, label: label('category', c) }))}
                            />
                          </Form.Item>
                          <Form.Item
                            name={[field.name, 'need', 'amount']}
                            label={t('meeting.needAmount')}
                            rules={[required]}
                          >
                            <InputNumber id={`need-amount-${i}`} min={0.01} />
                          </Form.Item>
                          <Form.Item
                            name={[field.name, 'need', 'unit']}
                            label={t('meeting.needUnit')}
                            rules={[required]}
                            initialValue="person_hours"
                          >
                            <Select
                              id={`need-unit-${i}`}
                              style={{ width: 100 }}
                              options={QUANTITY_UNIT_CODES.map((u) => ({ value: u, label: label('unit', u) }))}
                            />
                          </Form.Item>
                          <Form.Item
                            name={[field.name, 'need', 'window']}
                            label={t('meeting.needWindow')}
                            rules={[required]}
                            initialValue={[dayjs(session.heldOn), dayjs(session.heldOn).add(3, 'month')]}
                          >
                            <DatePicker.RangePicker id={`need-window-${i}`} />
                          </Form.Item>
                          <Form.Item
                            name={[field.name, 'need', 'urgency']}
                            label={t('meeting.needUrgency')}
                            rules={[required]}
                            initialValue="normal"
                          >
                            <Select
                              id={`need-urgency-${i}`}
                              style={{ width: 100 }}
                              options={URGENCY_CODES.map((u) => ({ value: u, label: label('urgency', u) }))}
                            />
                          </Form.Item>
                        </Space>
                      )
                    }
                  </Form.Item>
                </Space>
              ))}
              <Button
                onClick={() => add({ ownerKind: 'unit', dueOn: dayjs(session.heldOn).add(1, 'month') })}
                data-testid="decision-add-action"
              >
                {t('meeting.addActionItem')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
