import { Alert, DatePicker, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { type AccountBalance, api, ApiError, type Fund, type FundLedger, type Posting } from '../../api';
import { OrgName, useErrorText, usePaged } from '../../components/data';
import { minute } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useI18n } from '../../i18n';
import { Yuan } from './money';

/** An account of the book in words: its kind and its owner (the id, for those who reconcile, in code). */
function AccountName({ account }: { account: Pick<AccountBalance, 'accountId' | 'kind' | 'ownerOrgId'> }) {
  const { label } = useI18n();
  return (
    <Space size={4} wrap>
      <Tag color="geekblue">{label('funds.account', account.kind)}</Tag>
      {account.ownerOrgId && <OrgName id={account.ownerOrgId} />}
      <Typography.Text code type="secondary" style={{ fontSize: 12 }}>
        {/* the kind and the id's end: ids made in the same minute share their start */}
        {`${account.accountId.slice(0, account.accountId.indexOf(':') + 1)}…${account.accountId.slice(-6)}`}
      </Typography.Text>
    </Space>
  );
}

/**
 * A fund's book (账簿): each account with its balance — now (from the read model, with its debits
 * and credits) or as of the end of a chosen day (summed from the log) — and the journal, posting by
 * posting, each balanced to zero.
 */
export function Ledger({ fund, tick }: { fund: Fund; tick: number }) {
  const { t, label } = useI18n();
  const errorText = useErrorText();
  const [day, setDay] = useState<Dayjs | null>(null);
  const [ledger, setLedger] = useState<FundLedger | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const journal = usePaged('/funds/{id}/postings', { path: { id: fund.id } });
  useEffect(() => {
    if (tick > 0) journal.reload();
  }, [tick]);
  useEffect(() => {
    let live = true;
    setLoading(true);
    const at = day ? day.endOf('day').toISOString() : undefined;
    api
      .get('/funds/{id}/ledger', { path: { id: fund.id }, query: { at } })
      .then((l) => live && (setLedger(l), setError(null)))
      .catch((e: ApiError) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [fund.id, day, tick]);

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('funds.balances')}
          </Typography.Title>
          <span data-testid="ledger-as-of">
            <DatePicker
              value={day}
              onChange={setDay}
              allowClear
              placeholder={t('funds.asOfNow')}
              style={{ width: 200 }}
            />
          </span>
          <Typography.Text type="secondary" data-testid="ledger-at">
            {ledger?.at ? t('funds.asOf', { at: minute(ledger.at) }) : t('funds.now')}
          </Typography.Text>
        </Space>
        {error && <Alert type="error" showIcon message={errorText(error)} />}
        <Table<AccountBalance>
          size="small"
          rowKey="accountId"
          loading={loading}
          pagination={false}
          dataSource={ledger?.items ?? []}
          data-testid="ledger-table"
          columns={[
            { title: t('funds.account'), render: (_, a) => <AccountName account={a} /> },
            {
              title: t('funds.balance'),
              align: 'right',
              render: (_, a) => <Yuan value={a.balance} testId="ledger-balance" strong />,
            },
            {
              title: t('funds.debits'),
              align: 'right',
              render: (_, a) => (a.debits === null ? '—' : <Yuan value={a.debits} />),
            },
            {
              title: t('funds.credits'),
              align: 'right',
              render: (_, a) => (a.credits === null ? '—' : <Yuan value={a.credits} />),
            },
            { title: t('funds.postings'), dataIndex: 'postings', align: 'right' },
          ]}
        />
      </Space>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('funds.journal')}
        </Typography.Title>
        <PagedTable<Posting>
          paged={journal}
          empty={t('funds.noPostings')}
          testId="journal-table"
          columns={[
            { title: t('funds.postedAt'), render: (_, p) => minute(p.at) },
            { title: t('funds.postingEvent'), render: (_, p) => label('funds.posting', p.eventType) },
            {
              title: t('funds.legs'),
              render: (_, p) => (
                <Space direction="vertical" size={0}>
                  {p.legs.map((l, i) => (
                    <Space key={i} size={8}>
                      <AccountName account={l} />
                      <Typography.Text type="secondary">
                        {l.amount.startsWith('-') ? t('funds.credit') : t('funds.debit')}
                      </Typography.Text>
                      <Yuan value={l.amount.replace('-', '')} />
                    </Space>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Space>
    </Space>
  );
}
