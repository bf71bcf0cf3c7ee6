import { App, Button, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type Fund, type Spending } from '../../api';
import { useFailure, usePaged } from '../../components/data';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { useAccount } from '../../session';
import { useApprovedBudgets } from './Contributions';
import { adminOver, grouped, lineageOf, openReceipt, ReasonModal, TRACES, useAdminOver, Yuan } from './money';
import { SpendingForm } from './SpendingForm';

/**
 * The spending of a fund's budgets (or of one), each with its receipt (opened from the server by
 * its hash) and, once reversed (冲销), the reason. The admins running a budget record its spending
 * and reverse a wrong entry — a compensating posting; the spending stays on record. District
 * admins and auditors open each spending's trace (追溯) back to the fund.
 */
export function Spendings({ fund, tick, onChanged }: { fund: Fund; tick: number; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const account = useAccount();
  const fail = useFailure();
  const budgets = useApprovedBudgets(fund.id, tick);
  const [allocationId, setAllocationId] = useState<string | undefined>();
  const paged = usePaged('/funds/{id}/spendings', { path: { id: fund.id }, query: { allocationId } });
  const [reversing, setReversing] = useState<Spending | null>(null);
  const [spendable, setSpendable] = useState<string[]>([]);
  const [recording, setRecording] = useState(false);
  // the trace of a spending, from the log: for those who audit (district admins and auditors)
  const traces = TRACES.includes(account.role);
  useEffect(() => {
    if (tick > 0) paged.reload();
  }, [tick]);
  // the budgets this account may spend: those of its organisation or below it
  useEffect(() => {
    let live = true;
    Promise.all(budgets.map(async (b) => (adminOver(account, await lineageOf(b.targetOrgId)) ? b.id : null))).then(
      (ids) => live && setSpendable(ids.filter((x): x is string => x !== null)),
    );
    return () => {
      live = false;
    };
  }, [budgets, account]);
  const chosen = budgets.find((b) => b.id === allocationId) ?? null;
  const purposeOf = (id: string) => budgets.find((b) => b.id === id)?.purpose ?? '…';

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Select
          allowClear
          style={{ width: 320 }}
          placeholder={t('funds.allBudgets')}
          value={allocationId}
          onChange={setAllocationId}
          options={budgets.map((b) => ({ value: b.id, label: b.purpose }))}
          data-testid="spendings-budget"
        />
        {chosen && spendable.includes(chosen.id) && (
          <Button type="primary" onClick={() => setRecording(true)} data-testid="spending-record">
            {t('funds.recordSpending')}
          </Button>
        )}
      </Space>
      {chosen && (
        <Typography.Text type="secondary">
          {t('funds.budgetLeft')} <Yuan value={chosen.left} />
        </Typography.Text>
      )}
      <PagedTable<Spending>
        paged={paged}
        empty={t('funds.noSpendings')}
        testId="spendings-table"
        columns={[
          { title: t('funds.spentOn'), dataIndex: 'spentOn' },
          { title: t('funds.payee'), dataIndex: 'payee' },
          { title: t('funds.spendingPurpose'), dataIndex: 'purpose' },
          { title: t('funds.budget'), render: (_, s) => purposeOf(s.allocationId) },
          {
            title: t('funds.amount'),
            align: 'right',
            render: (_, s) => (
              <span style={s.reversed ? { textDecoration: 'line-through' } : undefined}>
                <Yuan value={s.amount} testId="spending-amount" />
              </span>
            ),
          },
          {
            title: t('funds.receipt'),
            render: (_, s) => (
              <a
                onClick={() => openReceipt(fund.id, s.receiptSha256).catch(fail)}
                title={s.receiptSha256}
                data-testid="receipt-link"
              >
                {t('funds.receiptOpen')}
              </a>
            ),
          },
          {
            title: t('common.status'),
            render: (_, s) =>
              s.reversed ? (
                <Space direction="vertical" size={0}>
                  <Tag color="red">{t('funds.reversed')}</Tag>
                  <Typography.Text type="secondary" data-testid="spending-reversed-reason">
                    {s.reversedReason}
                  </Typography.Text>
                </Space>
              ) : (
                <Tag color="green">{t('funds.booked')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            render: (_, s) => (
              <Space>
                <ReverseButton spending={s} onClick={() => setReversing(s)} />
                {traces && (
                  <Link to={`/funds/${fund.id}/spendings/${s.id}/trace`} data-testid="spending-trace">
                    {t('trace.link')}
                  </Link>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ReasonModal
        open={reversing !== null}
        title={t('funds.reverseOf', {
          payee: reversing?.payee ?? '',
          amount: reversing ? grouped(reversing.amount) : '',
        })}
        label={t('funds.reverseReason')}
        okText={t('funds.reverse')}
        testId="reverse"
        onClose={() => setReversing(null)}
        onSubmit={async (reason) => {
          await api.post('/funds/{id}/spendings/{spendingId}/reversal', {
            path: { id: fund.id, spendingId: reversing!.id },
            body: { reason },
          });
          message.success(t('funds.reversedDone'));
          onChanged();
        }}
      />
      <SpendingForm
        fundId={fund.id}
        allocation={recording ? chosen : null}
        onClose={() => setRecording(false)}
        onRecorded={() => {
          setRecording(false);
          onChanged();
        }}
      />
    </Space>
  );
}

function ReverseButton({ spending, onClick }: { spending: Spending; onClick: () => void }) {
  const { t } = useI18n();
  const may = useAdminOver(spending.reversed ? null : spending.targetOrgId);
  if (!may) return null;
  return (
    <Button size="small" danger onClick={onClick} data-testid="spending-reverse">
      {t('funds.reverse')}
    </Button>
  );
}
