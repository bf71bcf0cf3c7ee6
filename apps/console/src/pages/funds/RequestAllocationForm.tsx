import { Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type Allocation, api, type Fund } from '../../api';
import { useFormFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import { lineageOf, Yuan, YUAN_INPUT } from './money';

/**
 * The funds a project may ask (a 微项目 or a co-build project): those of the organisation that runs
 * it and of the organisations above it (a budget comes from a fund whose area holds the project),
 * each with the project's allocations in it.
 */
export function useFundsFor(orgId: string | undefined, targetId: string | undefined, tick: number) {
  const [funds, setFunds] = useState<Fund[]>([]);
  const [allocations, setAllocations] = useState<Allocation[] | null>(null);
  useEffect(() => {
    if (!orgId || !targetId) return;
    let live = true;
    (async () => {
      const owners = await lineageOf(orgId);
      const pages = await Promise.all(
        owners.map((ownerOrgId) => api.get('/funds', { query: { ownerOrgId, limit: 100 } })),
      );
      const found = pages.flatMap((p) => p.items).sort((a, b) => b.year - a.year);
      const mine = await Promise.all(
        found.map((f) => api.get('/funds/{id}/allocations', { path: { id: f.id }, query: { targetId, limit: 100 } })),
      );
      if (!live) return;
      setFunds(found);
      setAllocations(mine.flatMap((p) => p.items).sort((a, b) => b.requestedAt.localeCompare(a.requestedAt)));
    })().catch(() => live && (setFunds([]), setAllocations([])));
    return () => {
      live = false;
    };
  }, [orgId, targetId, tick]);
  return { funds, allocations };
}

/**
 * 申请拨款: asks one of `funds` for a budget for the project (`POST /funds/{id}/allocations`, its
 * target a 微项目 or a co-build project), with the amount and purpose; the fund's owner approves it.
 */
export function RequestAllocationForm({
  open,
  target,
  targetId,
  name,
  funds,
  testId,
  onClose,
  onDone,
}: {
  open: boolean;
  target: Allocation['target'];
  targetId: string;
  name: string;
  funds: Fund[];
  testId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<{ fundId: string; amount: string; purpose: string }>();
  const [busy, setBusy] = useState(false);
  const formFailure = useFormFailure();
  const fundId = Form.useWatch('fundId', form);
  const chosen = funds.find((f) => f.id === fundId);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const submit = async () => {
    const { fundId, amount, purpose } = await form.validateFields();
    setBusy(true);
    try {
      await api.post('/funds/{id}/allocations', {
        path: { id: fundId },
        body: { target, targetId, amount, purpose: purpose.trim() },
      });
      onDone();
    } catch (e) {
      formFailure(form, e, ['amount', 'purpose']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('mp.requestOf', { name })}
      onCancel={onClose}
      onOk={submit}
      okText={t('mp.requestSubmit')}
      okButtonProps={{ loading: busy, 'data-testid': testId }}
      cancelText={t('common.cancel')}
    >
      <Form form={form} layout="vertical" name="request">
        <Form.Item
          name="fundId"
          label={t('mp.fund')}
          extra={funds.length === 0 ? t('mp.noFunds') : t('mp.fundHint')}
          rules={[{ required: true, message: t('mp.fundRequired') }]}
        >
          <Select
            options={funds.map((f) => ({
              value: f.id,
              label: `${f.name}（${f.year}，${label('fundKind', f.kind)}）`,
            }))}
          />
        </Form.Item>
        {chosen && (
          <Typography.Paragraph type="secondary">
            {t('mp.fundAvailable')} <Yuan value={chosen.available} />
          </Typography.Paragraph>
        )}
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
        <Form.Item
          name="purpose"
          label={t('funds.purpose')}
          rules={[{ required: true, whitespace: true, message: t('funds.purposeRequired') }, { max: 500 }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
