import { App, Alert, Button, DatePicker, Form, Input, Modal, Space, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { type Allocation, api } from '../../api';
import { useFailure, useFormFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import { uploadReceipt, Yuan, YUAN_INPUT } from './money';

interface Values {
  amount: string;
  payee: string;
  purpose: string;
  spentOn: Dayjs;
}

type Receipt = { sha256: string; size: number; contentType: string; name: string };

/**
 * Records a spending of an approved budget (支出): first the receipt is uploaded (a JPEG or PNG
 * photo, or a PDF scan; the server keeps it by its SHA-256), then the spending with 收款方, 用途,
 * 日期 and that hash. What the budget still holds is shown; an overdraft is the server's refusal.
 */
export function SpendingForm({
  fundId,
  allocation,
  onClose,
  onRecorded,
}: {
  fundId: string;
  allocation: Allocation | null;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [uploading, setUploading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const fail = useFailure();
  const formFailure = useFormFailure();
  useEffect(() => {
    if (!allocation) return;
    form.resetFields();
    form.setFieldsValue({ spentOn: dayjs(), purpose: allocation.purpose });
    setReceipt(null);
    setMissing(false);
  }, [allocation, form]);

  const upload = async (file: File) => {
    setUploading(true);
    try {
      const stored = await uploadReceipt(fundId, file);
      setReceipt({ ...stored, name: file.name });
      setMissing(false);
    } catch (e) {
      fail(e);
    } finally {
      setUploading(false);
    }
  };

  const submit = async () => {
    const values = await form.validateFields();
    if (!receipt) {
      setMissing(true);
      return;
    }
    setBusy(true);
    try {
      await api.post('/funds/{id}/allocations/{allocationId}/spendings', {
        path: { id: fundId, allocationId: allocation!.id },
        body: {
          amount: values.amount,
          payee: values.payee.trim(),
          purpose: values.purpose.trim(),
          spentOn: values.spentOn.format('YYYY-MM-DD'),
          receiptSha256: receipt.sha256,
        },
      });
      message.success(t('funds.spendingRecorded'));
      onRecorded();
    } catch (e) {
      formFailure(form, e, ['amount', 'payee', 'purpose', 'spentOn']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={allocation !== null}
      title={t('funds.recordSpendingOf', { purpose: allocation?.purpose ?? '' })}
      onCancel={onClose}
      onOk={submit}
      okText={t('funds.recordSpending')}
      okButtonProps={{ loading: busy, disabled: uploading, 'data-testid': 'spending-submit' }}
      cancelText={t('common.cancel')}
      width={560}
    >
      {allocation && (
        <Typography.Paragraph type="secondary">
          {t('funds.budgetLeft')} <Yuan value={allocation.left} testId="spending-left" />
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" name="spending">
        <Form.Item label={t('funds.receipt')} required extra={t('funds.receiptHint')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Upload
              accept="image/jpeg,image/png,application/pdf"
              maxCount={1}
              showUploadList={false}
              customRequest={({ file }) => void upload(file as File)}
            >
              <Button loading={uploading} data-testid="receipt-upload">
                {receipt ? t('funds.receiptReplace') : t('funds.receiptUpload')}
              </Button>
            </Upload>
            {receipt && (
              <Typography.Text type="success" data-testid="receipt-uploaded">
                {t('funds.receiptUploaded', { name: receipt.name, kb: Math.max(1, Math.round(receipt.size / 1024)) })}{' '}
                <code>{receipt.sha256.slice(0, 12)}</code>
              </Typography.Text>
            )}
            {missing && <Alert type="error" showIcon message={t('funds.receiptRequired')} />}
          </Space>
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('funds.amount')}
          rules={[
            { required: true, message: t('funds.amountRequired') },
            { pattern: YUAN_INPUT, message: t('funds.amountFormat') },
          ]}
        >
          <Input addonAfter={t('funds.yuan')} placeholder="1200.00" />
        </Form.Item>
        <Form.Item
          name="payee"
          label={t('funds.payee')}
          rules={[{ required: true, whitespace: true, message: t('funds.payeeRequired') }, { max: 200 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t('funds.spendingPurpose')}
          rules={[{ required: true, whitespace: true, message: t('funds.purposeRequired') }, { max: 500 }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="spentOn" label={t('funds.spentOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
