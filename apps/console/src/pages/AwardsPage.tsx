import { App, Button, Card, Form, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { AWARD_KIND_CODES, AWARD_STATUS_CODES, type AwardKind, type AwardStatus } from '@gongjian/contracts';
import { api, type Award } from '../api';
import { OrgName, useFailure, useFormFailure, useScopeTree } from '../components/data';
import { OrgPicker } from '../components/OrgPicker';
import { useI18n } from '../i18n';
import { useAccount } from '../session';
import { ReasonModal } from './funds/money';

const THIS_YEAR = new Date().getFullYear();
const STATUS_COLOURS: Record<AwardStatus, string> = { proposed: 'gold', confirmed: 'green', rejected: 'default' };

/**
 * 评优: the awards of a year (先锋党员 from the 先锋指数, 五星党支部 from the 堡垒指数). A district
 * admin proposes them from the year's ranking (the first N of a scope) and confirms or rejects each;
 * street and community admins see their subtree's, the auditor all — neither acts.
 */
export default function AwardsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const fail = useFailure();
  const account = useAccount();
  const district = account.role === 'district_admin';
  const [year, setYear] = useState<number>(THIS_YEAR);
  const [kind, setKind] = useState<AwardKind | undefined>();
  const [status, setStatus] = useState<AwardStatus | undefined>();
  const [awards, setAwards] = useState<Award[]>([]);
  const [proposing, setProposing] = useState(false);
  const [rejecting, setRejecting] = useState<Award | null>(null);

  const load = useCallback(() => {
    api
      .get('/assessment/awards', { query: { year, kind, status } })
      .then((r) => setAwards(r.items))
      .catch(fail);
  }, [year, kind, status, fail]);
  useEffect(load, [load]);

  const confirm = (award: Award) =>
    api
      .post('/assessment/awards/{id}/confirm', { path: { id: award.id }, body: {} })
      .then((a) => (message.success(t('awards.confirmed', { name: a.subjectName ?? a.subjectId })), load()))
      .catch(fail);

  return (
    <Card
      title={t('awards.title')}
      extra={
        district && (
          <Button type="primary" onClick={() => setProposing(true)} data-testid="awards-propose">
            {t('awards.propose')}
          </Button>
        )
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <InputNumber<number>
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            addonBefore={t('awards.year')}
            style={{ width: 160 }}
          />
          <Select<AwardKind>
            allowClear
            style={{ width: 180 }}
            placeholder={t('awards.kind')}
            value={kind}
            onChange={setKind}
            options={AWARD_KIND_CODES.map((k) => ({ value: k, label: label('awardKind', k) }))}
          />
          <Select<AwardStatus>
            allowClear
            style={{ width: 140 }}
            placeholder={t('common.status')}
            value={status}
            onChange={setStatus}
            options={AWARD_STATUS_CODES.map((s) => ({ value: s, label: label('awardStatus', s) }))}
          />
        </Space>
        <Table<Award>
          rowKey="id"
          dataSource={awards}
          pagination={{ pageSize: 20 }}
          locale={{ emptyText: t('awards.empty') }}
          data-testid="awards-table"
          columns={[
            { title: t('awards.kind'), render: (_, a) => <Tag color="red">{label('awardKind', a.kind)}</Tag> },
            { title: t('awards.year'), dataIndex: 'year', width: 80 },
            { title: t('awards.subject'), render: (_, a) => a.subjectName ?? a.subjectId },
            { title: t('awards.org'), render: (_, a) => <OrgName id={a.subjectOrgId} /> },
            { title: t('awards.rank'), dataIndex: 'rank', width: 90 },
            { title: t('awards.index'), dataIndex: 'index', align: 'right', width: 90 },
            {
              title: t('common.status'),
              render: (_, a) => <Tag color={STATUS_COLOURS[a.status]}>{label('awardStatus', a.status)}</Tag>,
            },
            ...(district
              ? [
                  {
                    title: t('common.actions'),
                    render: (_: unknown, a: Award) =>
                      a.status === 'proposed' && (
                        <Space>
                          <Button size="small" type="primary" onClick={() => confirm(a)} data-testid="award-confirm">
                            {t('awards.confirm')}
                          </Button>
                          <Button size="small" onClick={() => setRejecting(a)} data-testid="award-reject">
                            {t('awards.reject')}
                          </Button>
                        </Space>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Space>
      <ProposeForm
        open={proposing}
        year={year}
        onClose={() => setProposing(false)}
        onProposed={(n) => {
          setProposing(false);
          message.success(n ? t('awards.proposed', { n }) : t('awards.none'));
          load();
        }}
      />
      <ReasonModal
        open={rejecting !== null}
        title={t('awards.reject')}
        label={t('awards.rejectReason')}
        okText={t('awards.reject')}
        testId="award-reject-form"
        onClose={() => setRejecting(null)}
        onSubmit={(reason) =>
          api
            .post('/assessment/awards/{id}/reject', { path: { id: rejecting!.id }, body: { reason } })
            .then(() => (setRejecting(null), message.success(t('awards.rejected')), load()))
        }
      />
    </Card>
  );
}

interface ProposeValues {
  kind: AwardKind;
  year: number;
  top: number;
  scopeOrgId?: string;
}

function ProposeForm({
  open,
  year,
  onClose,
  onProposed,
}: {
  open: boolean;
  year: number;
  onClose: () => void;
  onProposed: (n: number) => void;
}) {
  const { t, label } = useI18n();
  const account = useAccount();
  const { tree } = useScopeTree(account);
  const [form] = Form.useForm<ProposeValues>();
  const [busy, setBusy] = useState(false);
  const formFailure = useFormFailure();
  useEffect(() => {
    if (open) form.setFieldsValue({ kind: 'pioneer_member', year, top: 10, scopeOrgId: undefined });
  }, [open, form, year]);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      const proposed = await api.post('/assessment/awards', { body: values });
      onProposed(proposed.items.length);
    } catch (error) {
      formFailure(form, error, ['kind', 'year', 'top', 'scopeOrgId']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('awards.proposeTitle')}
      okText={t('awards.propose')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="awards-propose-form">
        <Form.Item name="kind" label={t('awards.kind')} rules={[{ required: true }]}>
          <Select options={AWARD_KIND_CODES.map((k) => ({ value: k, label: label('awardKind', k) }))} />
        </Form.Item>
        <Form.Item name="year" label={t('awards.year')} rules={[{ required: true }]}>
          <InputNumber<number> min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="top" label={t('awards.top')} rules={[{ required: true }]}>
          <InputNumber<number> min={1} max={100} />
        </Form.Item>
        <Form.Item name="scopeOrgId" label={t('awards.scope')}>
          <OrgPicker tree={tree} kinds={['district', 'street', 'community']} allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}
