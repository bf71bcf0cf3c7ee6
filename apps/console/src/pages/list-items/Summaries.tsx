import { Space, Typography } from 'antd';
import type { NeedSummary, OfferSummary } from '../../api';
import { useQuantity } from '../../components/data';
import { useI18n } from '../../i18n';

/**
 * A need beside a proposal, an alternative or a to-do: its title, then where (community, grid),
 * how much and when — many needs share a title (issue 17: 267 of 268 demo needs did), so the title
 * alone does not say which.
 */
export function NeedLine({ need, testId }: { need: NeedSummary | null; testId?: string }) {
  const { t, label } = useI18n();
  const quantity = useQuantity();
  if (!need) return <Typography.Text type="secondary">{t('matching.gone')}</Typography.Text>;
  const where = [need.communityName, need.gridName].filter(Boolean).join(' · ');
  return (
    <Space direction="vertical" size={0} data-testid={testId}>
      <Typography.Text strong>{need.title}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[
          where || '—',
          quantity(need.quantity),
          `${need.window.from} ~ ${need.window.to}`,
          label('urgency', need.urgency),
        ].join('｜')}
      </Typography.Text>
    </Space>
  );
}

/** An offer beside a proposal or an alternative: its title, then whose, how much is left of how much, and when. */
export function OfferLine({ offer, testId }: { offer: OfferSummary | null; testId?: string }) {
  const { t } = useI18n();
  const quantity = useQuantity();
  if (!offer) return <Typography.Text type="secondary">{t('matching.gone')}</Typography.Text>;
  const amount =
    offer.remaining.amount === offer.capacity.amount
      ? quantity(offer.capacity)
      : t('matching.remainingOf', { remaining: quantity(offer.remaining), capacity: quantity(offer.capacity) });
  return (
    <Space direction="vertical" size={0} data-testid={testId}>
      <Typography.Text strong>{offer.title}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[offer.unitName ?? '—', amount, `${offer.window.from} ~ ${offer.window.to}`].join('｜')}
      </Typography.Text>
    </Space>
  );
}
