import { Card, Tabs } from 'antd';
import { useI18n } from '../i18n';
import { Activities } from './volunteering/Activities';
import { MicroWishes } from './volunteering/MicroWishes';

/** 志愿服务: recruitment orders (招募令) with sign-ups and attendance, and residents' micro-wishes. */
export default function VolunteeringPage() {
  const { t } = useI18n();
  return (
    <Card title={t('vol.title')}>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'activities', label: t('vol.activities'), children: <Activities /> },
          { key: 'wishes', label: t('vol.microWishes'), children: <MicroWishes /> },
        ]}
      />
    </Card>
  );
}
