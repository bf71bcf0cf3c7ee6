import type { IntegrityReport } from '../../api';
import type { MessageKey } from '../../messages';

/** useI18n's `t` (i18n.tsx, which a unit test without JSX cannot load) */
type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

type Break = IntegrityReport['breaks'][number];

/**
 * A break of the integrity check in words: what is wrong and, for a record gongjian did not write
 * (`foreign_event`), what the event store holds there (its type, position and id), so that an
 * operator can find it in the store's own tools.
 */
export function breakText(b: Break, t: Translate, label: (prefix: string, code: string) => string): string {
  const what = label('audit.break', b.reason);
  if (b.reason !== 'foreign_event') return what;
  return what + t('audit.foreignRecord', { type: b.type ?? '—', position: b.globalPosition ?? '—', id: b.eventId });
}
