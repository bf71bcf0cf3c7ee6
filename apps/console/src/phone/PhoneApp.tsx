import { GiftOutlined, HomeOutlined, NotificationOutlined, ScanOutlined, TrophyOutlined } from '@ant-design/icons';
import { lazy, type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { useAccount } from '../session';
import { ActivityPage } from './ActivityPage';
import { HomePage } from './HomePage';
import { OpenActivities } from './OpenActivities';
import { PhoneFrame, type Tab } from './PhoneFrame';
import { ScanPage } from './ScanPage';
import { VolunteerProvider } from './volunteer';

// the member's extra pages load when opened: the check-in path stays as small as it can be
const PointsPage = lazy(() => import('./PointsPage'));
const WishesPage = lazy(() => import('./WishesPage'));

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
 * and a tab bar at the bottom within the thumb's reach (`PhoneFrame`).
 */
export default function PhoneApp() {
  const account = useAccount();
  const tabs = account.role === 'member' ? MEMBER_TABS : RESIDENT_TABS;
  const page = (node: ReactNode) => <Suspense fallback={<div className="phone-loading" />}>{node}</Suspense>;
  return (
    <VolunteerProvider>
      <PhoneFrame tabs={tabs}>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="activities" element={<OpenActivities />} />
          <Route path="activities/:id" element={<ActivityPage />} />
          <Route path="scan" element={<ScanPage />} />
          {account.role === 'member' && <Route path="points" element={page(<PointsPage />)} />}
          {account.role === 'member' && <Route path="wishes" element={page(<WishesPage />)} />}
          <Route path="*" element={<HomePage />} />
        </Routes>
      </PhoneFrame>
    </VolunteerProvider>
  );
}
