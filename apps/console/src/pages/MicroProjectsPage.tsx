import { App, Button, Card, Form, Input, InputNumber, Modal, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, type MicroProject, type MicroProjectStatus, type OrgNode } from '../api';
import { OrgName, useFormFailure, usePaged, useScopeTree } from '../components/data';
import { OrgPicker } from '../components/OrgPicker';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';
import { isAdmin, useAccount } from '../session';
import { MicroProjectStatusTag } from './funds/MicroProjectPage';
import { Yuan } from './funds/money';

type Filter = MicroProjectStatus | 'all';

/**
 * 微项目: the small public-welfare projects of the account's area by status, each with its money
 * (预算 from approved allocations, 认捐 into them, 已支出, 结余) as the server sums it. An admin
 * proposes one for its community (or street); the auditor reads.
 */
export default function MicroProjectsPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const navigate = useNavigate();
  const { tree } = useScopeTree(account);
  const [status, setStatus] = useState<Filter>('proposed');
  const [orgId, setOrgId] = useState<string | undefined>();
  const paged = usePaged('/micro-projects', { query: { status: status === 'all' ? undefined : status, orgId } });
  const [proposing, setProposing] = useState(false);
  const mayPropose = isAdmin(account);
  return (
    <Card
      title={t('mp.title')}
      extra={
        mayPropose && (
          <Button type="primary" onClick={() => setProposing(true)} data-testid="mp-propose">
            {t('mp.propose')}
          </Button>
        )
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Segmented<Filter>
            value={status}
            onChange={setStatus}
            options={(['proposed', 'completed', 'cancelled', 'all'] as const).map((s) => ({
              value: s,
              label: s === 'all' ? t('common.all') : label('microProject', s),
            }))}
            data-testid="mp-status"
          />
          <OrgPicker
            tree={tree}
            kinds={['district', 'street', 'community']}
            value={orgId}
            onChange={setOrgId}
            allowClear
            placeholder={t('mp.org')}
          />
        </Space>
        <PagedTable<MicroProject>
          paged={paged}
          empty={mayPropose ? t('mp.emptyAdmin') : t('mp.empty')}
          testId="mp-table"
          onRow={(p) => ({ onClick: () => navigate(`/micro-projects/${p.id}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('common.name'), dataIndex: 'name', render: (n: string) => <a>{n}</a> },
            { title: t('mp.org'), dataIndex: 'orgId', render: (id: string) => <OrgName id={id} /> },
            { title: t('common.status'), render: (_, p) => <MicroProjectStatusTag status={p.status} /> },
            {
              title: t('mp.beneficiaries'),
              align: 'right',
              render: (_, p) =>
                p.beneficiaries === null
                  ? t('mp.planned', { n: p.plannedBeneficiaries })
                  : t('mp.served', { n: p.beneficiaries }),
            },
            ...(['budget', 'contributed', 'spent', 'left'] as const).map((k) => ({
              title: t(`mp.${k}`),
              align: 'right' as const,
              render: (_: unknown, p: MicroProject) => <Yuan value={p[k]} testId={`mp-${k}`} strong={k === 'left'} />,
            })),
          ]}
        />
      </Space>
      <ProposeForm
        open={proposing}
        tree={tree}
        onClose={() => setProposing(false)}
        onProposed={(p) => {
          setProposing(false);
          navigate(`/micro-projects/${p.id}`);
        }}
      />
    </Card>
  );
}

interface Values {
  orgId: string;
  name: string;
  description?: string;
  plannedBeneficiaries: number;
}

function ProposeForm({
  open,
  tree,
  onClose,
  onProposed,
}: {
  open: boolean;
  tree: OrgNode | null;
  onClose: () => void;
  onProposed: (p: MicroProject) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const account = useAccount();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const formFailure = useFormFailure();
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      const project = await api.post('/micro-projects', {
        body: { ...values, name: values.name.trim(), description: values.description?.trim() || undefined },
      });
      message.success(t('mp.proposed', { name: project.name }));
      form.resetFields();
      onProposed(project);
    } catch (e) {
      formFailure(form, e, ['orgId', 'name', 'description', 'plannedBeneficiaries']);
    } finally {
      setBusy(false);
    }
  };
  const own = account.role === 'community_admin' ? (account.orgId ?? undefined) : undefined;
  return (
    <Modal
      open={open}
      title={t('mp.propose')}
      onCancel={onClose}
      onOk={submit}
      okText={t('mp.proposeSubmit')}
      okButtonProps={{ loading: busy, 'data-testid': 'mp-propose-submit' }}
      cancelText={t('common.cancel')}
    >
      <Form form={form} layout="vertical" name="mp" initialValues={{ orgId: own, plannedBeneficiaries: 0 }}>
        <Form.Item name="orgId" label={t('mp.org')} rules={[{ required: true, message: t('mp.orgRequired') }]}>
          <OrgPicker tree={tree} kinds={['street', 'community']} id="mp_orgId" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('common.name')}
          extra={t('mp.nameHint')}
          rules={[{ required: true, whitespace: true, message: t('mp.nameRequired') }, { max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('common.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="plannedBeneficiaries"
          label={t('mp.plannedBeneficiaries')}
          rules={[{ required: true, message: t('mp.beneficiariesRequired') }]}
        >
          <InputNumber<number> min={0} max={10_000_000} precision={0} addonAfter={t('mp.times')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
