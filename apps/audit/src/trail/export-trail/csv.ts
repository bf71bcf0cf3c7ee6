import type { EventEnvelope } from '@gongjian/eventing';

/** Columns of the CSV export: everything needed to recompute each event's hash (docs/audit.md). */
const COLUMNS = [
  'globalPosition',
  'streamId',
  'streamRevision',
  'eventId',
  'type',
  'schemaVersion',
  'occurredAt',
  'recordedAt',
  'actor',
  'correlationId',
  'causationId',
  'data',
  'prevHash',
  'hash',
] as const;

export function csvHeader(): string {
  return `${COLUMNS.join(',')}\r\n`;
}

/** RFC 4180: every field quoted, quotes doubled; objects as JSON. */
export function csvLine(e: EventEnvelope): string {
  const fields = COLUMNS.map((c) => {
    const value = e[c];
    const text = value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return `"${text.replace(/"/g, '""')}"`;
  });
  return `${fields.join(',')}\r\n`;
}
