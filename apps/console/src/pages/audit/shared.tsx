import { Tag } from 'antd';
import { useI18n } from '../../i18n';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** An event as the audit service shows it (GET /audit/events, /audit/streams/:id). */
export interface AuditEvent {
  eventId: string;
  type: string;
  streamId?: string;
  streamRevision: number;
  occurredAt: string;
  actor: { accountId: string; role: string; orgId: string | null } | null;
  correlationId: string;
  causationId: string | null;
  data: unknown;
  effects?: Array<{ projection: string; documentId: string; change: string; fields: FieldChange[] }>;
}

export const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** Who acted: the account and its role in words. */
export function Actor({ actor }: { actor: AuditEvent['actor'] }) {
  const { label } = useI18n();
  if (!actor) return <>—</>;
  return (
    <span>
      <span data-latin>{actor.accountId}</span> <Tag>{label('role', actor.role)}</Tag>
    </span>
  );
}

/** A read model's name in words (`needs` → 需求清单); each service's copy of the organisation tree alike. */
export function useProjectionLabel() {
  const { label, t } = useI18n();
  return (name: string) => {
    const text = label('projection', name);
    if (text !== name) return text;
    const directory = name.match(/^(\w+)\.org-directory$/);
    if (directory) return t('projection.directoryOf', { service: label('service', directory[1]) });
    return name;
  };
}
