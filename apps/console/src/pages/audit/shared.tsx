import { Tag, Tooltip } from 'antd';
import type { AuditEvent } from '../../api';
import { useQuantity } from '../../components/data';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../messages';

/** The names the audit service gave the ids of what a page shows (`names` of its answers). */
export type Names = Record<string, string>;

export const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** The kinds of stream (`matching.need`…) in words: the entity they are the history of. */
export const STREAM_KINDS: Record<string, MessageKey> = {
  'matching.need': 'audit.entity.need',
  'matching.offer': 'audit.entity.offer',
  'matching.proposal': 'audit.entity.proposal',
  'matching.project': 'audit.entity.project',
  'matching.run': 'audit.entity.run',
  'members.member': 'audit.entity.member',
  'members.ledger': 'audit.entity.ledger',
  'volunteering.activity': 'audit.entity.activity',
  'volunteering.wish': 'audit.entity.wish',
  'volunteering.team': 'audit.entity.team',
  'volunteering.rotation': 'audit.entity.rotation',
  'organizations.org': 'audit.entity.org',
  'organizations.unit': 'audit.entity.unit',
  'organizations.pairing': 'audit.entity.pairing',
  'organizations.account': 'audit.entity.account',
  'organizations.serviceSite': 'audit.entity.serviceSite',
  'organizations.jointMeeting': 'audit.entity.jointMeeting',
};

/** `matching.need-0190…` → its kind and subject. */
export function splitStream(streamId: string): { kind: string; subjectId: string } {
  const dash = streamId.indexOf('-');
  return dash < 0
    ? { kind: streamId, subjectId: streamId }
    : { kind: streamId.slice(0, dash), subjectId: streamId.slice(dash + 1) };
}

/** A stream as a person names it: "需求 · 独居老人助餐" (the id's start when nobody named it). */
export function useStreamName() {
  const { t } = useI18n();
  return (streamId: string, names: Names = {}, label?: string | null) => {
    const { kind, subjectId } = splitStream(streamId);
    const key = STREAM_KINDS[kind];
    const name = label ?? names[subjectId] ?? `${subjectId.slice(0, 8)}…`;
    return `${key ? t(key) : kind} · ${name}`;
  };
}

/** An event type in words; the type itself on hover (for those who read the log). */
export function EventType({ type }: { type: string }) {
  const { label } = useI18n();
  return (
    <Tooltip title={type}>
      <b data-event-type={type}>{label('event', type)}</b>
    </Tooltip>
  );
}

/** Who acted: the account's name (its id on hover) and its role in words. */
export function Actor({ actor, names = {} }: { actor: AuditEvent['actor']; names?: Names }) {
  const { label } = useI18n();
  if (!actor) return <>—</>;
  return (
    <span>
      <span title={actor.accountId}>{names[actor.accountId] ?? actor.accountId}</span>{' '}
      <Tag>{label('role', actor.role)}</Tag>
    </span>
  );
}

/** Fields whose values are codes of a list, and the prefix of their words. */
const CODED: Record<string, string> = {
  status: 'status',
  category: 'category',
  urgency: 'urgency',
  kind: 'org.kind',
  sector: 'sector',
  role: 'role',
  rule: 'rule',
};

/**
 * A field's value as a person reads it: an id by its name, a code in words, a quantity with its
 * unit, a window from … to; anything else as it is.
 */
export function useValueText(names: Names) {
  const { label, locale, t } = useI18n();
  const quantity = useQuantity();
  const text = (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return '—';
    if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
    if (typeof value === 'string') {
      if (names[value]) return names[value];
      if (CODED[field]) return label(CODED[field], value);
      if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value))
        return new Date(value).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { hour12: false });
      return value;
    }
    if (Array.isArray(value)) {
      if (!value.length) return '—';
      // records (an evaluation, a branch change) apart by a semicolon, values of a list by 、
      const records = value.some((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
      return value.map((v) => text(field, v)).join(records ? '；' : '、');
    }
    if (typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.amount === 'number' && typeof o.unit === 'string')
        return quantity({ amount: o.amount, unit: o.unit });
      if (typeof o.from === 'string' && typeof o.to === 'string') return `${o.from} ~ ${o.to}`;
      // any other record field by field, in words: an evaluation's 得分 5，评语 …，经办人 (a name)
      const parts = Object.entries(o)
        .map(([k, v]) => [k, text(k, v)] as const)
        .filter(([, v]) => v !== '—')
        .map(([k, v]) => `${label('field', k)} ${v}`);
      return parts.length ? parts.join('，') : '—';
    }
    return String(value);
  };
  return text;
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
