import { Tag } from 'antd';
import type { AuditEvent } from '../../api';
import { useI18n } from '../../i18n';

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
