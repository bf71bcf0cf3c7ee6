import { Alert, Button, Card, Empty, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, type PioneerIndex } from '../api';
import { useI18n } from '../i18n';
import type { MessageKey } from '../messages';
import { Loaded } from './parts';
import { useMore } from './useMore';
import { clock, useVolunteer } from './volunteer';

const PARTS: Array<{ part: keyof PioneerIndex['breakdown']; key: MessageKey }> = [
  { part: 'hours', key: 'phone.points.hours' },
  { part: 'wishes', key: 'phone.points.wishes' },
  { part: 'projects', key: 'phone.points.projects' },
  { part: 'evaluations', key: 'phone.points.evaluations' },
];

/** 我的积分: the balance, this quarter's 先锋指数 with its parts, and the ledger, newest first. */
export default function PointsPage() {
  const { t, label } = useI18n();
  const { volunteer, error } = useVolunteer();
  const memberId = volunteer?.kind === 'member' ? (volunteer.member?.id ?? null) : null;
  const ledger = useMore(memberId ? '/members/{id}/points' : null, { path: { id: memberId ?? '' } }, 20);
  const [index, setIndex] = useState<PioneerIndex | null>(null);
  useEffect(() => {
    if (memberId) api.get('/members/{id}/pioneer-index', { path: { id: memberId } }).then(setIndex, () => undefined);
  }, [memberId]);
  if (!volunteer) return <Loaded error={error} loading />;
  if (!memberId) return <Alert type="info" showIcon message={t('phone.notLinked')} />;
  const balance = ledger.page?.balance ?? (volunteer.kind === 'member' ? volunteer.member?.points : 0) ?? 0;
  return (
    <>
      <Card size="small">
        <div className="phone-stats" style={{ gridTemplateColumns: '1fr 1fr' }}>
          <div>
            <div className="phone-stat-value" data-testid="points-balance">
              {balance}
            </div>
            <div className="phone-stat-label">{t('phone.points')}</div>
          </div>
          <div>
            <div className="phone-stat-value">{index ? index.index : '—'}</div>
            <div className="phone-stat-label">
              {t('phone.pioneerIndex')}
              {index ? `（${t('phone.points.quarter', { quarter: index.quarter })}）` : ''}
            </div>
          </div>
        </div>
        {index && (
          <div className="phone-stats" style={{ gridTemplateColumns: 'repeat(4, 1fr)', marginTop: 12 }}>
            {PARTS.map(({ part, key }) => (
              <div key={part}>
                <div style={{ fontWeight: 600 }}>{Math.round(index.breakdown[part].points * 10) / 10}</div>
                <div className="phone-stat-label">{t(key)}</div>
              </div>
            ))}
          </div>
        )}
      </Card>
      <Card size="small" title={t('phone.points.ledger')} data-testid="ledger">
        <Loaded error={ledger.error} loading={ledger.loading && ledger.items.length === 0} />
        {ledger.items.map((e) => (
          <div key={e.id} className="phone-item" data-testid="ledger-entry">
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
              <span className="phone-item-title">
                {e.title ??
                  (e.merchant ? t('phone.points.redeemed', { merchant: e.merchant }) : label('ledger', e.kind))}
              </span>
              <Typography.Text strong type={e.points < 0 ? 'danger' : 'success'} style={{ whiteSpace: 'nowrap' }}>
                {e.points > 0 ? `+${e.points}` : e.points}
              </Typography.Text>
            </div>
            <div className="phone-item-meta">
              {[
                e.rule ? label('rule', e.rule) : label('ledger', e.kind),
                e.hours ? t('phone.points.hoursOf', { hours: e.hours }) : null,
                clock(e.recordedAt),
              ]
                .filter(Boolean)
                .join('｜')}
            </div>
          </div>
        ))}
        {!ledger.loading && !ledger.error && ledger.items.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('phone.points.ledgerEmpty')} />
        )}
        {ledger.hasMore && (
          <Button block type="link" loading={ledger.loading} onClick={ledger.more}>
            {t('phone.more')}
          </Button>
        )}
      </Card>
    </>
  );
}
