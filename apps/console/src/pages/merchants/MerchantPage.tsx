import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Modal,
  Popconfirm,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, type Merchant, type MerchantTerms } from '../../api';
import { OrgName, useErrorText, useFailure, useFormFailure } from '../../components/data';
import { minute } from '../../components/format';
import { useI18n } from '../../i18n';
import { useAccount } from '../../session';
import { ReasonModal, useAdminOver } from '../funds/money';
import { Statement } from './Statement';
import {
  chinaToday,
  MerchantStatusTag,
  nestedInTerms,
  TERMS_FIELDS,
  TermsFields,
  type TermsValues,
  termsBody,
  useTermsText,
} from './terms';

/**
 * A merchant's page: who and where it is, its terms today and their whole history (a change is a
 * new entry from a day on, never an edit), and its monthly statement. The admins of its alliance
 * organisation (or above) change its terms, suspend and reinstate it, confirm its statements and
 * reverse a disputed redemption; the auditor reads all of it and does none.
 */
export default function MerchantPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const account = useAccount();
  const errorText = useErrorText();
  const fail = useFailure();
  const termsText = useTermsText();
  const [merchant, setMerchant] = useState<Merchant | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [dialog, setDialog] = useState<'terms' | 'suspend' | null>(null);
  const manages = useAdminOver(merchant?.orgId);
  const readsStatements = manages || account.role === 'auditor';

  const load = useCallback(() => {
    api
      .get('/merchants/{id}', { path: { id } })
      .then((m) => (setMerchant(m), setError(null)))
      .catch((e: ApiError) => setError(e));
  }, [id]);
  useEffect(load, [load]);

  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  if (!merchant) return <Spin style={{ display: 'block', margin: 48 }} />;
  const reinstate = async () => {
    try {
      setMerchant(await api.post('/merchants/{id}/reinstate', { path: { id } }));
      message.success(t('merchants.reinstated'));
    } catch (e) {
      fail(e);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Space>
            <span data-testid="merchant-title">{merchant.name}</span>
            <Tag>{label('merchantSector', merchant.sector)}</Tag>
            <MerchantStatusTag status={merchant.status} />
          </Space>
        }
        extra={
          <Space>
            {manages && (
              <>
                <Button onClick={() => setDialog('terms')} data-testid="merchant-change-terms">
                  {t('merchants.changeTerms')}
                </Button>
                {merchant.status === 'active' ? (
                  <Button danger onClick={() => setDialog('suspend')} data-testid="merchant-suspend">
                    {t('merchants.suspend')}
                  </Button>
                ) : (
                  <Popconfirm
                    title={t('merchants.reinstateConfirm', { name: merchant.name })}
                    onConfirm={reinstate}
                    okText={t('merchants.reinstate')}
                    cancelText={t('common.cancel')}
                  >
                    <Button type="primary" data-testid="merchant-reinstate">
                      {t('merchants.reinstate')}
                    </Button>
                  </Popconfirm>
                )}
              </>
            )}
            <Link to="/merchants">{t('merchants.back')}</Link>
          </Space>
        }
      >
        {merchant.status === 'suspended' && merchant.suspendedReason && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('merchants.suspendedFor', { reason: merchant.suspendedReason })}
            data-testid="merchant-suspended-reason"
          />
        )}
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="merchant-details">
          <Descriptions.Item label={t('merchants.terms')} span={2}>
            {merchant.terms ? (
              <Typography.Text strong data-testid="merchant-terms-now">
                {termsText(merchant.terms)}
              </Typography.Text>
            ) : (
              t('merchants.noTerms')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('merchants.org')}>
            <OrgName id={merchant.orgId} />
          </Descriptions.Item>
          <Descriptions.Item label={t('merchants.address')} span={2}>
            {merchant.address}
          </Descriptions.Item>
          <Descriptions.Item label={t('merchants.contact')}>
            {merchant.contactName !== null ? (
              `${merchant.contactName} ${merchant.contactPhone ?? ''}`
            ) : (
              <Typography.Text type="secondary">{t('merchants.contactHidden')}</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('merchants.registeredAt')}>{minute(merchant.registeredAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <TermsHistory merchant={merchant} />
      {readsStatements && <Statement merchant={merchant} manages={manages} />}
      <ChangeTermsForm
        open={dialog === 'terms'}
        merchant={merchant}
        onClose={() => setDialog(null)}
        onChanged={(m, day) => {
          setDialog(null);
          setMerchant(m);
          message.success(t('merchants.termsChanged', { day }));
        }}
      />
      <ReasonModal
        open={dialog === 'suspend'}
        title={t('merchants.suspendOf', { name: merchant.name })}
        label={t('merchants.suspendReason')}
        okText={t('merchants.suspend')}
        testId="merchant-suspend"
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          setMerchant(await api.post('/merchants/{id}/suspend', { path: { id }, body: { reason } }));
          message.success(t('merchants.suspended'));
        }}
      />
    </Space>
  );
}

