import {
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, type ServiceSite } from '../../api';
import { useFormFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import { authorityWords, type Checklist, type SiteStandards } from './standards';

type Level = ServiceSite['level'];
const LEVELS: Level[] = ['station', 'point', 'centre'];

/**
 * 星级考评标准: the district's checklists by level (their version, who edited them and when), the
 * star rule, and from how many stars the district rates. Everyone reads it; the district's admins
 * edit a checklist (a new version: ratings already given keep theirs) and the rule.
 */
export function StandardsDrawer({
  open,
  standards,
  mayEdit,
  onClose,
  onSaved,
}: {
  open: boolean;
  standards: SiteStandards | null;
  mayEdit: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Checklist | null>(null);
  if (!standards) return null;
  const versionsOf = (level: Level) => standards.versions.filter((v) => v.level === level).length;
  return (
    <Drawer
      open={open}
      title={t('sites.standards')}
      onClose={onClose}
      width={720}
      destroyOnHidden
      data-testid="site-standards"
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Authority standards={standards} mayEdit={mayEdit} onSaved={onSaved} />
        <Card size="small" title={t('sites.starRuleTitle')}>
          <Table
            size="small"
            pagination={false}
            rowKey="missed"
            dataSource={standards.starRule}
            columns={[
              {
                title: t('sites.itemsMissed'),
                dataIndex: 'missed',
                render: (m: number) =>
                  m === 0 ? t('sites.allMet') : m === 1 ? t('sites.oneMissed') : t('sites.moreMissed'),
              },
              {
                title: t('sites.starsAllowed'),
                render: (_, r) =>
                  r.least === r.most
                    ? t('sites.nStars', { n: r.least })
                    : t('sites.starsBetween', { least: r.least, most: r.most }),
              },
            ]}
          />
          <Typography.Text type="secondary">{t('sites.starRule')}</Typography.Text>
        </Card>
        <Tabs
          items={LEVELS.map((level) => {
            const checklist = standards.checklists.find((c) => c.level === level)!;
            return {
              key: level,
              label: `${t(`sites.level.${level}`)}（${t(`sites.standardName.${level}`)}）`,
              children: (
                <Card
                  size="small"
                  data-testid={`checklist-${level}`}
                  title={
                    <Space>
                      {t('sites.version', { version: checklist.version })}
                      {checklist.editedAt ? (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('sites.editedBy', { by: checklist.editedBy ?? '', at: checklist.editedAt.slice(0, 10) })}
                        </Typography.Text>
                      ) : (
                        <Tag>{t('sites.defaultChecklist')}</Tag>
                      )}
                      {versionsOf(level) > 1 && <Tag color="blue">{t('sites.versions', { n: versionsOf(level) })}</Tag>}
                    </Space>
                  }
                  extra={
                    mayEdit && (
                      <Button
                        size="small"
                        onClick={() => setEditing(checklist)}
                        data-testid={`checklist-edit-${level}`}
                      >
                        {t('common.edit')}
                      </Button>
                    )
                  }
                >
                  <List
                    size="small"
                    dataSource={checklist.items}
                    renderItem={(item, index) => (
                      <List.Item>
                        <List.Item.Meta title={`${index + 1}. ${item.name}`} description={item.description || '—'} />
                      </List.Item>
                    )}
                  />
                </Card>
              ),
            };
          })}
        />
      </Space>
      {editing && standards.districtId && (
        <EditChecklist
          districtId={standards.districtId}
          checklist={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onSaved();
          }}
        />
      )}
    </Drawer>
  );
}

function Authority({
  standards,
  mayEdit,
  onSaved,
}: {
  standards: SiteStandards;
  mayEdit: boolean;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<{ districtStars: number }>();
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !standards.districtId) return;
    try {
      await api.post('/organizations/{id}/site-standards/authority', {
        path: { id: standards.districtId },
        body: values,
      });
      message.success(t('sites.authoritySaved'));
      onSaved();
    } catch (e) {
      formFailure(form, e, ['districtStars']);
    }
  };
  const n = standards.districtStars;
  return (
    <Card size="small" title={t('sites.authorityTitle')} data-testid="site-authority">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('sites.authorityNow')}>
          <b>{t('sites.authority', authorityWords(n))}</b>
        </Descriptions.Item>
        {standards.authoritySetAt && (
          <Descriptions.Item label={t('sites.authoritySet')}>
            {standards.authoritySetBy} · {standards.authoritySetAt.slice(0, 10)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {mayEdit && (
        <Form form={form} layout="inline" initialValues={{ districtStars: n }}>
          <Form.Item
            name="districtStars"
            label={t('sites.districtFrom')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <InputNumber id="district-stars" min={1} max={6} addonAfter={t('sites.starUnit')} />
          </Form.Item>
          <Button onClick={save} data-testid="authority-save">
            {t('common.save')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

function EditChecklist({
  districtId,
  checklist,
  onClose,
  onSaved,
}: {
  districtId: string;
  checklist: Checklist;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<{ items: Array<{ id?: string; name: string; description: string }> }>();
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      const items = values.items.map((i) => ({
        ...(i.id ? { id: i.id } : {}),
        name: i.name,
        description: i.description ?? '',
      }));
      await api.post('/organizations/{id}/site-standards/checklists', {
        path: { id: districtId },
        body: { level: checklist.level, items },
      });
      message.success(t('sites.checklistSaved', { version: checklist.version + 1 }));
      onSaved();
    } catch (e) {
      formFailure(form, e, ['items']);
    }
  };
  return (
    <Drawer
      open
      title={t('sites.editChecklist', { level: t(`sites.level.${checklist.level}`) })}
      onClose={onClose}
      width={640}
      extra={
        <Button type="primary" onClick={save} data-testid="checklist-save">
          {t('sites.saveVersion', { version: checklist.version + 1 })}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('sites.versionHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ items: checklist.items }}>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  data-testid="checklist-editor-item"
                  title={t('sites.itemN', { n: index + 1 })}
                  extra={
                    fields.length > 1 && (
                      <Button size="small" type="link" danger onClick={() => remove(field.name)}>
                        {t('sites.removeItem')}
                      </Button>
                    )
                  }
                >
                  <Form.Item name={[field.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('common.name')}
                    rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                  >
                    <Input maxLength={40} data-testid="checklist-item-name" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'description']} label={t('sites.itemDescription')}>
                    <Input.TextArea rows={2} maxLength={300} data-testid="checklist-item-description" />
                  </Form.Item>
                </Card>
              ))}
              {fields.length < 15 && (
                <Button block onClick={() => add({ name: '', description: '' })} data-testid="checklist-add">
                  {t('sites.addItem')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
