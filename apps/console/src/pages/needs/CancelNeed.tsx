import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { useFormFailure } from '../../components/data';
import { useI18n } from '../../i18n';

/** POST /needs/:id/cancel {reason?}: the reason goes into the need's history and shows on its row. */
export function CancelNeed({
  need,
  onClose,
  onCancelled,
}: {
  need: { id: string; title: string } | null;
  onClose: () => void;
  onCancelled: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setError(null), [need]);

  const cancel = async () => {
    if (!need) return;
    setError(null);
    const reason = String(form.getFieldValue('reason') ?? '').trim();
    try {
      await api.post('/needs/{id}/cancel', { path: { id: need.id }, body: reason ? { reason } : {} });
      message.success(t('needs.cancelled'));
      form.resetFields();
      onCancelled();
    } catch (e) {
      setError(formFailure(form, e, ['reason']));
    }
  };

  return (
    <Modal
      open={need !== null}
      title={`${t('needs.cancel')} · ${need?.title ?? ''}`}
      onCancel={onClose}
      onOk={cancel}
      okText={t('needs.cancel')}
      okButtonProps={{ danger: true, ...({ 'data-testid': 'need-cancel-confirm' } as Record<string, string>) }}
      cancelText={t('common.close')}
    >
      {error && (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="need-cancel-error" />
      )}
      <p>{t('needs.cancelConfirm')}</p>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('needs.cancelReason')}>
          <Input.TextArea id="need-cancel-reason" rows={2} maxLength={500} placeholder={t('needs.cancelReasonHint')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
