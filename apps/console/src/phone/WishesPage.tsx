import { Alert, Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { StatusTag } from '../components/data';
import { useI18n } from '../i18n';
import { Loaded } from './parts';
import { useMore } from './useMore';
import { clock, useVolunteer } from './volunteer';

/**
 * 微心愿 of the member's community, newest first, the ones the member claimed marked. Claiming,
 * doing and confirming a wish are the community's to record (the server lets only the admins over
 * the community do it, docs/volunteering.md): the page says whom to ask.
 */
export default function WishesPage() {
  const { t, label } = useI18n();
  const { volunteer, error } = useVolunteer();
  const communityId = volunteer?.communities.home ?? null;
  const wishes = useMore(
    communityId ? '/micro-wishes' : null,
    { query: { communityId: communityId ?? undefined } },
    20,
  );
  if (!volunteer) return <Loaded error={error} loading />;
  if (!communityId) return <Alert type="warning" showIcon message={t('phone.activities.noCommunity')} />;
  return (
    <>
      <Alert type="info" showIcon message={t('phone.wishes.intro')} />
      <Card size="small" data-testid="wishes">
        <Loaded error={wishes.error} loading={wishes.loading && wishes.items.length === 0} />
        {wishes.items.map((w) => (
          <div key={w.id} className="phone-item" data-testid="wish">
            <div className="phone-item-title">{w.title}</div>
            {w.description && <div className="phone-item-meta">{w.description}</div>}
            <Space size={4} wrap className="phone-item-tags">
              <StatusTag status={w.status} text={label('wish', w.status)} />
              {w.self?.claimed && <Tag color="red">{t('phone.wishes.mine')}</Tag>}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {clock(w.postedAt)}
              </Typography.Text>
            </Space>
          </div>
        ))}
        {!wishes.loading && !wishes.error && wishes.items.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('phone.wishes.empty')} />
        )}
        {wishes.hasMore && (
          <Button block type="link" loading={wishes.loading} onClick={wishes.more}>
            {t('phone.more')}
          </Button>
        )}
      </Card>
    </>
  );
}
