import { GiftOutlined, HomeOutlined, NotificationOutlined, SolutionOutlined } from '@ant-design/icons';
import { Route, Routes } from 'react-router-dom';
import { PhoneFrame, type Tab } from '../phone/PhoneFrame';
import { GridActivityPage } from './GridActivityPage';
import { GridHome } from './GridHome';
import { GridActivities, GridNeeds, GridWishes } from './GridLists';
import { MyGridsProvider } from './myGrids';

/** What a grid worker does (docs/grid.md): its grids, their needs and wishes, the activities it organises. */
const GRID_TABS: Tab[] = [
  { path: '/', key: 'grid.nav.home', icon: <HomeOutlined /> },
  { path: '/needs', key: 'grid.nav.needs', icon: <SolutionOutlined /> },
  { path: '/wishes', key: 'grid.nav.wishes', icon: <GiftOutlined /> },
  { path: '/activities', key: 'grid.nav.activities', icon: <NotificationOutlined /> },
];

/**
 * The console of a grid worker (网格长/网格员, issue 18), laid out for a phone: 我的网格, the needs
 * and micro-wishes it reads, the activities of its grids it organises. Nothing of the
 * administration's pages: the server lets a grid worker do none of it.
 */
export default function GridApp() {
  return (
    <MyGridsProvider>
      <PhoneFrame tabs={GRID_TABS}>
        <Routes>
          <Route index element={<GridHome />} />
          <Route path="needs" element={<GridNeeds />} />
          <Route path="wishes" element={<GridWishes />} />
          <Route path="activities" element={<GridActivities />} />
          <Route path="activities/:id" element={<GridActivityPage />} />
          <Route path="*" element={<GridHome />} />
        </Routes>
      </PhoneFrame>
    </MyGridsProvider>
  );
}
