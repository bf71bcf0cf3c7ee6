import { Alert, Card, Descriptions, Space, Spin, Steps, Tag, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, type SpendingTrace, type TraceStep } from '../../api';
import { useErrorText } from '../../components/data';
import { minute } from '../../components/format';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../messages';
import { fenToYuan } from '@gongjian/contracts';
import { Yuan } from './money';

/**
 * 支出追溯: a spending traced back to its fund from the event log itself — 开设基金 → 申请拨付 →
 * 批准拨付 → 认捐 → 支出 → 冲销 — each step with who did it, when, its place in the log, its hash,
 * and whether the fund's hash chain verifies from its first event up to it.
 */
export default function SpendingTracePage() {
  const { id = '', spendingId = '' } = useParams();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [trace, setTrace] = useState<SpendingTrace | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    api
      .get('/audit/traces/spendings/{spendingId}', { path: { spendingId } })
      .then((x) => live && (setTrace(x), setError(null)))
      .catch((e: ApiError) => live && setError(e));
    return () => {
      live = false;
    };
  }, [spendingId]);

  const back = <Link to={`/funds/${id}?tab=spendings`}>{t('trace.back')}</Link>;
  if (error) return <Alert type="error" showIcon message={errorText(error)} action={back} />;
  if (!trace) return <Spin style={{ display: 'block', margin: 48 }} />;
  return (
    <Card
      title={
        <Space>
          <span data-testid="trace-title">{t('trace.title')}</span>
          {trace.reversed && <Tag color="red">{t('trace.reversed')}</Tag>}
        </Space>
      }
      extra={back}
    >
      {trace.chain.intact ? (
        <Alert
          type="success"
          showIcon
          message={t('trace.chainIntact', { n: trace.chain.checkedEvents })}
          data-testid="trace-chain"
          data-intact="true"
        />
      ) : (
        <Alert
          type="error"
          showIcon
          message={t('trace.chainBroken', { n: trace.chain.breaks.length })}
          data-testid="trace-chain"
          data-intact="false"
        />
      )}
      <Steps
        direction="vertical"
        style={{ marginTop: 24 }}
        current={trace.steps.length}
        data-testid="trace-steps"
        items={trace.steps.map((s) => ({
          status: s.chainVerified ? ('finish' as const) : ('error' as const),
          title: (
            <Space data-testid="trace-step" data-step={s.step}>
              <Typography.Text strong>{t(`trace.step.${s.step}` as MessageKey)}</Typography.Text>
              {s.chainVerified ? (
                <Tag color="green">{t('trace.verified')}</Tag>
              ) : (
                <Tag color="red">{t('trace.unverified')}</Tag>
              )}
            </Space>
          ),
          description: <StepDetails step={s} names={trace.names} />,
        }))}
      />
    </Card>
  );
}

function StepDetails({ step, names }: { step: TraceStep; names: Record<string, string> }) {
  const { t, label } = useI18n();
  const who = step.actor.displayName ?? step.actor.username;
  return (
    <Descriptions size="small" column={{ xs: 1, lg: 2, xxl: 3 }} style={{ margin: '4px 0 16px' }}>
      <Descriptions.Item label={t('trace.who')}>
        <Space size={4} style={{ whiteSpace: 'nowrap' }}>
          <span data-testid="trace-who">{who ?? t('trace.system')}</span>
          {step.actor.username && (
            <Typography.Text code data-latin>
              {step.actor.username}
            </Typography.Text>
          )}
          {step.actor.role !== 'system' && <Tag>{label('role', step.actor.role)}</Tag>}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('trace.when')}>{minute(step.at)}</Descriptions.Item>
      <Descriptions.Item label={t('trace.hash')}>
        <Typography.Text code copyable={{ text: step.hash }} title={step.hash} data-testid="trace-hash">
          {step.hash.slice(0, 16)}…
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('trace.position')}>
        {step.globalPosition}（#{step.streamRevision}）
      </Descriptions.Item>
      {facts(step, names, t).map(([key, value]) => (
        <Descriptions.Item key={key} label={key}>
          {value}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/** What the step's event says, in words: the amounts (fen in the event) as 元. */
function facts(
  step: TraceStep,
  names: Record<string, string>,
  t: ReturnType<typeof useI18n>['t'],
): Array<[string, ReactNode]> {
  const d = step.data as Record<string, unknown>;
  const money = (key: string) => (typeof d[key] === 'number' ? <Yuan value={fenToYuan(d[key] as number)} /> : '—');
  switch (step.step) {
    case 'fund_opened':
      return [
        [t('common.name'), String(d.name ?? '')],
        [t('funds.yearlyAmount'), money('yearlyAmount')],
      ];
    case 'allocation_requested':
      return [
        [t('funds.purpose'), String(d.purpose ?? '')],
        [t('funds.amount'), money('amount')],
      ];
    case 'contribution':
      return [
        [t('funds.unit'), names[String(d.unitId)] ?? String(d.unitId ?? '').slice(0, 8)],
        [t('funds.amount'), money('amount')],
      ];
    case 'spending':
      return [
        [t('funds.payee'), String(d.payee ?? '')],
        [t('funds.spendingPurpose'), String(d.purpose ?? '')],
        [t('funds.amount'), money('amount')],
        [t('funds.spentOn'), String(d.spentOn ?? '')],
        [
          t('trace.receipt'),
          <Typography.Text code key="r" title={String(d.receiptSha256)} data-testid="trace-receipt">
            {String(d.receiptSha256 ?? '').slice(0, 16)}…
          </Typography.Text>,
        ],
      ];
    case 'reversal':
      return [[t('trace.reason'), String(d.reason ?? '')]];
    default:
      return [];
  }
}
