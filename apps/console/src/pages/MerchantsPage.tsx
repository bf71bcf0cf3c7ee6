import { App, Button, Card, Form, Input, Modal, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { MERCHANT_SECTOR_CODES } from '@gongjian/contracts';
import { api, type Merchant, type MerchantSector, type MerchantStatus, type OrgNode } from '../api';
import { OrgName, useFormFailure, usePaged, useScopeTree } from '../components/data';
import { OrgPicker } from '../components/OrgPicker';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';
import { isAdmin, useAccount } from '../session';
import {
  MerchantStatusTag,
  TERMS_FIELDS,
  TermsFields,
  type TermsValues,
  termsBody,
  useTermsText,
} from './merchants/terms';

type StatusFilter = MerchantStatus | 'all';

/**
 * 联盟商户 (红色联盟): the alliance's merchants by sector, status and words of their name or
 * address, each with its discount terms today. The admins of a street or community (and those
 * above) register a merchant for its alliance with its first terms; every account reads the list.
 */
export default function MerchantsPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const navigate = useNavigate();
  const { tree } = useScopeTree(account);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [sector, setSector] = useState<MerchantSector | undefined>();
  const [orgId, setOrgId] = useState<string | undefined>();
  const [q, setQ] = useState<string | undefined>();
  const paged = usePaged('/merchants', {
    query: { status: status === 'all' ? undefined : status, sector, orgId, q },
  });
  const [registering, setRegistering] = useState(false);
  const mayRegister = isAdmin(account);
  const termsText = useTermsText();

  return (
    <Card
      title={t('merchants.title')}
      extra={
        mayRegister && (
          <Button type="primary" onClick={() => setRegistering(true)} data-testid="merchant-register">
            {t('merchants.register')}
          </Button>
        )
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Segmented<StatusFilter>
            value={status}
            onChange={setStatus}
            options={(['all', 'active', 'suspended'] as const).map((s) => ({
              value: s,
              label: s === 'all' ? t('common.all') : label('merchantStatus', s),
            }))}
            data-testid="merchants-status"
          />
          <Select<MerchantSector>
            allowClear
            style={{ width: 160 }}
            placeholder={t('merchants.sector')}
            value={sector}
            onChange={setSector}
            options={MERCHANT_SECTOR_CODES.map((s) => ({ value: s, label: label('merchantSector', s) }))}
            data-testid="merchants-sector"
          />
          <OrgPicker
            tree={tree}
            kinds={['district', 'street', 'community']}
            value={orgId}
            onChange={setOrgId}
            allowClear
            placeholder={t('merchants.org')}
          />
          <Input.Search
            allowClear
            placeholder={t('merchants.search')}
            onSearch={(v) => setQ(v.trim() || undefined)}
            style={{ width: 240 }}
            data-testid="merchants-search"
          />
        </Space>
        <PagedTable<Merchant>
          paged={paged}
          empty={mayRegister ? t('merchants.emptyAdmin') : t('merchants.empty')}
          testId="merchants-table"
          onRow={(m) => ({ onClick: () => navigate(`/merchants/${m.id}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('common.name'), dataIndex: 'name', render: (n: string) => <a>{n}</a> },
            {
              title: t('merchants.sector'),
              dataIndex: 'sector',
              render: (s: string) => <Tag>{label('merchantSector', s)}</Tag>,
            },
            { title: t('merchants.address'), dataIndex: 'address' },
            { title: t('merchants.org'), dataIndex: 'orgId', render: (id: string) => <OrgName id={id} /> },
            {
              title: t('merchants.terms'),
              render: (_, m) =>
                m.terms ? (
                  <span data-testid="merchant-terms">{termsText(m.terms)}</span>
                ) : (
                  <Typography.Text type="secondary">{t('merchants.noTerms')}</Typography.Text>
                ),
            },
            { title: t('common.status'), render: (_, m) => <MerchantStatusTag status={m.status} /> },
          ]}
        />
      </Space>
      <RegisterForm
        open={registering}
        tree={tree}
        onClose={() => setRegistering(false)}
        onRegistered={(m) => {
          setRegistering(false);
          navigate(`/merchants/${m.id}`);
        }}
      />
    </Card>
  );
}

interface RegisterValues extends TermsValues {
  orgId: string;
  name: string;
  address: string;
  sector: MerchantSector;
  contactName: string;
  contactPhone: string;
}

/** Registers a merchant for the alliance of a street or community of the account's area, with its first terms. */
function RegisterForm({
  open,
  tree,
  onClose,
  onRegistered,
}: {
  open: boolean;
  tree: OrgNode | null;
  onClose: () => void;
  onRegistered: (m: Merchant) => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterValues>();
  const [busy, setBusy] = useState(false);
  const formFailure = useFormFailure();
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const merchant = await api.post('/merchants', {
        body: {
          orgId: v.orgId,
          name: v.name.trim(),
          address: v.address.trim(),
          sector: v.sector,
          contactName: v.contactName.trim(),
          contactPhone: v.contactPhone.trim(),
          terms: termsBody(v),
        },
      });
      message.success(t('merchants.registered', { name: merchant.name }));
      form.resetFields();
      onRegistered(merchant);
    } catch (e) {
      formFailure(form, e, ['orgId', 'name', 'address', 'sector', 'contactName', 'contactPhone', ...TERMS_FIELDS]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('merchants.register')}
      onCancel={onClose}
      onOk={submit}
      okText={t('merchants.registerSubmit')}
      okButtonProps={{ loading: busy, 'data-testid': 'merchant-register-submit' }}
      cancelText={t('common.cancel')}
      width={620}
    >
      <Form form={form} layout="vertical" name="merchant">
        <Form.Item
          name="orgId"
          label={t('merchants.org')}
          extra={t('merchants.orgHint')}
          rules={[{ required: true, message: t('merchants.orgRequired') }]}
        >
          <OrgPicker tree={tree} kinds={['street', 'community']} id="merchant_orgId" />
        </Form.Item>
        <Space style={{ display: 'flex' }} align="start">
          <Form.Item
            name="name"
            label={t('common.name')}
            extra={t('merchants.nameHint')}
            rules={[{ required: true, whitespace: true, message: t('merchants.nameRequired') }, { max: 100 }]}
            style={{ width: 340 }}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="sector"
            label={t('merchants.sector')}
            rules={[{ required: true, message: t('merchants.sectorRequired') }]}
            style={{ width: 220 }}
          >
            <Select options={MERCHANT_SECTOR_CODES.map((s) => ({ value: s, label: label('merchantSector', s) }))} />
          </Form.Item>
        </Space>
        <Form.Item
          name="address"
          label={t('merchants.address')}
          rules={[{ required: true, whitespace: true, message: t('merchants.addressRequired') }, { max: 200 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Space style={{ display: 'flex' }} align="start">
          <Form.Item
            name="contactName"
            label={t('merchants.contactName')}
            rules={[{ required: true, whitespace: true, message: t('merchants.contactNameRequired') }, { max: 50 }]}
            style={{ width: 220 }}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item
            name="contactPhone"
            label={t('merchants.contactPhone')}
            rules={[
              { required: true, message: t('merchants.contactPhoneRequired') },
              { pattern: /^(1\d{10}|0\d{2,3}-?\d{7,8})$/, message: t('merchants.contactPhoneFormat') },
            ]}
            style={{ width: 220 }}
          >
            <Input maxLength={20} />
          </Form.Item>
        </Space>
        <TermsFields form={form} />
      </Form>
    </Modal>
  );
}
