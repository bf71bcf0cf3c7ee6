import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Input,
  Modal,
  Progress,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PROPOSAL_STATUS_CODES } from '@gongjian/contracts';
import { api, type ExplainedProposal, type Filters, type Proposal, type ProposalSide, type RunResult } from '../api';
import {
  mineScope,
  StatusTag,
  useErrorText,
  useFailure,
  usePaged,
  useQuantity,
  useScopeTree,
} from '../components/data';
import { PagedTable } from '../components/PagedTable';
import { useI18n } from '../i18n';
import { isAdmin, useAccount } from '../session';
import { NeedLine, OfferLine } from './list-items/Summaries';

/** 匹配: a run for my scope, the proposals with their score and the "why not", acceptance. */
export default function MatchingPage() {
  const { t, label } = useI18n();
  const account = useAccount();
  const fail = useFailure();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const quantity = useQuantity();
  const { flat } = useScopeTree(account);
  const scopes = flat.filter((o) => ['district', 'street', 'community'].includes(o.kind));
  const [scope, setScope] = useState<string | undefined>(isAdmin(account) ? (account.orgId ?? undefined) : undefined);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<RunResult | null>(null);
  const [status, setStatus] = useState<Filters<'/proposals'>['status']>('pending');
  // a unit's own; else my area (a community, or a street's/district's subtree)
  const mine = mineScope(account);
  const paged = usePaged('/proposals', { query: { status, ...mine } });
  const [detail, setDetail] = useState<ExplainedProposal | null>(null);

  const run = async () => {
    if (!scope) return;
    setRunning(true);
    setResult(null);
    try {
      setResult(await api.post('/matching/runs', { body: { scopeOrgId: scope } }));
      paged.reload();
    } catch (e) {
      fail(e);
    } finally {
      setRunning(false);
    }
  };

  const show = async (id: string) => {
    try {
      setDetail(await api.get('/proposals/{id}', { path: { id } }));
    } catch (e) {
      fail(e);
    }
  };

  const accept = async (p: Proposal, side: ProposalSide) => {
    try {
      const updated = await api.post('/proposals/{id}/accept', { path: { id: p.id }, body: { side } });
      message.success(updated.projectId ? t('matching.projectCreated') : t('matching.acceptedSide'));
      if (detail?.id === p.id) setDetail(updated);
      paged.reload();
    } catch (e) {
      fail(e);
    }
  };

  const [rejecting, setRejecting] = useState<{ proposal: Proposal; side: ProposalSide } | null>(null);
  const [reason, setReason] = useState('');
  const [rejectError, setRejectError] = useState<string | null>(null);
  const reject = async () => {
    if (!rejecting) return;
    setRejectError(null);
    try {
      await api.post('/proposals/{id}/reject', {
        path: { id: rejecting.proposal.id },
        body: { side: rejecting.side, reason: reason.trim() },
      });
      message.success(t('matching.rejected'));
      setRejecting(null);
      setDetail(null);
      paged.reload();
    } catch (e) {
      // the dialog stays open with the reason typed, and says why it failed
      fail(e);
      setRejectError(errorText(e));
    }
  };

  /** The buttons of the sides the server says this account may act for (`actions`). */
  const actions = (p: Proposal) => {
    if (p.status === 'accepted' && p.projectId)
      return (
        <Link to={`/projects?id=${p.projectId}`} data-testid="proposal-project">
          {t('matching.project')}
        </Link>
      );
    const accepts = (['community', 'unit'] as const).filter((side) => p.actions.includes(`accept_${side}`));
    const rejects = (['community', 'unit'] as const).filter((side) => p.actions.includes(`reject_${side}`));
    if (accepts.length === 0 && rejects.length === 0) return null;
    const rejectAs = rejects[0];
    return (
      <Space size="small" wrap>
        {accepts.map((side) => (
          <Button key={side} size="small" type="primary" onClick={() => accept(p, side)} data-testid={`accept-${side}`}>
            {side === 'community' ? t('matching.acceptCommunity') : t('matching.acceptUnit')}
          </Button>
        ))}
        {rejectAs && (
          <Button
            size="small"
            danger
            data-testid="proposal-reject"
            onClick={() => {
              setReason('');
              setRejectError(null);
              setRejecting({ proposal: p, side: rejectAs });
            }}
          >
            {rejects.length > 1
              ? t('matching.rejectAs', { side: t(`matching.side.${rejectAs}`) })
              : t('matching.reject')}
          </Button>
        )}
      </Space>
    );
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      {isAdmin(account) && (
        <Card title={t('matching.run')}>
          <Space wrap>
            <span>{t('matching.scope')}</span>
            <Select
              style={{ width: 220 }}
              value={scope}
              onChange={setScope}
              options={scopes.map((o) => ({ value: o.id, label: `${o.name}（${label('org.kind', o.kind)}）` }))}
            />
            <Button type="primary" loading={running} disabled={!scope} onClick={run} data-testid="run-matching">
              {t('matching.run')}
            </Button>
          </Space>
          {running && (
            <div style={{ marginTop: 16 }}>
              <Progress percent={99} status="active" showInfo={false} />
              {t('matching.running')}
            </div>
          )}
          {result && (
            <Alert
              style={{ marginTop: 16 }}
              type={result.proposals.length ? 'success' : 'info'}
              showIcon
              data-testid="run-result"
              message={t('matching.runDone', {
                proposals: result.proposals.length,
                pairs: result.stats.eligiblePairs,
                millis: result.stats.millis,
              })}
              description={
                result.proposals.length === 0 && result.stats.needs === 0
                  ? t('matching.noOpenNeeds')
                  : result.proposals.length === 0 && result.stats.offers === 0
                    ? t('matching.noOpenOffers')
                    : undefined
              }
            />
          )}
          {result && result.unmatched.length > 0 && <Unmatched rows={result.unmatched} />}
        </Card>
      )}
      <Card
        title={t('matching.proposals')}
        extra={
          <Select
            allowClear
            value={status}
            placeholder={t('common.status')}
            style={{ width: 140 }}
            onChange={setStatus}
            options={PROPOSAL_STATUS_CODES.map((s) => ({ value: s, label: label('status', s) }))}
          />
        }
      >
        <PagedTable<Proposal>
          paged={paged}
          empty={t('matching.empty')}
          testId="proposals-table"
          columns={[
            { title: t('matching.need'), render: (_, p) => <NeedLine need={p.need} testId="proposal-need" /> },
            { title: t('matching.offer'), render: (_, p) => <OfferLine offer={p.offer} testId="proposal-offer" /> },
            { title: t('matching.quantity'), render: (_, p) => quantity(p.quantity) },
            { title: t('matching.score'), dataIndex: 'score', render: (s: number) => s.toFixed(2) },
            {
              title: t('matching.accepted'),
              render: (_, p) => p.acceptedBy.map((s) => <Tag key={s}>{t(`matching.side.${s}`)}</Tag>),
            },
            { title: t('common.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
            {
              title: t('common.actions'),
              render: (_, p) => (
                <Space size="small">
                  <Button size="small" type="link" onClick={() => show(p.id)} data-testid="proposal-explain">
                    {t('matching.explanation')}
                  </Button>
                  {actions(p)}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={rejecting !== null}
        title={t('matching.reject')}
        onCancel={() => setRejecting(null)}
        onOk={reject}
        okText={t('matching.reject')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
      >
        {rejectError && (
          <Alert type="error" showIcon message={rejectError} style={{ marginBottom: 12 }} data-testid="reject-error" />
        )}
        <Input.TextArea
          rows={3}
          maxLength={500}
          placeholder={t('matching.rejectReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          id="reject-reason"
        />
      </Modal>
      <Drawer
        open={detail !== null}
        onClose={() => setDetail(null)}
        width={720}
        title={t('matching.explanation')}
        extra={detail && actions(detail)}
      >
        {detail && <Explanation proposal={detail} />}
      </Drawer>
    </Space>
  );
}

function Explanation({ proposal }: { proposal: ExplainedProposal }) {
  const { t, label } = useI18n();
  const quantity = useQuantity();
  const ex = proposal.explanation;
  const parts = Object.entries(proposal.breakdown).map(([part, value]) => ({
    part,
    value,
    weight: ex?.weights[part],
  }));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="explanation">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('matching.need')}>
          <NeedLine need={proposal.need} />
        </Descriptions.Item>
        <Descriptions.Item label={t('matching.offer')}>
          <OfferLine offer={proposal.offer} />
        </Descriptions.Item>
        <Descriptions.Item label={t('matching.quantity')}>{quantity(proposal.quantity)}</Descriptions.Item>
        <Descriptions.Item label={t('matching.score')}>{proposal.score.toFixed(3)}</Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>
          <StatusTag status={proposal.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('matching.accepted')}>
          {proposal.acceptedBy.length
            ? proposal.acceptedBy.map((s) => <Tag key={s}>{t(`matching.side.${s}`)}</Tag>)
            : '—'}
        </Descriptions.Item>
        {proposal.projectId && (
          <Descriptions.Item label={t('nav.projects')}>
            <Link to={`/projects?id=${proposal.projectId}`}>{t('matching.project')}</Link>
          </Descriptions.Item>
        )}
      </Descriptions>
      <h4>{t('matching.breakdown')}</h4>
      <Table
        size="small"
        rowKey="part"
        pagination={false}
        dataSource={parts}
        columns={[
          { title: t('matching.part'), dataIndex: 'part', render: (p: string) => label('breakdown', p) },
          { title: t('matching.weight'), dataIndex: 'weight', render: (w?: number) => w ?? '—' },
          { title: t('matching.score'), dataIndex: 'value', render: (v: number) => v.toFixed(3) },
        ]}
      />
      <h4>{t('matching.alternatives')}</h4>
      {ex && ex.alternatives.length > 0 ? (
        <Table
          size="small"
          rowKey="offerId"
          pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
          dataSource={ex.alternatives}
          data-testid="alternatives"
          columns={[
            {
              title: t('matching.offer'),
              render: (_, a) => <OfferLine offer={a.offer ?? null} testId="alternative-offer" />,
            },
            { title: t('matching.score'), dataIndex: 'score', render: (v: number) => v.toFixed(3) },
            {
              title: t('matching.assigned'),
              render: (_, a) =>
                a.assigned > 0 && a.offer ? quantity({ ...a.offer.capacity, amount: a.assigned }) : '—',
            },
            { title: t('matching.whyNot'), dataIndex: 'whyNot', render: (w: string) => label('whyNot', w) },
          ]}
        />
      ) : (
        <Empty description={t('matching.noAlternatives')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      {ex?.excludedBy && (
        <>
          <h4>{t('matching.excluded')}</h4>
          <Descriptions column={2} size="small">
            {Object.entries(ex.excludedBy).map(([rule, n]) => (
              <Descriptions.Item key={rule} label={label('exclusion', rule)}>
                {n}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </>
      )}
    </Space>
  );
}

/** Needs of the run that no offer could serve, and how many offers each rule excluded: the "why not" of a need. */
function Unmatched({ rows }: { rows: RunResult['unmatched'] }) {
  const { t, label } = useI18n();
  return (
    <div style={{ marginTop: 16 }} data-testid="run-unmatched">
      <h4>{t('matching.unmatched', { n: rows.length })}</h4>
      <Table
        size="small"
        rowKey="needId"
        dataSource={rows}
        pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
        columns={[
          { title: t('matching.need'), render: (_, r) => <NeedLine need={r.need} /> },
          {
            title: t('matching.excluded'),
            render: (_, r) =>
              Object.entries(r.excludedBy)
                .filter(([, n]) => n > 0)
                .map(([rule, n]) => `${label('exclusion', rule)} ${n}`)
                .join('；') || t('matching.noOffersAtAll'),
          },
        ]}
      />
    </div>
  );
}
