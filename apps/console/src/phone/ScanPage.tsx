import { Alert, Button, Card, Form, Input, Radio, Result, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { type Activity, api } from '../api';
import { useI18n } from '../i18n';
import { Loaded, SelfTags } from './parts';
import { useMore } from './useMore';
import { activityOfCode, attendanceStep, clock, span, useRefusal } from './volunteer';

/** The Shape Detection API's barcode reader, where the browser has one (Chrome on Android, macOS). */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;
const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;

type Done = { step: 'in' | 'out'; activity: Activity };

/**
 * 扫码签到 on the volunteer's phone: the camera reads the organiser's QR code (the browser's
 * BarcodeDetector) and the code names its activity; without a camera or a detector, the person
 * picks the activity and types the six digits under the code. Checks in, or out once checked in;
 * a refusal is said in the person's language by its code (CHECK_IN_REFUSALS) and records nothing.
 */
export function ScanPage() {
  const { t } = useI18n();
  const refusal = useRefusal();
  const [params] = useSearchParams();
  const wanted = params.get('activity');
  const mine = useMore('/activities/mine', {}, 50);
  const [extra, setExtra] = useState<Activity | null>(null);
  const [chosen, setChosen] = useState<string | null>(wanted);
  const [digits, setDigits] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);

  // the activity the page was opened for, when it is not among the newest of mine
  useEffect(() => {
    if (!wanted || mine.loading || mine.items.some((a) => a.id === wanted)) return;
    api.get('/activities/{id}', { path: { id: wanted } }).then(setExtra, () => undefined);
  }, [wanted, mine.loading, mine.items]);

  /** The activities whose check-in or check-out is open now: the ones to type digits for. */
  const now = useMemo(() => {
    const all = extra && !mine.items.some((a) => a.id === extra.id) ? [extra, ...mine.items] : mine.items;
    return all.filter((a) => attendanceStep(a) !== null).sort((x, y) => x.startsAt.localeCompare(y.startsAt));
  }, [mine.items, extra]);
  const selected = now.find((a) => a.id === chosen) ?? (now.length === 1 ? now[0] : null);

  const submit = useCallback(
    async (activityId: string, code: string) => {
      setBusy(true);
      setError(null);
      try {
        const known = [...now, ...mine.items].find((a) => a.id === activityId);
        const current = known ?? (await api.get('/activities/{id}', { path: { id: activityId } }));
        const step = attendanceStep(current) ?? (current.self?.checkedInAt ? 'out' : 'in');
        const route = step === 'in' ? '/activities/{id}/check-in' : '/activities/{id}/check-out';
        const activity = await api.post(route, { path: { id: activityId }, body: { code } });
        setDone({ step, activity });
        setDigits('');
        mine.reload();
      } catch (e) {
        setError(refusal(e));
      } finally {
        setBusy(false);
      }
    },
    [now, mine, refusal],
  );

  const scanned = useCallback(
    (text: string) => {
      const activityId = activityOfCode(text);
      if (!activityId) setError(t('phone.scan.notACode'));
      else void submit(activityId, text.trim());
    },
    [submit, t],
  );

  if (done) return <Checked done={done} onAgain={() => setDone(null)} />;
  const step = selected ? attendanceStep(selected) : null;
  return (
    <>
      <Camera onCode={scanned} busy={busy} />
      {error && (
        <Alert type="error" showIcon message={error} data-testid="scan-error" closable onClose={() => setError(null)} />
      )}
      <Card size="small" title={t('phone.scan.digits')} data-testid="digits-card">
        <Loaded error={mine.error} loading={mine.loading && mine.items.length === 0} rows={2} />
        {!mine.loading && now.length === 0 && <Alert type="info" showIcon message={t('phone.scan.noActivity')} />}
        {now.length > 1 && (
          <Radio.Group
            value={selected?.id}
            onChange={(e) => setChosen(e.target.value as string)}
            style={{ width: '100%', marginBottom: 12 }}
          >
            <Space direction="vertical" style={{ width: '100%' }}>
              {now.map((a) => (
                <Radio key={a.id} value={a.id} data-testid="scan-activity">
                  {a.title}
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                    {span(a.startsAt, a.endsAt)}
                  </Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        )}
        {now.length === 1 && selected && (
          <Typography.Paragraph>
            <Typography.Text strong>{selected.title}</Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {span(selected.startsAt, selected.endsAt)}
            </Typography.Text>
          </Typography.Paragraph>
        )}
        {selected && step && (
          <Form
            onFinish={() =>
              /^\d{6}$/.test(digits) ? submit(selected.id, digits) : setError(t('phone.scan.sixDigits'))
            }
          >
            <Form.Item extra={t('phone.scan.digitsHint')} style={{ marginBottom: 12 }}>
              <Input
                id="check-in-digits"
                className="phone-digits"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                value={digits}
                onChange={(e) => setDigits(e.target.value.replace(/\D/g, '').slice(0, 6))}
                placeholder="······"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={busy}
              disabled={digits.length !== 6}
              className="phone-big-button"
              data-testid="check-in-submit"
            >
              {t(step === 'in' ? 'phone.scan.submitIn' : 'phone.scan.submitOut')}
            </Button>
          </Form>
        )}
      </Card>
    </>
  );
}

/** What the check-in or check-out recorded. */
function Checked({ done, onAgain }: { done: Done; onAgain: () => void }) {
  const { t } = useI18n();
  const a = done.activity;
  const at = done.step === 'in' ? a.self?.checkedInAt : a.self?.checkedOutAt;
  return (
    <Card size="small">
      <Result
        status="success"
        title={
          <span data-testid="scan-done">
            {t(done.step === 'in' ? 'phone.scan.checkedIn' : 'phone.scan.checkedOut')}
          </span>
        }
        subTitle={
          <Space direction="vertical" size={8}>
            {t('phone.scan.at', { title: a.title, time: clock(at) })}
            <Space size={4} wrap style={{ justifyContent: 'center' }}>
              <SelfTags activity={a} />
            </Space>
          </Space>
        }
        extra={[
          <Link key="page" to={`/activities/${a.id}`}>
            <Button type="primary">{t('phone.myStatus')}</Button>
          </Link>,
          <Button key="again" onClick={onAgain}>
            {t('phone.nav.scan')}
          </Button>,
        ]}
      />
    </Card>
  );
}

/**
 * The camera, reading QR codes with the browser's BarcodeDetector: opened by a tap (the
 * permission prompt follows a gesture), closed on the first code it reads or when the page goes.
 */
function Camera({ onCode, busy }: { onCode: (text: string) => void; busy: boolean }) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [failed, setFailed] = useState(false);
  const supported = !!Detector && !!navigator.mediaDevices?.getUserMedia;

  const stop = useCallback(() => {
    setStream((s) => {
      s?.getTracks().forEach((track) => track.stop());
      return null;
    });
  }, []);
  useEffect(() => stop, [stop]);

  useEffect(() => {
    if (!stream || !video.current || !Detector) return;
    const element = video.current;
    element.srcObject = stream;
    void element.play().catch(() => undefined);
    const detector = new Detector({ formats: ['qr_code'] });
    let live = true;
    const look = async () => {
      if (!live) return;
      try {
        const [found] = element.readyState >= 2 ? await detector.detect(element) : [];
        if (found?.rawValue && live) {
          live = false;
          stop();
          onCode(found.rawValue);
          return;
        }
      } catch {
        // a frame the detector could not read: try the next one
      }
      setTimeout(look, 250);
    };
    void look();
    return () => {
      live = false;
    };
  }, [stream, onCode, stop]);

  if (!supported)
    return <Alert type="info" showIcon message={t('phone.scan.unsupported')} data-testid="scan-unsupported" />;
  const open = async () => {
    setFailed(false);
    try {
      setStream(await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }));
    } catch {
      setFailed(true);
    }
  };
  return (
    <Card size="small">
      {stream ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <video ref={video} className="phone-video" muted playsInline />
          <Typography.Text type="secondary">{t('phone.scan.pointAt')}</Typography.Text>
          <Button block onClick={stop}>
            {t('phone.scan.stop')}
          </Button>
        </Space>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {failed && <Alert type="warning" showIcon message={t('phone.scan.cameraDenied')} />}
          <Button
            type="primary"
            block
            className="phone-big-button"
            loading={busy}
            onClick={open}
            data-testid="open-camera"
          >
            {t('phone.scan.camera')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
