import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { type Allocation, api, type Contribution, type Fund, type OrgNode } from '../../api';
import { OrgName, useFormFailure, usePaged } from '../../components/data';
import { minute } from '../../components/format';
import { OrgPicker } from '../../components/OrgPicker';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { Yuan, YUAN_INPUT } from './money';

/** The approved budgets of a fund (the first 200): what 认捐 and spending go into. */
export function useApprovedBudgets(fundId: string, tick: number): Allocation[] {
  const [budgets, setBudgets] = useState<Allocation[]>([]);
  useEffect(() => {
    let live = true;
    api
      .get('/funds/{id}/allocations', { path: { id: fundId }, query: { limit: 200 } })
      .then((p) => live && setBudgets(p.items.filter((a) => a.status === 'approved')))
      .catch(() => live && setBudgets([]));
    return () => {
      live = false;
    };
  }, [fundId, tick]);
  return budgets;
}

/**
 * 认捐 a fund received, into the fund or into one of its budgets, each with the unit that gave it.
 * The owner's admins record one (a unit picked from the owner's area).
 */
export function Contributions({
  fund,
  ownerAdmin,
  tick,
  onChanged,
}: {
  fund: Fund;
  ownerAdmin: boolean;
  tick: number;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const paged = usePaged('/funds/contributions', { query: { fundId: fund.id } });
  const budgets = useApprovedBudgets(fund.id, tick);
  const [recording, setRecording] = useState(false);
  useEffect(() => {
    if (tick > 0) paged.reload();
  }, [tick]);
  const purposeOf = (id: string | null) =>
    id ? (budgets.find((b) => b.id === id)?.purpose ?? '…') : t('funds.intoFund');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {ownerAdmin && (
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button type="primary" onClick={() => setRecording(true)} data-testid="contribution-record">
            {t('funds.recordContribution')}
          </Button>
        </Space>
      )}
      <PagedTable<Contribution>
        paged={paged}
        empty={ownerAdmin ? t('funds.noContributionsAdmin') : t('funds.noContributions')}
        testId="contributions-table"
        columns={[
          { title: t('funds.unit'), dataIndex: 'unitId', render: (id: string) => <OrgName id={id} /> },
          {
            title: t('funds.amount'),
            align: 'right',
            render: (_, c) => <Yuan value={c.amount} testId="contribution-amount" />,
          },
          { title: t('funds.into'), render: (_, c) => purposeOf(c.allocationId) },
          { title: t('funds.note'), dataIndex: 'note', render: (n: string) => n || '—' },
          { title: t('funds.recordedAt'), render: (_, c) => minute(c.recordedAt) },
        ]}
      />
      <ContributionForm
        fund={fund}
        budgets={budgets}
        open={recording}
        onClose={() => setRecording(false)}
        onRecorded={() => {
          setRecording(false);
          onChanged();
        }}
      />
    </Space>
  );
}

interface Values {
  unitId: string;
  amount: string;
  allocationId?: string;
  note?: string;
}

function ContributionForm({
  fund,
  budgets,
  open,
  onClose,
  onRecorded,
}: {
  fund: Fund;
  budgets: Allocation[];
  open: boolean;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [tree, setTree] = useState<OrgNode | null>(null);
  const formFailure = useFormFailure();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    api
      .get('/organizations/{id}/tree', { path: { id: fund.ownerOrgId } })
      .then(setTree)
      .catch(() => setTree(null));
  }, [open, fund.ownerOrgId, form]);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      await api.post('/funds/{id}/contributions', {
        path: { id: fund.id },
        body: { ...values, note: values.note?.trim() || undefined },
      });
      message.success(t('funds.contributionRecorded'));
      onRecorded();
    } catch (e) {
      formFailure(form, e, ['unitId', 'amount', 'allocationId', 'note']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('funds.recordContribution')}
      onCancel={onClose}
      onOk={submit}
      okText={t('funds.record')}
      okButtonProps={{ loading: busy, 'data-testid': 'contribution-submit' }}
      cancelText={t('common.cancel')}
    >
      <Form form={form} layout="vertical" name="contribution">
        <Form.Item name="unitId" label={t('funds.unit')} rules={[{ required: true, message: t('funds.unitRequired') }]}>
          <OrgPicker tree={tree} kinds={['unit']} id="contribution_unitId" placeholder={t('funds.pickUnit')} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('funds.amount')}
          rules={[
            { required: true, message: t('funds.amountRequired') },
            { pattern: YUAN_INPUT, message: t('funds.amountFormat') },
          ]}
        >
          <Input addonAfter={t('funds.yuan')} />
        </Form.Item>
        <Form.Item name="allocationId" label={t('funds.into')} extra={t('funds.intoHint')}>
          <Select
            allowClear
            placeholder={t('funds.intoFund')}
            options={budgets.map((b) => ({ value: b.id, label: b.purpose }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('funds.note')} rules={[{ max: 500 }]}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
