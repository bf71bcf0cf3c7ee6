import { LeftOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, QRCode, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { type Activity, api, ApiError, type Output } from '../api';
import { useI18n } from '../i18n';
import { useRefusal } from '../phone/volunteer';
import { useAccount } from '../session';

type Code = Output<'get', '/activities/{id}/check-in-code'>;

/** When to ask for the next code: at its `refreshAt`, never sooner than 1 s nor later than its period. */
function delayOf(code: Code): number {
  const wanted = Date.parse(code.refreshAt) - Date.now();
  return Math.min(Math.max(wanted, 1000), code.periodSeconds * 1000);
}

/**
 * 扫码签到, the organiser's screen: the activity's check-in code as a QR image and as six digits,
 * asked anew every 30 s (`GET /activities/:id/check-in-code` says when), with a countdown, and how
 * many have checked in. Full screen, to hold up to the volunteers' phones. The organisers only:
 * the server refuses anyone else (and the auditor) the code.
 */
export default function CheckInCodePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const refusal = useRefusal();
  const account = useAccount();
  const [code, setCode] = useState<Code | null>(null);
  const [activity, setActivity] = useState<Activity | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = async () => {
      try {
        const [fresh, a] = await Promise.all([
          api.get('/activities/{id}/check-in-code', { path: { id } }),
          api.get('/activities/{id}', { path: { id } }),
        ]);
        if (!live) return;
        setCode(fresh);
        setActivity(a);
        setError(null);
        timer = setTimeout(next, delayOf(fresh));
      } catch (e) {
        if (!live) return;
        setCode(null);
        setError(refusal(e));
        // closed or cancelled stays so; a lost connection is tried again
        if (!(e instanceof ApiError) || e.status >= 500) timer = setTimeout(next, 5000);
      }
    };
    void next();
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      live = false;
      clearTimeout(timer);
      clearInterval(tick);
    };
  }, [id, refusal]);

  const left = code ? Math.max(0, Math.ceil((Date.parse(code.refreshAt) - now) / 1000)) : 0;
  const period = code?.periodSeconds ?? 30;
  const seconds = Math.min(left, period);
  return (
    <div style={{ minHeight: '100vh', background: '#fff', padding: 16, textAlign: 'center' }}>
      <div style={{ textAlign: 'left' }}>
        {/* a grid worker organises from its phone: back to the activity's page there */}
        <Link to={account.role === 'grid_worker' ? `/activities/${id}` : '/volunteering'}>
          <Button type="link" icon={<LeftOutlined />} style={{ paddingLeft: 0 }}>
            {account.role === 'grid_worker' ? t('phone.back') : t('code.back')}
          </Button>
        </Link>
      </div>
      <Typography.Title level={3} style={{ marginTop: 8 }} data-testid="code-title">
        {activity?.title ?? t('code.title')}
      </Typography.Title>
      {error && (
        <Alert
          type="error"
          showIcon
          message={error}
          style={{ maxWidth: 480, margin: '16px auto' }}
          data-testid="code-error"
        />
      )}
      {!code && !error && <Spin size="large" style={{ margin: 48 }} />}
      {code && (
        <Space direction="vertical" align="center" size={12} style={{ width: '100%' }}>
          <div data-testid="check-in-qr" data-code={code.code}>
            <QRCode value={code.code} size={Math.min(320, window.innerWidth - 48)} errorLevel="M" bordered={false} />
          </div>
          <div>
            <Typography.Text type="secondary">{t('code.digits')}</Typography.Text>
            <div
              data-testid="check-in-digits"
              data-digits={code.digits}
              style={{ fontSize: 44, fontWeight: 700, letterSpacing: 8, fontVariantNumeric: 'tabular-nums' }}
            >
              {code.digits.slice(0, 3)} {code.digits.slice(3)}
            </div>
          </div>
          <Progress
            type="circle"
            size={64}
            percent={(100 * seconds) / period}
            format={() => seconds}
            strokeColor="#c0392b"
          />
          <Typography.Text type="secondary" data-testid="code-countdown">
            {t('code.refreshIn', { n: seconds })}
          </Typography.Text>
          {activity && (
            <Typography.Text strong data-testid="code-counts">
              {t('code.counts', { n: activity.checkInCount, m: activity.signedUpCount })}
            </Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ maxWidth: 360, display: 'block' }}>
            {t('code.hint')}
          </Typography.Text>
        </Space>
      )}
    </div>
  );
}
