import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Spin,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { type Allocation, api, ApiError, type MicroProject, type MicroProjectStatus } from '../../api';
import { OrgName, useErrorText, useFormFailure } from '../../components/data';
import { minute } from '../../components/format';
import { useI18n } from '../../i18n';
import { TargetAllocations, targetMoneyItems } from './Allocations';
import { ReasonModal, useAdminOver } from './money';
import { RequestAllocationForm, useFundsFor } from './RequestAllocationForm';
import { SpendingForm } from './SpendingForm';

const COLOURS: Record<MicroProjectStatus, string> = {
  proposed: 'processing',
  completed: 'success',
  cancelled: 'default',
};

export function MicroProjectStatusTag({ status }: { status: MicroProjectStatus }) {
  const { label } = useI18n();
  return (
    <Tag color={COLOURS[status]} data-status={status}>
      {label('microProject', status)}
    </Tag>
  );
}

/**
 * A 微项目's page: its money (预算, 认捐, 已支出, 结余) as the server sums it over its approved
 * budgets, every allocation asked for it in every fund, and — for the admins of its organisation
 * while it runs — 申请拨款, spending of an approved budget, 结项 (residents served, summary, day) and 取消.
 */
export default function MicroProjectPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [project, setProject] = useState<MicroProject | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [tick, setTick] = useState(0);
  const changed = useCallback(() => setTick((n) => n + 1), []);
  const runs = useAdminOver(project?.orgId);
  const { funds, allocations } = useFundsFor(project?.orgId, project?.id, tick);
  const [dialog, setDialog] = useState<'request' | 'complete' | 'cancel' | null>(null);
  const [spending, setSpending] = useState<Allocation | null>(null);

  useEffect(() => {
    let live = true;
    api
      .get('/micro-projects/{id}', { path: { id } })
      .then((p) => live && (setProject(p), setError(null)))
      .catch((e: ApiError) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id, tick]);

  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  if (!project) return <Spin style={{ display: 'block', margin: 48 }} />;
  const acts = runs && project.status === 'proposed';
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Space>
            <span data-testid="mp-title">{project.name}</span>
            <MicroProjectStatusTag status={project.status} />
          </Space>
        }
        extra={
          <Space>
            {acts && (
              <>
                <Button type="primary" onClick={() => setDialog('request')} data-testid="mp-request">
                  {t('mp.request')}
                </Button>
                <Button onClick={() => setDialog('complete')} data-testid="mp-complete">
                  {t('mp.complete')}
                </Button>
                <Button danger onClick={() => setDialog('cancel')} data-testid="mp-cancel">
                  {t('mp.cancel')}
                </Button>
              </>
            )}
            <Link to="/micro-projects">{t('mp.back')}</Link>
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} data-testid="mp-figures">
          {targetMoneyItems(t, project, 'mp')}
          <Descriptions.Item label={t('mp.org')}>
            <OrgName id={project.orgId} />
          </Descriptions.Item>
          <Descriptions.Item label={t('mp.plannedBeneficiaries')}>
            {t('mp.timesOf', { n: project.plannedBeneficiaries })}
          </Descriptions.Item>
          <Descriptions.Item label={t('mp.proposedAt')}>{minute(project.proposedAt)}</Descriptions.Item>
          {project.status === 'completed' && (
            <>
              <Descriptions.Item label={t('mp.beneficiaries')}>
                <span data-testid="mp-beneficiaries">{t('mp.timesOf', { n: project.beneficiaries ?? 0 })}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('mp.completedOn')}>{project.completedOn}</Descriptions.Item>
              <Descriptions.Item label={t('mp.summary')} span={2}>
                {project.summary}
              </Descriptions.Item>
            </>
          )}
          {project.status === 'cancelled' && (
            <Descriptions.Item label={t('mp.cancelReason')} span={2}>
              {project.reason}
            </Descriptions.Item>
          )}
          {project.description && (
            <Descriptions.Item label={t('common.description')} span={4}>
              {project.description}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('mp.allocations')}>
        <TargetAllocations
          allocations={allocations}
          funds={funds}
          testId="mp-allocations"
          emptyText={acts ? t('mp.noAllocationsAdmin') : t('mp.noAllocations')}
          onSpend={setSpending}
        />
      </Card>
      <RequestAllocationForm
        open={dialog === 'request'}
        target="micro_project"
        targetId={project.id}
        name={project.name}
        funds={funds}
        testId="mp-request-submit"
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          message.success(t('mp.requested'));
          changed();
        }}
      />
      <CompleteForm
        open={dialog === 'complete'}
        project={project}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          message.success(t('mp.completed'));
          changed();
        }}
      />
      <ReasonModal
        open={dialog === 'cancel'}
        title={t('mp.cancelOf', { name: project.name })}
        label={t('mp.cancelReason')}
        okText={t('mp.cancel')}
        testId="mp-cancel"
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          await api.post('/micro-projects/{id}/cancel', { path: { id: project.id }, body: { reason } });
          message.success(t('mp.cancelled'));
          changed();
        }}
      />
      <SpendingForm
        fundId={spending?.fundId ?? ''}
        allocation={spending}
        onClose={() => setSpending(null)}
        onRecorded={() => {
          setSpending(null);
          changed();
        }}
      />
    </Space>
  );
}

function CompleteForm({
  open,
  project,
  onClose,
  onDone,
}: {
  open: boolean;
  project: MicroProject;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ beneficiaries: number; summary: string; completedOn: Dayjs }>();
  const [busy, setBusy] = useState(false);
  const formFailure = useFormFailure();
  useEffect(() => {
    if (open) form.setFieldsValue({ beneficiaries: project.plannedBeneficiaries, completedOn: dayjs(), summary: '' });
  }, [open, form, project.plannedBeneficiaries]);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      await api.post('/micro-projects/{id}/complete', {
        path: { id: project.id },
        body: {
          beneficiaries: values.beneficiaries,
          summary: values.summary.trim(),
          completedOn: values.completedOn.format('YYYY-MM-DD'),
        },
      });
      onDone();
    } catch (e) {
      formFailure(form, e, ['beneficiaries', 'summary', 'completedOn']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('mp.completeOf', { name: project.name })}
      onCancel={onClose}
      onOk={submit}
      okText={t('mp.complete')}
      okButtonProps={{ loading: busy, 'data-testid': 'mp-complete-submit' }}
      cancelText={t('common.cancel')}
    >
      <Form form={form} layout="vertical" name="complete">
        <Form.Item
          name="beneficiaries"
          label={t('mp.beneficiaries')}
          extra={t('mp.beneficiariesHint')}
          rules={[{ required: true, message: t('mp.beneficiariesRequired') }]}
        >
          <InputNumber<number> min={0} max={10_000_000} precision={0} addonAfter={t('mp.times')} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('mp.summary')}
          rules={[{ required: true, whitespace: true, message: t('mp.summaryRequired') }, { max: 2000 }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="completedOn" label={t('mp.completedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
