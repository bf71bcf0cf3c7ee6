import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Rate,
  Select,
  Space,
  Steps,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { PROJECT_STATUS_CODES } from '@gongjian/contracts';
import { api, type Filters, type Project, type Schemas } from '../api';
import {
  MemberName,
  mineScope,
  showFieldErrors,
  StatusTag,
  useErrorText,
  useFailure,
  useFieldText,
  usePaged,
  useQuantity,
} from '../components/data';
import { MemberPicker } from '../components/MemberPicker';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';
import { useAccount } from '../session';
import { ProjectFunding } from './funds/ProjectFunding';
import { ExportButton } from './imports/ExportButton';

/** 项目清单: the lifecycle (start, complete with a report) and residents' evaluations. */
export default function ProjectsPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const fail = useFailure();
  const errorText = useErrorText();
  const fieldText = useFieldText();
  const { message } = App.useApp();
  const quantity = useQuantity();
  const [params] = useSearchParams();
  const highlight = params.get('id');
  const [status, setStatus] = useState<Filters<'/projects'>['status']>();
  // a unit's own; else my area (a community, or a street's/district's subtree)
  const mine = mineScope(account);
  const paged = usePaged('/projects', { query: { status, ...mine } });
  const [completing, setCompleting] = useState<Project | null>(null);
  const [evaluating, setEvaluating] = useState<Project | null>(null);
  const [form] = Form.useForm();
  /** why the open dialog's last save failed (null: nothing, or its fields say it) */
  const [error, setError] = useState<string | null>(null);
  const mayAudit = ['district_admin', 'auditor'].includes(account.role);

  const start = async (p: Project) => {
    try {
      await api.post('/projects/{id}/start', { path: { id: p.id } });
      message.success(t('common.done'));
      paged.reload();
    } catch (e) {
      fail(e);
    }
  };

  /** Sends the open dialog's form as `B` (the fields of that dialog) through `send`, else shows its field errors. */
  const submit = async <B,>(send: (body: B) => Promise<unknown>, fields: string[], close: () => void) => {
    const values: B | null = await form.validateFields().catch(() => null);
    if (!values) return;
    setError(null);
    try {
      await send(values);
      message.success(t('common.done'));
      close();
      paged.reload();
    } catch (e) {
      if (!showFieldErrors(form, e, fields, fieldText)) {
        fail(e);
        setError(errorText(e));
      }
    }
  };
  const openDialog = (open: () => void) => {
    form.resetFields();
    setError(null);
    open();
  };
  const dialogError = error && (
    <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="project-error" />
  );

  return (
    <Card
      title={t('projects.title')}
      extra={
        <Space>
          <Select
            allowClear
            placeholder={t('common.status')}
            style={{ width: 140 }}
            onChange={setStatus}
            options={PROJECT_STATUS_CODES.map((s) => ({ value: s, label: label('status', s) }))}
          />
          <ExportButton kind="projects" query={{ status, ...mine }} />
        </Space>
      }
    >
      <PagedTable<Project>
        paged={paged}
        empty={t('projects.empty')}
        testId="projects-table"
        rowClassName={(p) => (p.id === highlight ? 'ant-table-row-selected' : '')}
        expandable={{
          expandedRowRender: (p) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Steps
                size="small"
                status={p.status === 'completed' ? 'finish' : 'process'}
                current={PROJECT_STATUS_CODES.indexOf(p.status)}
                items={[
                  { title: label('status', 'planned'), description: p.createdAt?.slice(0, 10) },
                  { title: label('status', 'in_progress'), description: p.startedAt?.slice(0, 10) },
                  { title: label('status', 'completed'), description: p.completedAt?.slice(0, 10) },
                ]}
                style={{ maxWidth: 640 }}
              />
              {p.report && (
                <Typography.Paragraph>
                  <b>{t('projects.report')}：</b>
                  {p.report}
                </Typography.Paragraph>
              )}
              {p.beneficiaries !== null && (
                <Typography.Paragraph>
                  <b>{t('projects.beneficiaries')}：</b>
                  {p.beneficiaries}
                </Typography.Paragraph>
              )}
              {p.participantMemberIds && p.participantMemberIds.length > 0 && (
                <Typography.Paragraph>
                  <b>{t('projects.participants')}：</b>
                  {p.participantMemberIds.map((m) => (
                    <Tag key={m}>
                      <MemberName id={m} />
                    </Tag>
                  ))}
                </Typography.Paragraph>
              )}
              <List
                size="small"
                header={t('projects.evaluations')}
                dataSource={p.evaluations}
                locale={{ emptyText: t('projects.noEvaluations') }}
                renderItem={(e) => (
                  <List.Item>
                    <Rate disabled value={e.score} /> {e.comment}
                  </List.Item>
                )}
              />
              {/* its money from the funds (issue 19), to those who read its community's funds */}
              <ProjectFunding project={p} />
            </Space>
          ),
        }}
        columns={[
          { title: t('common.title'), dataIndex: 'title' },
          {
            title: t('needs.community'),
            dataIndex: 'communityName',
            render: (name: string | null, p) => <span title={p.communityId}>{name ?? '—'}</span>,
          },
          {
            title: t('offers.unit'),
            dataIndex: 'unitName',
            render: (name: string | null, p) => <span title={p.unitId}>{name ?? '—'}</span>,
          },
          { title: t('common.quantity'), render: (_, p) => quantity(p.quantity) },
          { title: t('projects.createdAt'), dataIndex: 'createdAt', render: (d: string) => d?.slice(0, 10) },
          { title: t('common.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
          {
            title: t('projects.meanScore'),
            dataIndex: 'meanScore',
            render: (m: number | null) => (m === null ? '—' : m.toFixed(1)),
          },
          {
            title: t('common.actions'),
            render: (_, p) => (
              <Space size="small">
                {p.actions.includes('start') && (
                  <Button size="small" type="link" onClick={() => start(p)} data-testid="project-start">
                    {t('projects.start')}
                  </Button>
                )}
                {p.actions.includes('complete') && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => openDialog(() => setCompleting(p))}
                    data-testid="project-complete"
                  >
                    {t('projects.complete')}
                  </Button>
                )}
                {/* residents evaluate once, through the community side (issue 16 item 3): the server says when */}
                {p.actions.includes('evaluate') && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => openDialog(() => setEvaluating(p))}
                    data-testid="project-evaluate"
                  >
                    {t('projects.evaluate')}
                  </Button>
                )}
                {mayAudit && (
                  <Link to={`/audit?stream=matching.project-${p.id}`} data-testid="project-history">
                    {t('common.history')}
                  </Link>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={completing !== null}
        title={t('projects.complete')}
        onCancel={() => setCompleting(null)}
        onOk={() =>
          submit(
            // a cleared count is no count: null would be refused
            (body: Schemas['CompleteProjectDto']) =>
              api.post('/projects/{id}/complete', {
                path: { id: completing!.id },
                body: { ...body, beneficiaries: body.beneficiaries ?? undefined },
              }),
            ['report', 'participantMemberIds', 'beneficiaries'],
            () => setCompleting(null),
          )
        }
        okText={t('common.save')}
        cancelText={t('common.cancel')}
      >
        {dialogError}
        <Form form={form} layout="vertical">
          <Form.Item
            name="report"
            label={t('projects.report')}
            rules={[{ required: true, message: t('common.fixFields') }]}
          >
            <Input.TextArea rows={4} id="project-report" />
          </Form.Item>
          <Form.Item
            name="participantMemberIds"
            label={t('projects.participants')}
            extra={t('projects.participantsHint')}
          >
            <MemberPicker id="project-participants" communityId={completing?.communityId} multiple />
          </Form.Item>
          {/* 服务居民人次: the fund report's beneficiaries (issue 19), optional */}
          <Form.Item name="beneficiaries" label={t('projects.beneficiaries')} extra={t('projects.beneficiariesHint')}>
            <InputNumber id="project-beneficiaries" min={0} max={10_000_000} precision={0} style={{ width: 200 }} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={evaluating !== null}
        title={t('projects.evaluate')}
        onCancel={() => setEvaluating(null)}
        onOk={() =>
          submit(
            (body: Schemas['EvaluateProjectDto']) =>
              api.post('/projects/{id}/evaluations', { path: { id: evaluating!.id }, body }),
            ['score', 'comment'],
            () => setEvaluating(null),
          )
        }
        okText={t('common.save')}
        cancelText={t('common.cancel')}
      >
        {dialogError}
        <Form form={form} layout="vertical">
          <Form.Item
            name="score"
            label={t('projects.score')}
            rules={[{ required: true, message: t('common.fixFields') }]}
          >
            <Rate />
          </Form.Item>
          <Form.Item name="comment" label={t('projects.comment')}>
            <Input.TextArea rows={3} id="project-comment" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
