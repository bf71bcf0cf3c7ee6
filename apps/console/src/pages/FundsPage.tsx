import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, type Fund, type FundKind, type OrgNode } from '../api';
import { OrgName, useFormFailure, usePaged, useScopeTree } from '../components/data';
import { OrgPicker } from '../components/OrgPicker';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';
import { useAccount } from '../session';
import { FUND_KIND_CODES } from '@gongjian/contracts';
import { Yuan, YUAN_INPUT } from './funds/money';

const THIS_YEAR = new Date().getFullYear();

/**
 * 资金: the funds of the account's area and of the organisations above it, by year, kind and
 * owner, with the figures the server keeps (年度金额, 认捐, 已拨付, 已支出, 可用). A fund is opened
 * by the organisation above its owner (the district opens its own): the button is there for the
 * district's and the streets' admins only.
 */
export default function FundsPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const navigate = useNavigate();
  const { tree } = useScopeTree(account);
  const [year, setYear] = useState<number | undefined>(THIS_YEAR);
  const [kind, setKind] = useState<FundKind | undefined>();
  const [orgId, setOrgId] = useState<string | undefined>();
  const paged = usePaged('/funds', { query: { year, kind, orgId } });
  const [opening, setOpening] = useState(false);
  const mayOpen = account.role === 'district_admin' || account.role === 'street_admin';

  return (
    <Card
      title={t('funds.title')}
      extra={
        mayOpen && (
          <Button type="primary" onClick={() => setOpening(true)} data-testid="fund-open">
            {t('funds.open')}
          </Button>
        )
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <InputNumber<number>
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => setYear(v ?? undefined)}
            placeholder={t('funds.year')}
            addonAfter={t('funds.yearSuffix')}
            style={{ width: 140 }}
            data-testid="funds-year"
          />
          <Select<FundKind>
            allowClear
            style={{ width: 200 }}
            placeholder={t('funds.kind')}
            value={kind}
            onChange={setKind}
            options={FUND_KIND_CODES.map((k) => ({ value: k, label: label('fundKind', k) }))}
          />
          <OrgPicker
            tree={tree}
            kinds={['district', 'street', 'community']}
            value={orgId}
            onChange={setOrgId}
            allowClear
            placeholder={t('funds.owner')}
          />
        </Space>
        <PagedTable<Fund>
          paged={paged}
          empty={mayOpen ? t('funds.emptyAdmin') : t('funds.empty')}
          testId="funds-table"
          onRow={(f) => ({ onClick: () => navigate(`/funds/${f.id}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('common.name'), dataIndex: 'name', render: (n: string) => <a>{n}</a> },
            { title: t('funds.kind'), dataIndex: 'kind', render: (k: string) => <Tag>{label('fundKind', k)}</Tag> },
            { title: t('funds.year'), dataIndex: 'year' },
            { title: t('funds.owner'), dataIndex: 'ownerOrgId', render: (id: string) => <OrgName id={id} /> },
            ...(['yearlyAmount', 'contributed', 'allocated', 'spent', 'available'] as const).map((k) => ({
              title: t(`funds.${k}`),
              align: 'right' as const,
              render: (_: unknown, f: Fund) => <Yuan value={f[k]} testId={`fund-${k}`} strong={k === 'available'} />,
            })),
            {
              title: t('funds.pending'),
              render: (_, f) =>
                f.allocations.requested > 0 ? (
                  <Tag color="gold">{t('funds.pendingCount', { n: f.allocations.requested })}</Tag>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Space>
      <OpenFundForm
        open={opening}
        tree={tree}
        onClose={() => setOpening(false)}
        onOpened={(f) => {
          setOpening(false);
          navigate(`/funds/${f.id}`);
        }}
      />
    </Card>
  );
}

interface OpenValues {
  ownerOrgId: string;
  name: string;
  kind: FundKind;
  year: number;
  yearlyAmount: string;
}

/** Opens a fund for an organisation below the account's (the district for itself too), with its yearly amount. */
function OpenFundForm({
  open,
  tree,
  onClose,
  onOpened,
}: {
  open: boolean;
  tree: OrgNode | null;
  onClose: () => void;
  onOpened: (fund: Fund) => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const account = useAccount();
  const [form] = Form.useForm<OpenValues>();
  const [busy, setBusy] = useState(false);
  const formFailure = useFormFailure();
  // a street opens the funds of its communities, not its own; the district opens its own too
  const exclude = account.role === 'district_admin' || !account.orgId ? [] : [account.orgId];
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      const fund = await api.post('/funds', { body: { ...values, name: values.name.trim() } });
      message.success(t('funds.opened', { name: fund.name }));
      form.resetFields();
      onOpened(fund);
    } catch (e) {
      formFailure(form, e, ['ownerOrgId', 'name', 'kind', 'year', 'yearlyAmount']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('funds.open')}
      onCancel={onClose}
      onOk={submit}
      okText={t('funds.openSubmit')}
      okButtonProps={{ loading: busy, 'data-testid': 'fund-open-submit' }}
      cancelText={t('common.cancel')}
    >
      <Form form={form} layout="vertical" name="fund" initialValues={{ year: THIS_YEAR }}>
        <Form.Item
          name="ownerOrgId"
          label={t('funds.owner')}
          rules={[{ required: true, message: t('funds.ownerRequired') }]}
        >
          <OrgPicker tree={tree} kinds={['district', 'street', 'community']} exclude={exclude} id="fund_ownerOrgId" />
        </Form.Item>
        <Form.Item name="kind" label={t('funds.kind')} rules={[{ required: true, message: t('funds.kindRequired') }]}>
          <Select options={FUND_KIND_CODES.map((k) => ({ value: k, label: label('fundKind', k) }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('common.name')}
          extra={t('funds.nameHint')}
          rules={[{ required: true, whitespace: true, message: t('funds.nameRequired') }, { max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Space>
          <Form.Item name="year" label={t('funds.year')} rules={[{ required: true }]}>
            <InputNumber<number> min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item
            name="yearlyAmount"
            label={t('funds.yearlyAmount')}
            rules={[
              { required: true, message: t('funds.amountRequired') },
              { pattern: YUAN_INPUT, message: t('funds.amountFormat') },
            ]}
          >
            <Input addonAfter={t('funds.yuan')} style={{ width: 220 }} placeholder="300000.00" />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