/** Every entry of the terms, newest first, each past, in force (the last started) or scheduled. */
function TermsHistory({ merchant }: { merchant: Merchant }) {
  const { t } = useI18n();
  const today = chinaToday();
  const started = merchant.termsHistory.filter((x) => x.effectiveFrom <= today);
  const inForce = started.at(-1);
  const stateOf = (x: MerchantTerms) =>
    x.effectiveFrom > today ? (
      <Tag color="blue">{t('merchants.scheduled')}</Tag>
    ) : x === inForce ? (
      <Tag color="green">{t('merchants.inForce')}</Tag>
    ) : (
      <Tag>{t('merchants.past')}</Tag>
    );
  return (
    <Card
      title={t('merchants.termsHistory')}
      extra={<Typography.Text type="secondary">{t('merchants.termsHistoryHint')}</Typography.Text>}
    >
      <Table<MerchantTerms>
        size="small"
        rowKey={(x) => `${x.effectiveFrom} ${x.recordedAt}`}
        pagination={false}
        dataSource={[...merchant.termsHistory].reverse()}
        data-testid="terms-history"
        columns={[
          { title: t('merchants.effectiveFrom'), dataIndex: 'effectiveFrom' },
          { title: t('merchants.pointsPerYuan'), dataIndex: 'pointsPerYuan', align: 'right' },
          { title: t('merchants.monthlyCap'), dataIndex: 'monthlyCapPoints', align: 'right' },
          { title: t('common.status'), render: (_, x) => stateOf(x) },
          { title: t('merchants.recordedAt'), render: (_, x) => minute(x.recordedAt) },
          {
            title: t('merchants.recordedBy'),
            dataIndex: 'recordedBy',
            render: (by: string) => <span data-latin>{by}</span>,
          },
        ]}
      />
    </Card>
  );
}

/** New terms from a day on (today or later, after the last entry: the API's 422 next to the day). */
function ChangeTermsForm({
  open,
  merchant,
  onClose,
  onChanged,
}: {
  open: boolean;
  merchant: Merchant;
  onClose: () => void;
  onChanged: (m: Merchant, day: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<TermsValues>();
  const [busy, setBusy] = useState(false);
  const formFailure = useFormFailure();
  const submit = async () => {
    const values = await form.validateFields();
    const body = termsBody(values);
    setBusy(true);
    try {
      onChanged(await api.post('/merchants/{id}/terms', { path: { id: merchant.id }, body }), body.effectiveFrom);
    } catch (e) {
      formFailure(form, nestedInTerms(e), TERMS_FIELDS);
    } finally {
      setBusy(false);
    }
  };
  const last = merchant.termsHistory.at(-1);
  return (
    <Modal
      open={open}
      title={t('merchants.changeTermsOf', { name: merchant.name })}
      onCancel={onClose}
      onOk={submit}
      okText={t('merchants.changeTerms')}
      okButtonProps={{ loading: busy, 'data-testid': 'terms-submit' }}
      cancelText={t('common.cancel')}
      width={620}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="terms">
        <TermsFields form={form} initial={last} />
      </Form>
    </Modal>
  );
}
