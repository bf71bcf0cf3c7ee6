import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import type { Role } from './api';
import { useI18n } from './i18n';
import type { MessageKey } from './messages';
import { setupDue } from './pages/setup/firstRun';
import { useAccount, useSession } from './session';

const ADMINS: Role[] = ['district_admin', 'street_admin', 'community_admin'];

const PAGES: Array<{ path: string; key: MessageKey; roles?: Role[] }> = [
  { path: '/', key: 'nav.home' },
  { path: '/needs', key: 'nav.needs' },
  { path: '/offers', key: 'nav.offers' },
  { path: '/matching', key: 'nav.matching' },
  { path: '/projects', key: 'nav.projects' },
  { path: '/organizations', key: 'nav.organizations' },
  { path: '/grid', key: 'nav.grid', roles: [...ADMINS, 'auditor', 'grid_worker'] },
  { path: '/units', key: 'nav.units' },
  { path: '/sites', key: 'nav.sites' },
  { path: '/members', key: 'nav.members' },
  { path: '/volunteering', key: 'nav.volunteering' },
  { path: '/accounts', key: 'nav.accounts', roles: [...ADMINS, 'auditor'] },
  { path: '/imports', key: 'nav.imports', roles: [...ADMINS, 'auditor'] },
  { path: '/funds', key: 'nav.funds', roles: [...ADMINS, 'auditor'] },
  { path: '/micro-projects', key: 'nav.microProjects', roles: [...ADMINS, 'auditor'] },
  { path: '/reports', key: 'nav.reports', roles: [...ADMINS, 'auditor', 'unit_contact'] },
  { path: '/merchants', key: 'nav.merchants' },
  { path: '/assessment', key: 'nav.assessment', roles: [...ADMINS, 'auditor'] },
  { path: '/rankings', key: 'nav.rankings', roles: [...ADMINS, 'auditor'] },
  { path: '/awards', key: 'nav.awards', roles: [...ADMINS, 'auditor'] },
  { path: '/dashboard', key: 'nav.dashboard', roles: ['district_admin', 'street_admin', 'auditor'] },
  { path: '/audit', key: 'nav.audit', roles: ['district_admin', 'auditor'] },
];

/** The frame of every page: the menu for the person's role, language toggle, logout. */
export default function Shell() {
  const { t, locale, setLocale, label } = useI18n();
  const { logout } = useSession();
  const account = useAccount();
  const navigate = useNavigate();
  const location = useLocation();
  // the bootstrap administrator of an empty region is greeted by the first-run setup
  useEffect(() => {
    let live = true;
    setupDue(account)
      .then((due) => live && due && navigate('/setup', { replace: true }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [account, navigate]);
  const items = PAGES.filter((p) => !p.roles || p.roles.includes(account.role)).map((p) => ({
    key: p.path,
    label: t(p.key),
  }));
  // a joint meeting's session lies under 组织架构, where its meeting's sessions are listed (issue 20)
  const pathname = location.pathname.startsWith('/joint-meeting-sessions/') ? '/organizations' : location.pathname;
  const selected = PAGES.filter((p) => p.path !== '/' && pathname.startsWith(p.path)).map((p) => p.path);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={200}>
        <Typography.Title level={4} style={{ margin: '16px 20px', color: '#c0392b' }}>
          {t('app.short')}
        </Typography.Title>
        <Menu
          mode="inline"
          selectedKeys={selected.length ? selected : ['/']}
          items={items}
          onClick={(e) => navigate(e.key)}
          data-testid="nav"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            padding: '0 24px',
          }}
        >
          <Typography.Text strong>{t('app.title')}</Typography.Text>
          <Space>
            <span data-testid="whoami" data-latin>
              {account.displayName}
            </span>
            <Tag color="red">{label('role', account.role)}</Tag>
            <Button
              size="small"
              data-testid="language-toggle"
              onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
            >
              {t('app.language')}
            </Button>
            <Button size="small" onClick={logout} data-testid="logout">
              {t('app.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
