import { Button, Card, Checkbox, Form, Input, Modal, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api';
import { useFailure } from '../../components/data';
import { useI18n } from '../../i18n';
import type { Choice } from './DecisionForm';
import type { Session } from './SessionPage';

type ActionItem = Session['actionItems'][number];

/** Who attended: the meeting's member units and part-time members on the session's day, as checkboxes. */
export function Attendance({
  session,
  units,
  partTime,
  records,
  onSaved,
}: {
  session: Session;
  units: Choice[];
  partTime: Choice[];
  records: boolean;
  onSaved: (s: Session) => void;
}) {
  const { t } = useI18n();
  const fail = useFailure();
  const recorded = useMemo(
    () =>
      new Set(
        [...(session.attendance?.units ?? []), ...(session.attendance?.partTimeMembers ?? [])]
          .filter((a) => a.present)
          .map((a) => a.id),
      ),
    [session.attendance],
  );
  const [present, setPresent] = useState<Set<string>>(recorded);
  useEffect(() => setPresent(recorded), [recorded]);
  const toggle = (id: string, on: boolean) =>
    setPresent((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const save = async () => {
    try {
      onSaved(
        await api.post('/joint-meeting-sessions/{id}/attendance', {
          path: { id: session.id },
          body: {
            units: units.map((u) => ({ id: u.value, present: present.has(u.value) })),
            partTimeMembers: partTime.map((p) => ({ id: p.value, present: present.has(p.value) })),
          },
        }),
      );
    } catch (e) {
      fail(e);
    }
  };
  const all = units.length + partTime.length;
  const list = (title: string, choices: Choice[], testId: string) => (
    <Space direction="vertical" size={4}>
      <Typography.Text strong>{title}</Typography.Text>
      <Space wrap data-testid={testId}>
        {choices.map((c) => (
          <Checkbox
            key={c.value}
            checked={present.has(c.value)}
            disabled={!records}
            onChange={(e) => toggle(c.value, e.target.checked)}
          >
            {c.label}
          </Checkbox>
        ))}
      </Space>
    </Space>
  );
  return (
    <Card
      title={t('meeting.attendance')}
      size="small"
      extra={
        session.attendance ? t('meeting.presentCount', { present: recorded.size, all }) : t('meeting.attendanceNone')
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {list(t('meeting.memberUnits'), units, 'attendance-units')}
        {list(t('meeting.partTimeMembers'), partTime, 'attendance-part-time')}
        {records && (
          <Button onClick={save} data-testid="attendance-save">
            {t('meeting.saveAttendance')}
          </Button>
        )}
      </Space>
    </Card>
  );
}

export function Minutes({
  session,
  records,
  onSaved,
}: {
  session: Session;
  records: boolean;
  onSaved: (s: Session) => void;
}) {
  const { t } = useI18n();
  const fail = useFailure();
  const [text, setText] = useState(session.minutes);
  useEffect(() => setText(session.minutes), [session.minutes]);
  return (
    <Card title={t('meeting.minutes')} size="small">
      {records ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            id="session-minutes"
            rows={4}
            maxLength={20000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button
            onClick={() =>
              api
                .post('/joint-meeting-sessions/{id}/minutes', { path: { id: session.id }, body: { minutes: text } })
                .then(onSaved, fail)
            }
            data-testid="minutes-save"
          >
            {t('meeting.saveMinutes')}
          </Button>
        </Space>
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="session-minutes-text">
          {session.minutes || '—'}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

export function DoneModal({
  session,
  item,
  onClose,
  onSaved,
}: {
  session: Session;
  item: ActionItem | null;
  onClose: () => void;
  onSaved: (s: Session) => void;
}) {
  const { t } = useI18n();
  const fail = useFailure();
  const [form] = Form.useForm<{ note: string }>();
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !item) return;
    try {
      onSaved(
        await api.post('/joint-meeting-sessions/{id}/action-items/{actionItemId}/done', {
          path: { id: session.id, actionItemId: item.actionItemId },
          body: { note: v.note },
        }),
      );
    } catch (e) {
      fail(e);
    }
  };
  return (
    <Modal
      open={item !== null}
      title={`${t('meeting.markDone')} · ${item?.title ?? ''}`}
      onCancel={onClose}
      onOk={save}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'action-done-save' } as Record<string, string>}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="note"
          label={t('meeting.doneNote')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea id="action-done-note" rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
