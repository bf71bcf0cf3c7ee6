import { App, Button, Form, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, type Schemas } from '../../api';
import { useFormFailure } from '../../components/data';
import { useI18n } from '../../i18n';

/**
 * POST /members/:id/redemptions {points, merchantId}: points spent at a registered alliance
 * merchant (GET /merchants, the active ones). The ledger never goes below zero and a month's
 * redemptions at a merchant stay under its cap — the API's 422 shows next to its field.
 */
export function Redeem({ memberId, onRedeemed }: { memberId: string; onRedeemed: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<Schemas['RedemptionDto']>();
  const [saving, setSaving] = useState(false);
  const [merchants, setMerchants] = useState<{ value: string; label: string }[]>([]);

  useEffect(() => {
    api.get('/merchants', { query: { status: 'active', limit: 200 } }).then(
      (page) => setMerchants(page.items.map((m) => ({ value: m.id, label: m.name }))),
      () => undefined,
    );
  }, []);

  const redeem = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      const res = await api.post('/members/{id}/redemptions', { path: { id: memberId }, body: values });
      message.success(t('members.redeemed', { points: res.points, balance: res.balance }));
      form.resetFields();
      onRedeemed();
    } catch (e) {
      formFailure(form, e, ['points', 'merchantId']); // what was chosen stays
    } finally {
      setSaving(false);
    }
  };

  return (
    <div data-testid="redeem">
      <Typography.Text strong>{t('members.redeem')}</Typography.Text>{' '}
      <Typography.Text type="secondary">{t('members.redeemHint')}</Typography.Text>
      <Form form={form} layout="inline" style={{ marginTop: 8 }}>
        <Form.Item name="points" rules={[{ required: true, message: t('common.fixFields') }]}>
          <InputNumber id="redeem-points" min={1} precision={0} placeholder={t('members.redeemPoints')} />
        </Form.Item>
        <Form.Item name="merchantId" rules={[{ required: true, message: t('common.fixFields') }]}>
          <Select
            id="redeem-merchant"
            showSearch
            optionFilterProp="label"
            options={merchants}
            placeholder={t('members.merchantHint')}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Space>
          <Button type="primary" loading={saving} onClick={redeem} data-testid="redeem-submit">
            {t('members.redeemSubmit')}
          </Button>
        </Space>
      </Form>
    </div>
  );
}
