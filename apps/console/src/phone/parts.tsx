import { Alert, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Activity } from '../api';
import { StatusTag, useErrorText } from '../components/data';
import { useI18n } from '../i18n';
import { clock, span } from './volunteer';

/** Where the volunteer stands in an activity: signed up, checked in and out, hours verified. */
export function SelfTags({ activity }: { activity: Activity }) {
  const { t } = useI18n();
  const self = activity.self;
  if (!self) return null;
  const tags = [];
  if (self.hours !== null)
    tags.push(
      <Tag key="verified" color="green" data-testid="self-verified">
        {t('phone.state.verified', { hours: self.hours })}
      </Tag>,
    );
  else if (self.checkedOutAt)
    tags.push(
      <Tag key="out" color="gold">
        {t('phone.state.checkedOut', { time: clock(self.checkedOutAt) })}
      </Tag>,
    );
  else if (self.checkedInAt)
    tags.push(
      <Tag key="in" color="cyan">
        {t('phone.state.checkedIn', { time: clock(self.checkedInAt) })}
      </Tag>,
    );
  else if (self.signedUp)
    tags.push(
      <Tag key="up" color="blue">
        {t('phone.state.signedUp')}
      </Tag>,
    );
  if (self.hours === null && self.checkedOutAt)
    tags.push(
      <Tag key="awaiting" color="default">
        {t('phone.state.awaiting')}
      </Tag>,
    );
  return <>{tags}</>;
}

/** One activity as a line of a phone's list, leading to its page. */
export function ActivityItem({ activity: a, showSelf = true }: { activity: Activity; showSelf?: boolean }) {
  const { t, label } = useI18n();
  return (
    <Link to={`/activities/${a.id}`} className="phone-item" data-testid="phone-activity">
      <div className="phone-item-title">{a.title}</div>
      <div className="phone-item-meta">
        {span(a.startsAt, a.endsAt)}
        {a.place ? `｜${a.place}` : ''}
      </div>
      <Space size={4} wrap className="phone-item-tags">
        <StatusTag status={a.status} text={label('activity', a.status)} />
        {a.status === 'open' && <Tag>{t('phone.slotsLeft', { n: a.openSlots })}</Tag>}
        {showSelf && <SelfTags activity={a} />}
      </Space>
    </Link>
  );
}

/** A block still loading, or what failed, in the person's language. */
export function Loaded({ error, loading, rows = 3 }: { error: unknown; loading: boolean; rows?: number }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  if (error) return <Alert type="error" showIcon message={t('phone.loadFailed', { reason: errorText(error) })} />;
  if (loading) return <Skeleton active paragraph={{ rows }} title={false} />;
  return null;
}

/**
 * An activity's card on a phone: its title, status (and `tags`), and its facts as `Descriptions`
 * items — time and place first, then the `children` the page adds — and what follows them (`after`).
 */
export function ActivityCard({
  activity: a,
  testId,
  tags,
  children,
  after,
}: {
  activity: Activity;
  testId: string;
  tags?: ReactNode;
  children: ReactNode;
  after?: ReactNode;
}) {
  const { t, label } = useI18n();
  return (
    <Card size="small" data-testid={testId}>
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {a.title}
        </Typography.Title>
        <Space size={4} wrap>
          <StatusTag status={a.status} text={label('activity', a.status)} />
          {tags}
        </Space>
        <Descriptions
          column={1}
          size="small"
          colon={false}
          labelStyle={{ width: 84, color: '#888', whiteSpace: 'nowrap' }}
        >
          <Descriptions.Item label={t('phone.time')}>{span(a.startsAt, a.endsAt)}</Descriptions.Item>
          {a.place && <Descriptions.Item label={t('phone.place')}>{a.place}</Descriptions.Item>}
          {children}
        </Descriptions>
        {after}
      </Space>
    </Card>
  );
}
