import { App, Button, DatePicker, Progress, Result, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, type IntegrityReport } from '../../api';
import { useFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import { breakText } from './breaks';
import { rememberIntegrity } from './lastIntegrity';

/** Walks every hash chain (or one stream's) and names each break. */
export function Integrity({ stream }: { stream: string }) {
  const { t, label } = useI18n();
  const fail = useFailure();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<IntegrityReport | null>(null);
  const check = async (streamId?: string) => {
    setBusy(true);
    setResult(null);
    try {
      const report = await api.get('/audit/integrity', { query: { streamId } });
      if (!streamId) rememberIntegrity(report); // the auditor's home shows the last full check
      setResult(report);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button type="primary" loading={busy} onClick={() => check()} data-testid="integrity-check">
          {t('audit.checkIntegrity')}
        </Button>
        {stream && (
          <Button loading={busy} onClick={() => check(stream)}>
            {t('audit.checkStream')}
          </Button>
        )}
      </Space>
      {busy && (
        <div>
          <Progress percent={100} status="active" showInfo={false} />
          <Typography.Text type="secondary">{t('audit.checking')}</Typography.Text>
        </div>
      )}
      {!busy && !result && <Typography.Text type="secondary">{t('audit.integrityHint')}</Typography.Text>}
      {result && (
        <Result
          status={result.intact ? 'success' : 'error'}
          title={result.intact ? t('audit.chainIntact') : t('audit.chainBroken')}
          subTitle={t('audit.checked', {
            events: result.checkedEvents,
            streams: result.streams,
            millis: result.millis,
          })}
          extra={result.breaks.map((b) => (
            <div key={`${b.streamId}-${b.streamRevision}`} data-latin>
              {b.streamId} #{b.streamRevision}：{breakText(b, t, label)}
            </div>
          ))}
        />
      )}
    </Space>
  );
}

/** The audit trail (or one stream's) as JSON Lines or CSV with the chain hashes, for a time range. */
export function Export({ stream }: { stream: string }) {
  const { t } = useI18n();
  const fail = useFailure();
  const { message } = App.useApp();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [from, to] = range ?? [null, null];
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (format: 'jsonl' | 'csv') => {
    setBusy(format);
    try {
      await api.download(
        '/audit/export',
        {
          query: {
            format,
            streamId: stream || undefined,
            from: from ? from.startOf('day').toISOString() : undefined,
            to: to ? to.endOf('day').toISOString() : undefined,
          },
        },
        `gongjian-audit.${format}`,
      );
      message.success(t('audit.exported'));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space direction="vertical">
      <Typography.Text type="secondary">
        {stream ? t('audit.exportStream') : t('audit.exportAll')}
        {stream && <Typography.Text code>{stream}</Typography.Text>}
      </Typography.Text>
      <Space wrap>
        <span>{t('common.window')}</span>
        <DatePicker.RangePicker
          value={range}
          onChange={(value) => setRange(value)}
          allowEmpty={[true, true]}
          id={{ start: 'export-from', end: 'export-to' }}
        />
      </Space>
      <Space>
        <Button
          loading={busy === 'jsonl'}
          disabled={busy !== null}
          onClick={() => download('jsonl')}
          data-testid="export-jsonl"
        >
          {t('audit.exportJsonl')}
        </Button>
        <Button loading={busy === 'csv'} disabled={busy !== null} onClick={() => download('csv')}>
          {t('audit.exportCsv')}
        </Button>
      </Space>
      <Typography.Text type="secondary">
        {t('audit.exportHint')} <Typography.Text code>npm run verify-export -- gongjian-audit.jsonl</Typography.Text>
      </Typography.Text>
    </Space>
  );
}
