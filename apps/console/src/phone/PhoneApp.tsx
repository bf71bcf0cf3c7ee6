import {
  GiftOutlined,
  HomeOutlined,
  LogoutOutlined,
  NotificationOutlined,
  ScanOutlined,
  TranslationOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { App as AntApp, Button, Dropdown, Typography } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { useI18n } from '../i18n';
import type { MessageKey } from '../messages';
import { useAccount, useSession } from '../session';
import { ActivityPage } from './ActivityPage';
import { HomePage } from './HomePage';
import { OpenActivities } from './OpenActivities';
import { ScanPage } from './ScanPage';
import { VolunteerProvider } from './volunteer';
import './phone.css';

// the member's extra pages load when opened: the check-in path stays as small as it can be
const PointsPage = lazy(() => import('./PointsPage'));
const WishesPage = lazy(() => import('./WishesPage'));

interface Tab {
  path: string;
  key: MessageKey;
  icon: ReactNode;
}

const MEMBER_TABS: Tab[] = [
  { path: '/', key: 'phone.nav.home', icon: <HomeOutlined /> },
  { path: '/activities', key: 'phone.nav.activities', icon: <NotificationOutlined /> },
  { path: '/scan', key: 'phone.nav.scan', icon: <ScanOutlined /> },
  { path: '/points', key: 'phone.nav.points', icon: <TrophyOutlined /> },
  { path: '/wishes', key: 'phone.nav.wishes', icon: <GiftOutlined /> },
];
const RESIDENT_TABS = MEMBER_TABS.slice(0, 3);

/**
 * The console of people acting for themselves (issue 18): a party member's or a resident
 * volunteer's account gets these pages, laid out for a phone (360–414 px): a top bar, the page,
 * and a tab bar at the bottom within the thumb's reach.
 */
export default function PhoneApp() {
  const { t, locale, setLocale } = useI18n();
  const { logout } = useSession();
  const account = useAccount();
  const location = useLocation();
  const tabs = account.role === 'member' ? MEMBER_TABS : RESIDENT_TABS;
  const current = [...tabs]
    .reverse()
    .find((tab) => (tab.path === '/' ? location.pathname === '/' : location.pathname.startsWith(tab.path)));
  const page = (node: ReactNode) => <Suspense fallback={<div className="phone-loading" />}>{node}</Suspense>;
  return (
    <VolunteerProvider>
      {/* one short message at a time, under the top bar: it never covers what the page says */}
      <AntApp message={{ top: 56, maxCount: 1, duration: 2 }} className="phone">
        <header className="phone-bar">
          <Typography.Text strong className="phone-brand">
            {t('app.short')}
          </Typography.Text>
          <Typography.Text className="phone-title">{current ? t(current.key) : ''}</Typography.Text>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                {
                  key: 'language',
                  icon: <TranslationOutlined />,
                  label: <span data-testid="language-toggle">{t('app.language')}</span>,
                  onClick: () => setLocale(locale === 'en' ? 'zh-CN' : 'en'),
                },
                {
                  key: 'logout',
                  icon: <LogoutOutlined />,
                  label: <span data-testid="logout">{t('app.logout')}</span>,
                  onClick: logout,
                },
              ],
            }}
          >
            <Button type="text" size="small" data-testid="phone-menu">
              <span data-latin>{account.displayName}</span>
            </Button>
          </Dropdown>
        </header>
        <main className="phone-main">
          <Routes>
            <Route index element={<HomePage />} />
            <Route path="activities" element={<OpenActivities />} />
            <Route path="activities/:id" element={<ActivityPage />} />
            <Route path="scan" element={<ScanPage />} />
            {account.role === 'member' && <Route path="points" element={page(<PointsPage />)} />}
            {account.role === 'member' && <Route path="wishes" element={page(<WishesPage />)} />}
            <Route path="*" element={<HomePage />} />
          </Routes>
        </main>
        <nav className="phone-tabs" data-testid="phone-tabs">
          {tabs.map((tab) => (
            <NavLink
              key={tab.path}
              to={tab.path}
              end={tab.path === '/'}
              data-testid={`tab-${tab.path.slice(1) || 'home'}`}
            >
              <span className="phone-tab-icon">{tab.icon}</span>
              <span>{t(tab.key)}</span>
            </NavLink>
          ))}
        </nav>
      </AntApp>
    </VolunteerProvider>
  );
}
