import {
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Form,
  Input,
  Modal,
  Rate,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { type Account, api, type OrgNode, type Schemas, type ServiceSite } from '../api';
import { OrgName, useFormFailure, usePaged, useScopeTree } from '../components/data';
import { OrgPicker } from '../components/OrgPicker';
import { PagedTable } from '../components/PagedTable';
import { ExportButton } from './imports/ExportButton';
import { useI18n } from '../i18n';
import { isAdmin, useAccount } from '../session';

type Level = ServiceSite['level'];
const LEVELS: Level[] = ['centre', 'station', 'point'];

/**
 * A site is rated by an admin of the organisation above the site's own (a site does not rate
 * itself; apps/organizations rate-service-site): here, a site of an organisation strictly below
 * the account's, or any for the bootstrap administrator.
 */
const mayRate = (account: Account, site: ServiceSite, flat: OrgNode[]) =>
  isAdmin(account) &&
  (account.orgId === null || (site.orgId !== account.orgId && flat.some((n) => n.id === site.orgId)));

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

  return (
    <Card
      title={t('sites.title')}
      extra={
        <Space>
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
          { title: t('sites.org'), dataIndex: 'orgId', render: (id: string) => <OrgName id={id} /> },
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
      <RateSite
        site={rating}
        maxStars={account.role === 'district_admin' || account.orgId === null ? 5 : DISTRICT_STARS - 1}
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
  const [form] = Form.useForm<Schemas['OpenSiteDto']>();
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      await api.post('/service-sites', { body: values });
      message.success(t('sites.registered', { name: values.name }));
      form.resetFields();
      onSaved();
    } catch (e) {
      formFailure(form, e, ['orgId', 'name', 'level', 'address']);
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
      <Form form={form} layout="vertical" initialValues={{ level: 'station' }}>
        <Form.Item name="orgId" label={t('sites.org')} rules={[{ required: true, message: t('common.required') }]}>
          <OrgPicker id="site-org" tree={tree} kinds={['district', 'street', 'community', 'grid']} />
        </Form.Item>
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

interface RateValues {
  year: Dayjs;
  stars: number;
  reason: string;
}

/** Seed 002: 四星级以上由区层面考评 — four and five stars are the district's to give. */
const DISTRICT_STARS = 4;

/**
 * The yearly 星级评定 of a site: a year not yet rated and begun, 1–5 stars (a street's admin up to
 * three: `maxStars`), and why.
 */
function RateSite({
  site,
  maxStars,
  onClose,
  onSaved,
}: {
  site: ServiceSite | null;
  maxStars: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formFailure = useFormFailure();
  const [form] = Form.useForm<RateValues>();
  const rated = new Set(site?.ratings.map((r) => r.year) ?? []);
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !site) return;
    try {
      await api.post('/service-sites/{id}/ratings', {
        path: { id: site.id },
        body: { year: values.year.year(), stars: values.stars, reason: values.reason },
      });
      message.success(t('sites.rated'));
      form.resetFields();
      onSaved();
    } catch (e) {
      formFailure(form, e, ['year', 'stars', 'reason']);
    }
  };
  return (
    <Modal
      open={site !== null}
      title={t('sites.rateTitle', { name: site?.name ?? '' })}
      onCancel={onClose}
      onOk={save}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'rating-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ year: dayjs().subtract(1, 'year') }}>
        <Form.Item name="year" label={t('sites.year')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker
            id="rating-year"
            picker="year"
            disabledDate={(d) => d.year() > dayjs().year() || d.year() < 2000 || rated.has(d.year())}
          />
        </Form.Item>
        <Form.Item
          name="stars"
          label={t('sites.stars')}
          extra={maxStars < 5 ? t('sites.districtStars') : undefined}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Rate data-testid="rating-stars" count={maxStars} />
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
