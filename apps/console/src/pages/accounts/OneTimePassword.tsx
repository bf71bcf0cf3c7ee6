import { Alert, Descriptions, Modal, Typography } from 'antd';
import { useI18n } from '../../i18n';

export interface Issued {
  username: string;
  displayName?: string;
  password: string;
  /** `created`: a new account; `reset`: a temporary password the holder must change at once */
  kind: 'created' | 'reset';
}

/**
 * A password shown once, with a copy button and a warning: it is not stored in the console nor
 * readable again from the server (only its hash is kept), so the admin hands it over now.
 */
export function OneTimePassword({ issued, onClose }: { issued: Issued[]; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal
      open={issued.length > 0}
      title={issued[0]?.kind === 'reset' ? t('accounts.resetDone') : t('accounts.createdDone')}
      onCancel={onClose}
      onOk={onClose}
      okText={t('accounts.handedOver')}
      cancelButtonProps={{ style: { display: 'none' } }}
      maskClosable={false}
      width={560}
      okButtonProps={{ 'data-testid': 'password-close' } as Record<string, string>}
    >
      <Alert type="warning" showIcon message={t('accounts.onceWarning')} style={{ marginBottom: 16 }} />
      {issued.map((i) => (
        <Descriptions key={i.username} size="small" column={1} bordered style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('login.username')}>
            <Typography.Text data-latin>{i.username}</Typography.Text>
            {i.displayName && i.displayName !== i.username ? `（${i.displayName}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={i.kind === 'reset' ? t('accounts.temporaryPassword') : t('login.password')}>
            <Typography.Text
              code
              copyable={{ text: i.password, tooltips: [t('accounts.copy'), t('accounts.copied')] }}
              data-testid="one-time-password"
              data-latin
            >
              {i.password}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      ))}
    </Modal>
  );
}
