import { Alert, Button, Card, Empty, Segmented } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n';
import { ActivityItem, Loaded } from './parts';
import { useMore } from './useMore';
import { useVolunteer } from './volunteer';

/**
 * 招募令: the activities recruiting now in the volunteer's community — and, for a member who
 * reported to another (双报到), in that one — newest first. Whether this person may sign up for
 * one is the activity's page's to say (the server decides).
 */
export function OpenActivities() {
  const { t } = useI18n();
  const { volunteer, error } = useVolunteer();
  const [which, setWhich] = useState<'home' | 'reported'>('home');
  const communities = volunteer?.communities;
  const communityId = communities ? (which === 'reported' ? communities.reported : communities.home) : null;
  const list = useMore(communityId ? '/activities' : null, {
    query: { communityId: communityId ?? undefined, status: 'open' },
  });
  if (!volunteer) return <Loaded error={error} loading />;
  if (!communities?.home && !communities?.reported)
    return <Alert type="warning" showIcon message={t('phone.activities.noCommunity')} />;
  return (
    <>
      {communities.reported && (
        <Segmented
          block
          value={which}
          onChange={(v) => setWhich(v as 'home' | 'reported')}
          options={[
            { value: 'home', label: t('phone.activities.community') },
            { value: 'reported', label: t('phone.activities.reported') },
          ]}
        />
      )}
      <Card size="small" data-testid="open-activities">
        <Loaded error={list.error} loading={list.loading && list.items.length === 0} />
        {list.items.map((a) => (
          <ActivityItem key={a.id} activity={a} />
        ))}
        {!list.loading && !list.error && list.items.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('phone.activities.empty')} />
        )}
        {list.hasMore && (
          <Button block type="link" loading={list.loading} onClick={list.more}>
            {t('phone.more')}
          </Button>
        )}
      </Card>
    </>
  );
}
