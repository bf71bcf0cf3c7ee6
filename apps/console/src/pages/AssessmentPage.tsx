import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { INDEX_KIND_CODES, type IndexKind } from '@gongjian/contracts';
import { api, type IndicatorSet } from '../api';
import { useFailure, useFormFailure } from '../components/data';
import { useI18n } from '../i18n';
import { useAccount } from '../session';
import { IndicatorText } from './assessment/common';
import { SetEditor } from './assessment/SetEditor';
import { WhatIfPanel } from './assessment/WhatIfPanel';

/**
 * 考核: the indicator sets of the 先锋指数 and the 堡垒指数 — the defaults, and those the district
 * drafted. A district admin drafts a set, edits the draft, tries it (what-if: replayed over the real
 * history beside the published set) and publishes it with the day it takes effect; the other
 * admins and the auditor read the published sets.
 */
export default function AssessmentPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const fail = useFailure();
  const account = useAccount();
  const district = account.role === 'district_admin';
  const [index, setIndex] = useState<IndexKind>('pioneer');
  const [sets, setSets] = useState<IndicatorSet[]>([]);
  const [editing, setEditing] = useState<IndicatorSet | 'new' | null>(null);
  const [trying, setTrying] = useState<IndicatorSet | null>(null);
  const [publishing, setPublishing] = useState<IndicatorSet | null>(null);

  const load = useCallback(() => {
    api
      .get('/assessment/indicator-sets', { query: { index } })
      .then((r) => setSets(r.items))
      .catch(fail);
  }, [index, fail]);
  useEffect(load, [load]);

  return (
    <Card
      title={t('assessment.title')}
      extra={
        district && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="set-draft">
            {t('assessment.draft')}
          </Button>
        )
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">
          {district ? t('assessment.intro') : t('assessment.readOnly')}
        </Typography.Paragraph>
        <Tabs
          activeKey={index}
          onChange={(k) => setIndex(k as IndexKind)}
          items={INDEX_KIND_CODES.map((k) => ({ key: k, label: label('indexKind', k) }))}
        />
        <Table<IndicatorSet>
          rowKey="id"
          dataSource={sets}
          pagination={false}
          data-testid="sets-table"
          columns={[
            {
              title: t('assessment.name'),
              render: (_, s) => (
                <Space>
                  <Typography.Text strong>{s.name}</Typography.Text>
                  {s.builtIn && <Tag>{t('assessment.builtIn')}</Tag>}
                </Space>
              ),
            },
            { title: t('assessment.period'), render: (_, s) => label('assessmentPeriod', s.period) },
            {
              title: t('assessment.status'),
              render: (_, s) => (
                <Tag color={s.status === 'published' ? 'green' : 'gold'}>{label('setStatus', s.status)}</Tag>
              ),
            },
            { title: t('assessment.effectiveFrom'), render: (_, s) => s.effectiveFrom ?? '—' },
            {
              title: t('assessment.indicators'),
              render: (_, s) => (
                <Space direction="vertical" size={0}>
                  {s.indicators.map((i) => (
                    <IndicatorText key={`${i.measure}|${i.category ?? ''}`} indicator={i} />
                  ))}
                </Space>
              ),
            },
            ...(district
              ? [
                  {
                    title: t('common.actions'),
                    render: (_: unknown, s: IndicatorSet) =>
                      s.status === 'draft' && (
                        <Space>
                          <Button size="small" onClick={() => setEditing(s)} data-testid="set-edit">
                            {t('common.edit')}
                          </Button>
                          <Button size="small" onClick={() => setTrying(s)} data-testid="set-what-if">
                            {t('assessment.whatIf')}
                          </Button>
                          <Button
                            size="small"
                            type="primary"
                            onClick={() => setPublishing(s)}
                            data-testid="set-publish"
                          >
                            {t('assessment.publish')}
                          </Button>
                        </Space>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Space>
      <SetEditor
        open={editing !== null}
        editing={editing === 'new' ? null : editing}
        index={index}
        onClose={() => setEditing(null)}
        onSaved={(s) => {
          setEditing(null);
          setIndex(s.index);
          message.success(t('assessment.saved', { name: s.name }));
          load();
        }}
      />
      <WhatIfPanel set={trying} onClose={() => setTrying(null)} />
      <PublishForm
        set={publishing}
        onClose={() => setPublishing(null)}
        onPublished={(s) => {
          setPublishing(null);
          message.success(t('assessment.published', { name: s.name, day: s.effectiveFrom ?? '' }));
          load();
        }}
      />
    </Card>
  );
}

/** The first day of the next period of a kind: where a set may take effect. */
function nextStart(kind: IndicatorSet['period'], now = new Date()): string {
  const month = kind === 'year' ? 12 : Math.floor(now.getUTCMonth() / 3) * 3 + 3;
  return new Date(Date.UTC(now.getUTCFullYear(), month, 1)).toISOString().slice(0, 10);
}

function PublishForm({
  set,
  onClose,
  onPublished,
}: {
  set: IndicatorSet | null;
  onClose: () => void;
  onPublished: (s: IndicatorSet) => void;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<{ effectiveFrom: string }>();
  const [busy, setBusy] = useState(false);
  const formFailure = useFormFailure();
  useEffect(() => {
    if (set) form.setFieldsValue({ effectiveFrom: nextStart(set.period) });
  }, [set, form]);
  const submit = async () => {
    const { effectiveFrom } = await form.validateFields();
    setBusy(true);
    try {
      onPublished(
        await api.post('/assessment/indicator-sets/{id}/publish', { path: { id: set!.id }, body: { effectiveFrom } }),
      );
    } catch (error) {
      formFailure(form, error, ['effectiveFrom']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={set !== null}
      title={set && t('assessment.publishTitle', { name: set.name })}
      okText={t('assessment.publish')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      {set && (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          message={t('assessment.publishHint', { period: label('assessmentPeriod', set.period) })}
        />
      )}
      <Form form={form} layout="vertical" data-testid="set-publish-form">
        <Form.Item
          name="effectiveFrom"
          label={t('assessment.effectiveFrom')}
          rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}
        >
          <Input placeholder="YYYY-MM-DD" style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
