import { PaperClipOutlined } from '@ant-design/icons';
import { App, Alert, Button, Checkbox, DatePicker, Form, Input, Modal, Rate, Space, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { siteStarRange } from '@gongjian/contracts';
import { api, type ServiceSite } from '../../api';
import { useFailure, useFormFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import { authorityWords, type SiteStandards, uploadEvidence } from './standards';

interface RateValues {
  year: Dayjs;
  stars: number;
  reason: string;
  items: Array<{ itemId: string; met: boolean; note: string }>;
}

/**
 * The yearly 星级评定 of a site against its level's checklist (七个一, 五个一…): each item met or
 * not with its evidence; the stars allowed follow live from the items met (siteStarRange, the
 * server's rule), capped for a street by the district's rule (`districtOnly`: it may not give
 * `districtStars`); and why.
 */
export function RateSite({
  site,
  standards,
  districtRater,
  onClose,
  onSaved,
}: {
  site: ServiceSite | null;
  standards: SiteStandards | null;
  districtRater: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<RateValues>();
  const fail = useFailure();
  /** the evidence files uploaded, by item: their names and hashes */
  const [files, setFiles] = useState<Record<string, { name: string; sha256: string }>>({});
  useEffect(() => setFiles({}), [site?.id]);
  const attach = async (itemId: string, file: File) => {
    if (!site) return;
    try {
      const stored = await uploadEvidence(site.id, file);
      setFiles((f) => ({ ...f, [itemId]: { name: file.name, sha256: stored.sha256 } }));
    } catch (e) {
      fail(e);
    }
  };
  const checklist = standards?.checklists.find((c) => c.level === site?.level);
  const answers = Form.useWatch('items', form) ?? [];
  const stars = Form.useWatch('stars', form);
  const total = checklist?.items.length ?? 0;
  const met = answers.filter((a) => a?.met).length;
  const range = siteStarRange(met, total);
  const districtStars = standards?.districtStars ?? 4;
  const most = districtRater ? range.most : Math.min(range.most, districtStars - 1);
  const rated = new Set(site?.ratings.map((r) => r.year) ?? []);
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !site) return;
    try {
      await api.post('/service-sites/{id}/ratings', {
        path: { id: site.id },
        body: {
          year: values.year.year(),
          stars: values.stars,
          reason: values.reason,
          items: values.items.map((a) => ({
            itemId: a.itemId,
            met: Boolean(a.met),
            note: a.note ?? '',
            ...(files[a.itemId] ? { fileSha256: files[a.itemId].sha256 } : {}),
          })),
        },
      });
      message.success(t('sites.rated'));
      form.resetFields();
      setFiles({});
      onSaved();
    } catch (e) {
      formFailure(form, e, ['year', 'stars', 'reason', 'items']);
    }
  };
  const initialItems = checklist?.items.map((i) => ({ itemId: i.id, met: false, note: '' })) ?? [];
  return (
    <Modal
      open={site !== null && checklist !== undefined}
      title={t('sites.rateTitle', { name: site?.name ?? '' })}
      onCancel={onClose}
      onOk={save}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      width={720}
      okButtonProps={{ 'data-testid': 'rating-save' } as Record<string, string>}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ year: dayjs().subtract(1, 'year'), items: initialItems }}
      >
        <Form.Item name="year" label={t('sites.year')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker
            id="rating-year"
            picker="year"
            disabledDate={(d) => d.year() > dayjs().year() || d.year() < 2000 || rated.has(d.year())}
          />
        </Form.Item>
        <Typography.Text strong>
          {t('sites.checklistOf', {
            level: t(`sites.level.${site?.level ?? 'station'}`),
            version: checklist?.version ?? 1,
          })}
        </Typography.Text>
        <div data-testid="rating-checklist" style={{ margin: '8px 0 16px' }}>
          <Form.List name="items">
            {(fields) =>
              fields.map((field, index) => {
                const item = checklist!.items[index];
                return (
                  <div key={field.key} data-testid={`checklist-item-${item.id}`} style={{ marginBottom: 8 }}>
                    <Space align="start" style={{ width: '100%' }}>
                      <Form.Item name={[field.name, 'met']} valuePropName="checked" noStyle>
                        <Checkbox data-testid="checklist-met">
                          <b>{item.name}</b>
                        </Checkbox>
                      </Form.Item>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {item.description}
                      </Typography.Text>
                    </Space>
                    <Form.Item
                      name={[field.name, 'note']}
                      style={{ margin: '4px 0 0 24px' }}
                      dependencies={[['items', field.name, 'met']]}
                      rules={[
                        {
                          validator: (_, note: string | undefined) =>
                            form.getFieldValue(['items', field.name, 'met']) && !note?.trim()
                              ? Promise.reject(new Error(t('sites.evidenceNeeded')))
                              : Promise.resolve(),
                        },
                      ]}
                    >
                      <Input
                        size="small"
                        maxLength={500}
                        placeholder={t('sites.evidence')}
                        data-testid="checklist-note"
                        addonAfter={
                          <Upload
                            accept="image/jpeg,image/png,application/pdf"
                            maxCount={1}
                            showUploadList={false}
                            customRequest={({ file }) => void attach(item.id, file as File)}
                          >
                            <Button
                              size="small"
                              type="link"
                              data-testid="checklist-file"
                              icon={files[item.id] ? <PaperClipOutlined /> : undefined}
                              style={{ height: 20, padding: 0 }}
                            >
                              {files[item.id] ? files[item.id].name : t('sites.attach')}
                            </Button>
                          </Upload>
                        }
                      />
                    </Form.Item>
                  </div>
                );
              })
            }
          </Form.List>
        </div>
        <Alert
          type={met === total ? 'success' : 'warning'}
          showIcon
          data-testid="rating-range"
          style={{ marginBottom: 12 }}
          message={t(
            most < range.least ? 'sites.rangeNone' : most === range.least ? 'sites.rangeOne' : 'sites.rangeNow',
            { met, total, least: range.least, most },
          )}
          description={
            <Space direction="vertical" size={0}>
              <span>{t('sites.starRule')}</span>
              <span>{t('sites.authority', authorityWords(districtStars))}</span>
            </Space>
          }
        />
        <Form.Item
          name="stars"
          label={t('sites.stars')}
          rules={[
            { required: true, message: t('common.required') },
            {
              validator: (_, v: number | undefined) =>
                v === undefined || (v >= range.least && v <= most)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('sites.starsOutside', { least: range.least, most }))),
            },
          ]}
          help={
            stars !== undefined && (stars < range.least || stars > most)
              ? t('sites.starsOutside', { least: range.least, most })
              : undefined
          }
        >
          <Rate data-testid="rating-stars" count={Math.max(most, 1)} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('sites.reason')}
          extra={t('sites.reasonHint')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea id="rating-reason" rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
