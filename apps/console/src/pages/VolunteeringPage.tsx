import { Card, Tabs } from 'antd';
import { useI18n } from '../i18n';
import { Activities } from './volunteering/Activities';
import { MicroWishes } from './volunteering/MicroWishes';
import { Rotations } from './volunteering/Rotations';
import { Teams } from './volunteering/Teams';

/**
 * 志愿服务: recruitment orders (招募令) with sign-ups and attendance, residents' micro-wishes,
 * volunteer teams and their quarterly rotation over the grids.
 */
export default function VolunteeringPage() {
  const { t } = useI18n();
  return (
    <Card title={t('vol.title')}>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'activities', label: t('vol.activities'), children: <Activities /> },
          { key: 'wishes', label: t('vol.microWishes'), children: <MicroWishes /> },
          { key: 'teams', label: t('vol.teams'), children: <Teams /> },
          { key: 'rotations', label: t('vol.rotations'), children: <Rotations /> },
        ]}
      />
    </Card>
  );
}
