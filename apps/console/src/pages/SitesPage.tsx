import {
  App,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  Modal,
  Radio,
  Rate,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { type Account, api, type OrgNode, type Schemas, type ServiceSite } from '../api';
import { OrgName, useFailure, useFormFailure, usePaged, useScopeTree } from '../components/data';
import { OrgPicker } from '../components/OrgPicker';
import { PagedTable } from '../components/PagedTable';
import { ExportButton } from './imports/ExportButton';
import { useI18n } from '../i18n';
import { isAdmin, useAccount } from '../session';
import { RateSite } from './sites/RateSite';
import { StandardsDrawer } from './sites/StandardsDrawer';
import { isDistrictRater, openEvidence, useSiteStandards } from './sites/standards';

type Level = ServiceSite['level'];
const LEVELS: Level[] = ['centre', 'station', 'point'];

/**
 * A site is rated by an admin of the organisation above the site's own (a site does not rate
 * itself; apps/organizations rate-service-site): here, a site of an organisation strictly below
 * the account's, or any for the bootstrap administrator; a site of units, by the admins of the
 * place the units lie in and above.
 */
const mayRate = (account: Account, site: ServiceSite, flat: OrgNode[]) =>
  isAdmin(account) &&
  (account.orgId === null ||
    ((site.unitIds.length > 0 || site.orgId !== account.orgId) && flat.some((n) => n.id === site.orgId)));

/**
 * 阵地 (党群服务中心/站/点): the sites of the account's area, searchable, by level and stars, with
 * the total; register one, rate it once a year (stars with the reason), and its history of
 * ratings. Admins act; everyone reads.
 */
export default function SitesPage() {
  const { t } = useI18n();
  const account = useAccount();
  const { tree, flat } = useScopeTree(account);
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<Level | undefined>();
  const [stars, setStars] = useState<number | undefined>();
  const mine = account.orgId && isAdmin(account) ? account.orgId : undefined;
  const [within, setWithin] = useState<string | undefined>(mine);
  const query = { q: q || undefined, level, stars, within };
  const paged = usePaged('/service-sites', { query });
  const [opening, setOpening] = useState(false);
  const [rating, setRating] = useState<ServiceSite | null>(null);
  const [history, setHistory] = useState<ServiceSite | null>(null);
  const [showStandards, setShowStandards] = useState(false);
  const fail = useFailure();
  const [tick, setTick] = useState(0);
  const districtId = account.orgId ?? flat.find((n) => n.kind === 'district')?.id ?? null;
  const standards = useSiteStandards(districtId, tick);
  const districtRater = isDistrictRater(account);

  return (
    <Card
      title={t('sites.title')}
      extra={
        <Space>
          <Button onClick={() => setShowStandards(true)} data-testid="site-standards-open" disabled={!standards}>
            {t('sites.standards')}
          </Button>
          <ExportButton kind="sites" query={{ orgId: within }} />
          {isAdmin(account) && (
            <Button type="primary" onClick={() => setOpening(true)} data-testid="site-create">
              {t('sites.register')}
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('sites.search')} onSearch={setQ} style={{ width: 220 }} />
        <Select
          allowClear
          placeholder={t('sites.level')}
          style={{ width: 150 }}
          value={level}
          onChange={setLevel}
          options={LEVELS.map((l) => ({ value: l, label: t(`sites.level.${l}`) }))}
        />
        <Select
          allowClear
          placeholder={t('sites.stars')}
          style={{ width: 120 }}
          value={stars}
          onChange={setStars}
          options={[5, 4, 3, 2, 1].map((n) => ({ value: n, label: t('sites.nStars', { n }) }))}
        />
        <OrgPicker
          tree={tree}
          kinds={['district', 'street', 'community', 'grid']}
          value={within}
          onChange={setWithin}
          allowClear
          placeholder={t('units.within')}
        />
      </Space>
      <PagedTable<ServiceSite>
        paged={paged}
        empty={isAdmin(account) ? t('sites.emptyAdmin') : t('sites.empty')}
        testId="sites-table"
        columns={[
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('sites.level'), dataIndex: 'level', render: (l: Level) => <Tag>{t(`sites.level.${l}`)}</Tag> },
          {
            title: t('sites.org'),
            dataIndex: 'orgId',
            render: (id: string, s) =>
              s.unitIds.length === 0 ? (
                <OrgName id={id} />
              ) : (
                <Space direction="vertical" size={0} data-testid="site-units">
                  <OrgName id={id} />
                  <Space size={[2, 2]} wrap>
                    {s.unitIds.map((u) => (
                      <Tag key={u} color="geekblue">
                        <OrgName id={u} />
                      </Tag>
                    ))}
                  </Space>
                </Space>
              ),
          },
          { title: t('sites.address'), dataIndex: 'address', render: (a: string) => a || '—' },
          {
            title: t('sites.currentStars'),
            render: (_, s) =>
              s.currentStars ? (
                <span data-testid="site-stars">
                  <Rate disabled value={s.currentStars} style={{ fontSize: 14 }} />{' '}
                  <Typography.Text type="secondary">{s.ratings.at(-1)?.year}</Typography.Text>
                </span>
              ) : (
                <Typography.Text type="secondary">{t('sites.notRated')}</Typography.Text>
              ),
          },
          {
            title: t('common.actions'),
            render: (_, s) => (
              <Space size={0}>
                {mayRate(account, s, flat) && (
                  <Button size="small" type="link" onClick={() => setRating(s)} data-testid="site-rate">
                    {t('sites.rate')}
                  </Button>
                )}
                <Button size="small" type="link" onClick={() => setHistory(s)} data-testid="site-history">
                  {t('sites.history')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <OpenSite
        open={opening}
        tree={tree}
        onClose={() => setOpening(false)}
        onSaved={() => {
          setOpening(false);
          paged.reload();
        }}
      />
      <StandardsDrawer
        open={showStandards}
        standards={standards}
        mayEdit={districtRater && standards?.districtId != null}
        onClose={() => setShowStandards(false)}
        onSaved={() => setTick((n) => n + 1)}
      />
      <RateSite
        site={rating}
        standards={standards}
        districtRater={districtRater}
        onClose={() => setRating(null)}
        onSaved={() => {
          setRating(null);
          paged.reload();
        }}
      />
      <Drawer
        open={history !== null}
        title={t('sites.historyOf', { name: history?.name ?? '' })}
        onClose={() => setHistory(null)}
        width={520}
        destroyOnHidden
      >
        {history && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>
              <OrgName id={history.orgId} /> · {t(`sites.level.${history.level}`)}
              {history.address ? ` · ${history.address}` : ''}
            </Typography.Text>
            {history.unitIds.length > 0 && (
              <Space size={[2, 2]} wrap>
                {t('sites.units')}：
                {history.unitIds.map((u) => (
                  <Tag key={u} color="geekblue">
                    <OrgName id={u} />
                  </Tag>
                ))}
              </Space>
            )}
            {history.ratings.length === 0 ? (
              <Typography.Text type="secondary">{t('sites.noRatings')}</Typography.Text>
            ) : (
              <Timeline
                data-testid="site-ratings"
                items={[...history.ratings].reverse().map((r) => ({
                  children: (
                    <Space direction="vertical" size={0}>
                      <span>
                        <b>{t('sites.yearRating', { year: r.year })}</b>{' '}
                        <Rate disabled value={r.stars} style={{ fontSize: 14 }} />
                      </span>
                      <span>{r.reason}</span>
                      {r.checklist && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('sites.itemsMet', {
                            met: r.items.filter((i) => i.met).length,
                            total: r.items.length,
                            version: r.checklist.version,
                          })}
                        </Typography.Text>
                      )}
                      {r.items.map((i) => (
                        <span key={i.itemId} data-testid="rating-item" style={{ fontSize: 12 }}>
                          <Tag color={i.met ? 'green' : 'default'} style={{ marginRight: 4 }}>
                            {i.met ? '✓' : '✗'} {i.name}
                          </Tag>
                          <Typography.Text type="secondary">{i.note}</Typography.Text>
                          {i.fileSha256 && (
                            <Button
                              size="small"
                              type="link"
                              data-testid="rating-file"
                              onClick={() => void openEvidence(history.id, i.fileSha256!).catch(fail)}
                            >
                              {t('sites.openFile')}
                            </Button>
                          )}
                        </span>
                      ))}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('sites.ratedBy')} <span data-latin>{r.ratedBy}</span>
                      </Typography.Text>
                    </Space>
                  ),
                }))}
              />
            )}
          </Space>
        )}
      </Drawer>
    </Card>
  );
}

function OpenSite({
  open,
  tree,
  onClose,
  onSaved,
}: {
  open: boolean;
  tree: OrgNode | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<Schemas['OpenSiteDto'] & { owner: 'org' | 'units' }>();
  const owner = Form.useWatch('owner', form) ?? 'org';
  const units: Array<{ value: string; label: string }> = [];
  const walk = (n: OrgNode) => {
    units.push(...n.units.map((u) => ({ value: u.id, label: u.name })));
    n.children.forEach(walk);
  };
  if (tree) walk(tree);
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const { owner: chosen, orgId, unitIds, ...site } = values;
    const body = chosen === 'units' ? { ...site, unitIds } : { ...site, orgId };
    try {
      await api.post('/service-sites', { body });
      message.success(t('sites.registered', { name: values.name }));
      form.resetFields();
      onSaved();
    } catch (e) {
      formFailure(form, e, ['orgId', 'unitIds', 'name', 'level', 'address']);
    }
  };
  return (
    <Modal
      open={open}
      title={t('sites.register')}
      onCancel={onClose}
      onOk={save}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'site-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical" initialValues={{ level: 'station', owner: 'org' }}>
        <Form.Item name="owner" label={t('sites.owner')}>
          <Radio.Group
            data-testid="site-owner"
            options={[
              { value: 'org', label: t('sites.ownerOrg') },
              { value: 'units', label: t('sites.ownerUnits') },
            ]}
          />
        </Form.Item>
        {owner === 'org' ? (
          <Form.Item name="orgId" label={t('sites.org')} rules={[{ required: true, message: t('common.required') }]}>
            <OrgPicker id="site-org" tree={tree} kinds={['district', 'street', 'community', 'grid']} />
          </Form.Item>
        ) : (
          <Form.Item
            name="unitIds"
            label={t('sites.units')}
            extra={t('sites.unitsHint')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select id="site-units" mode="multiple" showSearch optionFilterProp="label" options={units} />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('common.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input id="site-name" maxLength={100} />
        </Form.Item>
        <Form.Item name="level" label={t('sites.level')} rules={[{ required: true, message: t('common.required') }]}>
          <Select id="site-level" options={LEVELS.map((l) => ({ value: l, label: t(`sites.level.${l}`) }))} />
        </Form.Item>
        <Form.Item name="address" label={t('sites.address')}>
          <Input id="site-address" maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
