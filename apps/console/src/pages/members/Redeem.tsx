import { App, Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, type Schemas } from '../../api';
import { useFormFailure } from '../../components/data';
import { useI18n } from '../../i18n';

/**
 * POST /members/:id/redemptions {points, merchant}: points spent at a merchant. The ledger never
 * goes below zero — the API's 422 ("the balance is N points…") shows next to the points field.
 */
export function Redeem({ memberId, onRedeemed }: { memberId: string; onRedeemed: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<Schemas['RedemptionDto']>();
  const [saving, setSaving] = useState(false);

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
      formFailure(form, e, ['points', 'merchant']); // what was typed stays
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
        <Form.Item name="merchant" rules={[{ required: true, message: t('common.fixFields') }]}>
          <Input id="redeem-merchant" maxLength={100} placeholder={t('members.merchantHint')} style={{ width: 220 }} />
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
