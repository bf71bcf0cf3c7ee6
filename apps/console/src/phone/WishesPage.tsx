import { Alert, App, Button, Card, Empty, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, type MicroWish } from '../api';
import { OrgName, StatusTag } from '../components/data';
import { useI18n } from '../i18n';
import { Loaded } from './parts';
import { useMore } from './useMore';
import { clock, useRefusal, useVolunteer } from './volunteer';

/**
 * 微心愿 of the communities the member serves in — their own, and the one they reported to
 * (双报到) — newest first. The member claims an open wish for themself, marks their own claimed
 * wish done or gives it back; the community confirms it with the resident, and the points follow
 * (docs/volunteering.md). Every refusal is said in the member's language.
 */
export default function WishesPage() {
  const { t } = useI18n();
  const { volunteer, error } = useVolunteer();
  if (!volunteer) return <Loaded error={error} loading />;
  const { home, reported } = volunteer.communities;
  const memberId = volunteer.kind === 'member' ? (volunteer.member?.id ?? null) : null;
  if (!home) return <Alert type="warning" showIcon message={t('phone.activities.noCommunity')} />;
  return (
    <>
      <Alert type="info" showIcon message={t('phone.wishes.intro')} />
      <WishList communityId={home} memberId={memberId} />
      {reported && <WishList communityId={reported} memberId={memberId} />}
    </>
  );
}

function WishList({ communityId, memberId }: { communityId: string; memberId: string | null }) {
  const { t } = useI18n();
  const wishes = useMore('/micro-wishes', { query: { communityId } }, 20);
  return (
    <Card size="small" title={<OrgName id={communityId} />} data-testid="wishes">
      <Loaded error={wishes.error} loading={wishes.loading && wishes.items.length === 0} />
      {wishes.items.map((w) => (
        <Wish key={w.id} wish={w} memberId={memberId} onChanged={wishes.reload} />
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
  );
}

type Step = 'claim' | 'fulfil' | 'release';
const DONE = {
  claim: 'phone.wishes.claimDone',
  fulfil: 'phone.wishes.fulfilDone',
  release: 'phone.wishes.releaseDone',
} as const;

function Wish({ wish: w, memberId, onChanged }: { wish: MicroWish; memberId: string | null; onChanged: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const refusal = useRefusal();
  const [busy, setBusy] = useState<Step | null>(null);
  const mine = !!w.self?.claimed;
  const act = async (step: Step) => {
    if (!memberId) return;
    setBusy(step);
    try {
      const path = { id: w.id };
      if (step === 'claim') await api.post('/micro-wishes/{id}/claim', { path, body: { memberId } });
      if (step === 'fulfil') await api.post('/micro-wishes/{id}/fulfil', { path, body: {} });
      if (step === 'release') await api.post('/micro-wishes/{id}/release', { path });
      message.success(t(DONE[step]));
      onChanged();
    } catch (e) {
      message.error(refusal(e));
      onChanged(); // what refused it (another member was quicker) shows at once
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="phone-item" data-testid="wish">
      <div className="phone-item-title">{w.title}</div>
      {w.description && <div className="phone-item-meta">{w.description}</div>}
      <Space size={4} wrap className="phone-item-tags">
        <StatusTag status={w.status} text={label('wish', w.status)} />
        {mine && <Tag color="red">{t('phone.wishes.mine')}</Tag>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {clock(w.postedAt)}
        </Typography.Text>
      </Space>
      {memberId && w.status === 'open' && (
        <Button
          block
          type="primary"
          loading={busy === 'claim'}
          onClick={() => act('claim')}
          style={{ marginTop: 8 }}
          data-testid="wish-claim"
        >
          {t('phone.wishes.claim')}
        </Button>
      )}
      {mine && w.status === 'claimed' && (
        <Space.Compact block style={{ marginTop: 8 }}>
          <Popconfirm
            title={t('phone.wishes.fulfilConfirm')}
            onConfirm={() => act('fulfil')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
          >
            <Button type="primary" loading={busy === 'fulfil'} style={{ width: '60%' }} data-testid="wish-fulfil">
              {t('phone.wishes.fulfil')}
            </Button>
          </Popconfirm>
          <Popconfirm
            title={t('phone.wishes.releaseConfirm')}
            onConfirm={() => act('release')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
          >
            <Button loading={busy === 'release'} style={{ width: '40%' }} data-testid="wish-release">
              {t('phone.wishes.release')}
            </Button>
          </Popconfirm>
        </Space.Compact>
      )}
    </div>
  );
}
