import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router-dom';
import { I18nProvider, useI18n } from './i18n';
import { LoginPage } from './pages/LoginPage';
import { SessionProvider, useSession } from './session';

// every page but login loads when it is opened (keeps the first load small): a volunteer's phone
// loads its own pages (./phone), never the administration's frame and pages
const Shell = lazy(() => import('./Shell'));
const HomePage = lazy(() => import('./pages/HomePage'));
const PhoneApp = lazy(() => import('./phone/PhoneApp'));
const GridApp = lazy(() => import('./grid/GridApp'));
const CheckInCodePage = lazy(() => import('./pages/CheckInCodePage'));
const SessionPage = lazy(() => import('./pages/meetings/SessionPage'));
const NeedsPage = lazy(() => import('./pages/NeedsPage'));
const OffersPage = lazy(() => import('./pages/OffersPage'));
const MatchingPage = lazy(() => import('./pages/MatchingPage'));
const ProjectsPage = lazy(() => import('./pages/ProjectsPage'));
const OrganizationsPage = lazy(() => import('./pages/OrganizationsPage'));
const MembersPage = lazy(() => import('./pages/MembersPage'));
const VolunteeringPage = lazy(() => import('./pages/VolunteeringPage'));
const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const UnitsPage = lazy(() => import('./pages/UnitsPage'));
const GridPage = lazy(() => import('./pages/GridPage'));
const SitesPage = lazy(() => import('./pages/SitesPage'));
const AccountsPage = lazy(() => import('./pages/AccountsPage'));
const ImportsPage = lazy(() => import('./pages/ImportsPage'));
const SetupPage = lazy(() => import('./pages/SetupPage'));
const FundsPage = lazy(() => import('./pages/FundsPage'));
const FundPage = lazy(() => import('./pages/funds/FundPage'));
const MicroProjectsPage = lazy(() => import('./pages/MicroProjectsPage'));
const MicroProjectPage = lazy(() => import('./pages/funds/MicroProjectPage'));
const SpendingTracePage = lazy(() => import('./pages/funds/SpendingTracePage'));
const ReportsPage = lazy(() => import('./pages/ReportsPage'));
const MerchantsPage = lazy(() => import('./pages/MerchantsPage'));
const MerchantPage = lazy(() => import('./pages/merchants/MerchantPage'));
const AssessmentPage = lazy(() => import('./pages/AssessmentPage'));
const RankingsPage = lazy(() => import('./pages/RankingsPage'));
const AwardsPage = lazy(() => import('./pages/AwardsPage'));

/** The roles of people who act only for themselves: their console is the phone's (issue 18). */
const VOLUNTEER_ROLES: string[] = ['member', 'resident'];

function Loading() {
  const { t } = useI18n();
  return <Spin style={{ display: 'block', margin: 48 }} tip={t('app.loading')} size="large" />;
}

function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title={t('app.notFound')} extra={<Link to="/">{t('app.back')}</Link>} />;
}

function Routed() {
  const { account } = useSession();
  if (!account) return <LoginPage />;
  const page = (node: ReactNode) => <Suspense fallback={<Loading />}>{node}</Suspense>;
  // people acting for themselves (a party member, a resident volunteer): the phone's pages
  if (VOLUNTEER_ROLES.includes(account.role)) return page(<PhoneApp />);
  // a grid worker (网格长/网格员): its grids on a phone, and the check-in code of the activities it organises
  if (account.role === 'grid_worker')
    return (
      <Routes>
        <Route path="check-in-code/:id" element={page(<CheckInCodePage />)} />
        <Route path="*" element={page(<GridApp />)} />
      </Routes>
    );
  return (
    <Routes>
      <Route path="setup" element={page(<SetupPage />)} />
      <Route path="check-in-code/:id" element={page(<CheckInCodePage />)} />
      <Route element={page(<Shell />)}>
        <Route index element={page(<HomePage />)} />
        <Route path="needs" element={page(<NeedsPage />)} />
        <Route path="offers" element={page(<OffersPage />)} />
        <Route path="matching" element={page(<MatchingPage />)} />
        <Route path="projects" element={page(<ProjectsPage />)} />
        <Route path="organizations" element={page(<OrganizationsPage />)} />
        <Route path="grid" element={page(<GridPage />)} />
        <Route path="units" element={page(<UnitsPage />)} />
        <Route path="sites" element={page(<SitesPage />)} />
        <Route path="accounts" element={page(<AccountsPage />)} />
        <Route path="imports" element={page(<ImportsPage />)} />
        <Route path="members" element={page(<MembersPage />)} />
        <Route path="volunteering" element={page(<VolunteeringPage />)} />
        <Route path="funds" element={page(<FundsPage />)} />
        <Route path="funds/:id" element={page(<FundPage />)} />
        <Route path="funds/:id/spendings/:spendingId/trace" element={page(<SpendingTracePage />)} />
        <Route path="reports" element={page(<ReportsPage />)} />
        <Route path="merchants" element={page(<MerchantsPage />)} />
        <Route path="merchants/:id" element={page(<MerchantPage />)} />
        <Route path="micro-projects" element={page(<MicroProjectsPage />)} />
        <Route path="micro-projects/:id" element={page(<MicroProjectPage />)} />
        <Route path="assessment" element={page(<AssessmentPage />)} />
        <Route path="rankings" element={page(<RankingsPage />)} />
        <Route path="awards" element={page(<AwardsPage />)} />
        <Route path="joint-meeting-sessions/:id" element={page(<SessionPage />)} />
        <Route path="dashboard" element={page(<DashboardPage />)} />
        <Route path="audit" element={page(<AuditPage />)} />
        <Route path="login" element={<Navigate to="/" replace />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Localised() {
  const { locale } = useI18n();
  useEffect(() => {
    dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#c0392b' } }}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <Routed />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Localised />
    </I18nProvider>
  );
}
