import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Merchant, type MerchantStatement, type StatementLine } from '../../api';
import { MemberName, useErrorText, useFailure, useFormFailure } from '../../components/data';
import { minute } from '../../components/format';
import { useI18n } from '../../i18n';
import { grouped, ReasonModal, Yuan } from '../funds/money';
import { chinaToday } from './terms';

/**
 * 月结单: a merchant's redemptions of a month (China's calendar), each at the yuan value of the
 * terms of its day, the reversed ones struck through with their reason, the totals (兑换, 已撤销,
 * 净额), the office's confirmations and whether the last still holds. Those who manage the merchant
 * confirm the month (核对) and reverse a disputed redemption (撤销兑换); the sheet downloads as .xlsx.
 */
export function Statement({ merchant, manages }: { merchant: Merchant; manages: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const fail = useFailure();
  const [month, setMonth] = useState<Dayjs>(dayjs(chinaToday()));
  const [statement, setStatement] = useState<MerchantStatement | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [tick, setTick] = useState(0);
  const [reversing, setReversing] = useState<StatementLine | null>(null);
  const [reconciling, setReconciling] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const ym = month.format('YYYY-MM');
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    setLoading(true);
    api
      .get('/merchants/{id}/statements/{month}', { path: { id: merchant.id, month: ym } })
      .then((s) => live && (setStatement(s), setError(null)))
      .catch((e: ApiError) => live && (setStatement(null), setError(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [merchant.id, ym, tick]);

  const download = async () => {
    setDownloading(true);
    try {
      await api.download(
        '/exports/merchant-statement.xlsx',
        { query: { merchantId: merchant.id, month: ym } },
        `商户对账单-${merchant.name}-${ym}.xlsx`,
      );
    } catch (e) {
      fail(e);
    } finally {
      setDownloading(false);
    }
  };

  const totals = statement?.totals;
  const confirmations = statement?.reconciliations ?? [];
  const lines = statement?.lines ?? [];
  return (
    <Card
      title={
        <Space>
          <span>{t('merchants.statement')}</span>
          <span data-testid="statement-month">
            <DatePicker
              picker="month"
              allowClear={false}
              value={month}
              onChange={(d) => d && setMonth(d)}
              disabledDate={(d) => d.format('YYYY-MM') > chinaToday().slice(0, 7)}
            />
          </span>
          {statement &&
            (statement.reconciled ? (
              <Tag color="green" data-testid="statement-reconciled">
                {t('merchants.reconciled')}
              </Tag>
            ) : confirmations.length > 0 ? (
              <Tag color="orange" data-testid="statement-changed">
                {t('merchants.changedSince')}
              </Tag>
            ) : (
              <Tag data-testid="statement-unreconciled">{t('merchants.unreconciled')}</Tag>
            ))}
        </Space>
      }
      extra={
        <Space>
          {manages && statement && !statement.reconciled && (
            <Button type="primary" onClick={() => setReconciling(true)} data-testid="statement-reconcile">
              {confirmations.length > 0 ? t('merchants.reconcileAgain') : t('merchants.reconcile')}
            </Button>
          )}
          <Button onClick={download} loading={downloading} data-testid="statement-export">
            {t('merchants.export')}
          </Button>
        </Space>
      }
    >
      {error && (
        <Alert
          type={error.status === 403 ? 'info' : 'error'}
          showIcon
          message={error.status === 403 ? t('merchants.noStatement') : errorText(error)}
        />
      )}
      {totals && (
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} data-testid="statement-totals" bordered>
          <Descriptions.Item label={t('merchants.redemptions')}>
            <span data-testid="statement-count">{totals.redemptions}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('merchants.gross')}>
            {t('merchants.pointsOf', { n: totals.points })} · <Yuan value={totals.yuan} testId="statement-yuan" />
          </Descriptions.Item>
          <Descriptions.Item label={t('merchants.reversedTotal')}>
            {t('merchants.pointsOf', { n: totals.reversedPoints })} ·{' '}
            <Yuan value={totals.reversedYuan} testId="statement-reversed-yuan" />
          </Descriptions.Item>
          <Descriptions.Item label={t('merchants.net')}>
            <span data-testid="statement-net-points" data-points={totals.netPoints}>
              {t('merchants.pointsOf', { n: totals.netPoints })}
            </span>{' '}
            · <Yuan value={totals.netYuan} testId="statement-net-yuan" strong />
          </Descriptions.Item>
        </Descriptions>
      )}
      <Table<StatementLine>
        style={{ marginTop: 12 }}
        size="middle"
        rowKey="redemptionId"
        loading={loading}
        pagination={false}
        dataSource={lines}
        data-testid="statement-lines"
        rowClassName={(l) => (l.reversed ? 'statement-reversed' : '')}
        locale={{ emptyText: t('merchants.noLines') }}
        columns={[
          { title: t('merchants.day'), dataIndex: 'day' },
          { title: t('merchants.member'), render: (_, l) => <MemberName id={l.memberId} /> },
          {
            title: t('merchants.redemptionPoints'),
            align: 'right',
            render: (_, l) => <Struck on={l.reversed}>{l.points}</Struck>,
          },
          {
            title: t('merchants.rate'),
            render: (_, l) => t('merchants.rateOf', { points: l.pointsPerYuan }),
          },
          {
            title: t('merchants.yuanValue'),
            align: 'right',
            render: (_, l) => (
              <Struck on={l.reversed}>
                <Yuan value={l.yuan} testId="line-yuan" />
              </Struck>
            ),
          },
          {
            title: t('merchants.lineStatus'),
            render: (_, l) =>
              l.reversed ? (
                <Space direction="vertical" size={0}>
                  <Tag color="red" data-testid="line-reversed">
                    {t('merchants.reversed')}
                  </Tag>
                  <Typography.Text type="secondary" data-testid="line-reversed-reason">
                    {t('merchants.reversedFor', { at: minute(l.reversedAt), reason: l.reversedReason ?? '' })}
                  </Typography.Text>
                </Space>
              ) : (
                <Tag color="green">{t('merchants.standing')}</Tag>
              ),
          },
          ...(manages
            ? [
                {
                  title: t('common.actions'),
                  render: (_: unknown, l: StatementLine) =>
                    !l.reversed && (
                      <Button size="small" danger onClick={() => setReversing(l)} data-testid="line-reverse">
                        {t('merchants.reverse')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('merchants.confirmations')}
      </Typography.Title>
      {confirmations.length === 0 ? (
        <Typography.Text type="secondary">{t('merchants.noConfirmations')}</Typography.Text>
      ) : (
        <ul data-testid="statement-confirmations" style={{ paddingLeft: 20, margin: 0 }}>
          {confirmations.map((c) => (
            <li key={c.id}>
              <Typography.Text code data-latin>
                {c.confirmedBy}
              </Typography.Text>{' '}
              {t('merchants.confirmedAt', { at: minute(c.confirmedAt) })}：
              {t('merchants.confirmedTotals', { points: c.totals.netPoints, yuan: grouped(c.totals.netYuan) })}
              {c.note && <Typography.Text type="secondary">（{c.note}）</Typography.Text>}
            </li>
          ))}
        </ul>
      )}
      <ReasonModal
        open={reversing !== null}
        title={t('merchants.reverseOf', {
          points: reversing?.points ?? 0,
          yuan: reversing ? grouped(reversing.yuan) : '',
        })}
        label={t('merchants.reverseReason')}
        okText={t('merchants.reverse')}
        testId="redemption-reverse"
        onClose={() => setReversing(null)}
        onSubmit={async (reason) => {
          await api.post('/members/{id}/redemptions/{redemptionId}/reversal', {
            path: { id: reversing!.memberId, redemptionId: reversing!.redemptionId },
            body: { reason },
          });
          message.success(t('merchants.reversedDone'));
          reload();
        }}
      />
      {statement && (
        <ReconcileForm
          open={reconciling}
          statement={statement}
          onClose={() => setReconciling(false)}
          onDone={() => {
            setReconciling(false);
            message.success(t('merchants.reconciledDone'));
            reload();
          }}
        />
      )}
    </Card>
  );
}

function Struck({ on, children }: { on: boolean; children: ReactNode }) {
  return <span style={on ? { textDecoration: 'line-through', color: '#999' } : undefined}>{children}</span>;
}

/** 核对: the office confirms the month's net as the statement shows it (the API refuses other totals). */
function ReconcileForm({
  open,
  statement,
  onClose,
  onDone,
}: {
  open: boolean;
  statement: MerchantStatement;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ note?: string }>();
  const [busy, setBusy] = useState(false);
  const formFailure = useFormFailure();
  const { netPoints, netYuan } = statement.totals;
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const submit = async () => {
    const { note } = await form.validateFields();
    setBusy(true);
    try {
      await api.post('/merchants/{id}/statements/{month}/reconcile', {
        path: { id: statement.merchantId, month: statement.month },
        body: { netPoints, netYuan, note: note?.trim() || undefined },
      });
      onDone();
    } catch (e) {
      formFailure(form, e, ['note']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('merchants.reconcileOf', { month: statement.month })}
      onCancel={onClose}
      onOk={submit}
      okText={t('merchants.reconcile')}
      okButtonProps={{ loading: busy, 'data-testid': 'reconcile-submit' }}
      cancelText={t('common.cancel')}
    >
      <Typography.Paragraph type="secondary">{t('merchants.reconcileHint')}</Typography.Paragraph>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('merchants.net')}>
          {t('merchants.pointsOf', { n: netPoints })} · <Yuan value={netYuan} strong />
        </Descriptions.Item>
      </Descriptions>
      <Form form={form} layout="vertical" name="reconcile">
        <Form.Item name="note" label={t('merchants.reconcileNote')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
