import { App, Button, Descriptions, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { type Allocation, api, type Fund } from '../../api';
import { EntityTitle, OrgName, useFailure, usePaged } from '../../components/data';
import { minute } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { grouped, ReasonModal, useAdminOver, Yuan } from './money';
import { SpendingForm } from './SpendingForm';

const STATUS_COLOURS: Record<Allocation['status'], string> = { requested: 'gold', approved: 'green', rejected: 'red' };

/** An allocation's status as a coloured tag, in words. */
export function AllocationStatus({ status }: { status: Allocation['status'] }) {
  const { label } = useI18n();
  return (
    <Tag color={STATUS_COLOURS[status]} data-status={status}>
      {label('allocation', status)}
    </Tag>
  );
}

const microProjectNames = new Map<string, Promise<string>>();

/** What an allocation funds: the 微项目's name (a link to its page) or the co-build project's title. */
export function TargetName({ allocation }: { allocation: Pick<Allocation, 'target' | 'targetId'> }) {
  const { label } = useI18n();
  const [name, setName] = useState<string | null>(null);
  const { target, targetId } = allocation;
  useEffect(() => {
    let live = true;
    if (target === 'micro_project') {
      if (!microProjectNames.has(targetId))
        microProjectNames.set(
          targetId,
          api
            .get('/micro-projects/{id}', { path: { id: targetId } })
            .then((p) => p.name)
            .catch(() => targetId.slice(0, 8)),
        );
      microProjectNames.get(targetId)!.then((n) => live && setName(n));
    }
    return () => {
      live = false;
    };
  }, [target, targetId]);
  return (
    <Space size={4}>
      <Tag>{label('allocationTarget', target)}</Tag>
      {target === 'micro_project' ? (
        <Link to={`/micro-projects/${targetId}`}>{name ?? '…'}</Link>
      ) : (
        <EntityTitle route="/projects/{id}" id={targetId} />
      )}
    </Space>
  );
}

/** The columns every list of allocations shows: what, who asked, how much, its state and its money. */
export function useAllocationColumns() {
  const { t } = useI18n();
  return [
    { title: t('funds.purpose'), dataIndex: 'purpose' },
    { title: t('funds.target'), render: (_: unknown, a: Allocation) => <TargetName allocation={a} /> },
    { title: t('funds.requestedBy'), render: (_: unknown, a: Allocation) => <OrgName id={a.targetOrgId} /> },
    {
      title: t('funds.amount'),
      align: 'right' as const,
      render: (_: unknown, a: Allocation) => <Yuan value={a.amount} testId="allocation-amount" />,
    },
    {
      title: t('common.status'),
      render: (_: unknown, a: Allocation) => (
        <Space direction="vertical" size={0}>
          <AllocationStatus status={a.status} />
          {a.status === 'rejected' && a.reason && (
            <Typography.Text type="secondary" data-testid="allocation-reason">
              {t('funds.rejectedFor', { reason: a.reason })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('funds.requestedAt'),
      render: (_: unknown, a: Allocation) => (
        <Space direction="vertical" size={0}>
          <span>{minute(a.requestedAt)}</span>
          {a.decidedAt && (
            <Typography.Text type="secondary">{t('funds.decidedAt', { at: minute(a.decidedAt) })}</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('funds.budgetMoney'),
      render: (_: unknown, a: Allocation) =>
        a.status === 'approved' ? (
          <Space direction="vertical" size={0} data-testid="allocation-money">
            <span>
              {t('funds.contributed')} <Yuan value={a.contributed} />
            </span>
            <span>
              {t('funds.spent')} <Yuan value={a.spent} testId="allocation-spent" />
            </span>
            <span>
              {t('funds.left')} <Yuan value={a.left} testId="allocation-left" strong />
            </span>
          </Space>
        ) : (
          '—'
        ),
    },
  ];
}

/**
 * Every allocation of a fund. The owner's admins approve (the money moves into the budget) or
 * reject with a reason a request; the admins running a budget's project record its spending.
 */
export function Allocations({
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
  const paged = usePaged('/funds/{id}/allocations', { path: { id: fund.id } });
  const columns = useAllocationColumns();
  const [rejecting, setRejecting] = useState<Allocation | null>(null);
  const [spending, setSpending] = useState<Allocation | null>(null);
  const { message } = App.useApp();
  const fail = useFailure();
  useEffect(() => {
    if (tick > 0) paged.reload();
  }, [tick]);

  const approve = async (a: Allocation) => {
    try {
      await api.post('/funds/{id}/allocations/{allocationId}/approve', { path: { id: fund.id, allocationId: a.id } });
      message.success(t('funds.approved'));
      onChanged();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <>
      <PagedTable<Allocation>
        paged={paged}
        empty={t('funds.noAllocations')}
        testId="allocations-table"
        columns={[
          ...columns,
          {
            title: t('common.actions'),
            render: (_, a) => (
              <AllocationActions
                allocation={a}
                ownerAdmin={ownerAdmin}
                onApprove={() => approve(a)}
                onReject={() => setRejecting(a)}
                onSpend={() => setSpending(a)}
              />
            ),
          },
        ]}
      />
      <ReasonModal
        open={rejecting !== null}
        title={t('funds.rejectOf', { purpose: rejecting?.purpose ?? '' })}
        label={t('funds.rejectReason')}
        okText={t('funds.reject')}
        testId="reject"
        onClose={() => setRejecting(null)}
        onSubmit={async (reason) => {
          await api.post('/funds/{id}/allocations/{allocationId}/reject', {
            path: { id: fund.id, allocationId: rejecting!.id },
            body: { reason },
          });
          message.success(t('funds.rejected'));
          onChanged();
        }}
      />
      <SpendingForm
        fundId={fund.id}
        allocation={spending}
        onClose={() => setSpending(null)}
        onRecorded={() => {
          setSpending(null);
          onChanged();
        }}
      />
    </>
  );
}

/** A row's actions: 审批/驳回 for the owner's admins while requested, 支出 for those running the budget. */
export function AllocationActions({
  allocation,
  ownerAdmin,
  onApprove,
  onReject,
  onSpend,
}: {
  allocation: Allocation;
  ownerAdmin: boolean;
  onApprove?: () => void;
  onReject?: () => void;
  onSpend: () => void;
}) {
  const { t } = useI18n();
  const spends = useAdminOver(allocation.status === 'approved' ? allocation.targetOrgId : null);
  if (allocation.status === 'requested' && ownerAdmin && onApprove && onReject)
    return (
      <Space>
        <Popconfirm
          title={t('funds.approveConfirm', { amount: grouped(allocation.amount) })}
          onConfirm={onApprove}
          okText={t('funds.approve')}
          cancelText={t('common.cancel')}
        >
          <Button size="small" type="primary" data-testid="allocation-approve">
            {t('funds.approve')}
          </Button>
        </Popconfirm>
        <Button size="small" danger onClick={onReject} data-testid="allocation-reject">
          {t('funds.reject')}
        </Button>
      </Space>
    );
  if (spends)
    return (
      <Button size="small" onClick={onSpend} data-testid="allocation-spend">
        {t('funds.recordSpending')}
      </Button>
    );
  return null;
}

/**
 * What a 微项目 or co-build project has from the funds, as items of its page's Descriptions:
 * 预算, 认捐, 已支出 and 结余, the figures the server counted (`<prefix>-budget`… test ids).
 */
export function targetMoneyItems(
  t: ReturnType<typeof useI18n>['t'],
  money: { budget: string; contributed: string; spent: string; left: string },
  prefix: string,
) {
  return [
    <Descriptions.Item key="budget" label={t('mp.budget')}>
      <Yuan value={money.budget} testId={`${prefix}-budget`} />
    </Descriptions.Item>,
    <Descriptions.Item key="contributed" label={t('mp.contributed')}>
      <Yuan value={money.contributed} testId={`${prefix}-contributed`} />
    </Descriptions.Item>,
    <Descriptions.Item key="spent" label={t('mp.spent')}>
      <Yuan value={money.spent} testId={`${prefix}-spent`} />
    </Descriptions.Item>,
    <Descriptions.Item key="left" label={t('mp.left')}>
      <Yuan value={money.left} testId={`${prefix}-left`} strong />
    </Descriptions.Item>,
  ];
}

/**
 * The allocations asked for one 微项目 or co-build project, in every fund: the fund (a link), the
 * columns of a fund's list but the target and who runs it (the page says both), and 记录支出 on an
 * approved one for those who run the project (approval is the fund owner's, on the fund's page).
 */
export function TargetAllocations({
  allocations,
  funds,
  emptyText,
  testId,
  size = 'middle',
  onSpend,
}: {
  allocations: Allocation[] | null;
  funds: Pick<Fund, 'id' | 'name'>[];
  emptyText: string;
  testId: string;
  size?: 'small' | 'middle';
  onSpend: (allocation: Allocation) => void;
}) {
  const { t } = useI18n();
  const [purpose, , , ...rest] = useAllocationColumns();
  const fundName = (fundId: string) => funds.find((f) => f.id === fundId)?.name ?? '…';
  return (
    <Table<Allocation>
      size={size}
      rowKey="id"
      pagination={false}
      loading={allocations === null}
      dataSource={allocations ?? []}
      data-testid={testId}
      locale={{ emptyText }}
      columns={[
        {
          title: t('mp.fund'),
          render: (_, a) => <Link to={`/funds/${a.fundId}?tab=allocations`}>{fundName(a.fundId)}</Link>,
        },
        purpose,
        ...rest,
        {
          title: t('common.actions'),
          render: (_, a) => <AllocationActions allocation={a} ownerAdmin={false} onSpend={() => onSpend(a)} />,
        },
      ]}
    />
  );
}
