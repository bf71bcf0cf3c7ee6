/**
 * `npm run verify-export -- <file.jsonl|file.csv>`: re-verifies an audit export offline, with
 * nothing of gongjian but this file (docs/audit.md gives the procedure by hand). Per stream, in
 * revision order: revisions count up from 0, each prevHash is the previous event's hash (the
 * first is 64 zeros), and each hash is SHA-256 over prevHash followed by the RFC 8785 canonical
 * JSON of the event without `hash` and `globalPosition`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import canonicalize from 'canonicalize';

type Row = Record<string, unknown>;
const GENESIS = '0'.repeat(64);
const HASHED = [
  'eventId',
  'type',
  'schemaVersion',
  'streamId',
  'streamRevision',
  'occurredAt',
  'recordedAt',
  'actor',
  'correlationId',
  'causationId',
  'data',
  'prevHash',
];

export function eventHash(row: Row): string {
  const body = Object.fromEntries(HASHED.map((k) => [k, row[k]]));
  return createHash('sha256')
    .update(String(row.prevHash))
    .update(canonicalize(body) ?? '')
    .digest('hex');
}

/** Parses the CSV export back into events (every field quoted; objects are JSON). */
export function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') endRecord();
    else if (c !== '\r') field += c;
  }
  if (field || record.length > 0) endRecord();
  const [header, ...rows] = records;
  return rows.map((values) => {
    const row: Row = Object.fromEntries(header.map((h, k) => [h, values[k]]));
    for (const k of ['globalPosition', 'streamRevision', 'schemaVersion']) row[k] = Number(row[k]);
    row.actor = JSON.parse(String(row.actor));
    row.data = JSON.parse(String(row.data));
    if (row.causationId === '') row.causationId = null;
    return row;
  });
}

export function verify(rows: Row[]): { events: number; streams: number; breaks: string[] } {
  const byStream = new Map<string, Row[]>();
  for (const row of rows) byStream.set(String(row.streamId), [...(byStream.get(String(row.streamId)) ?? []), row]);
  const breaks: string[] = [];
  for (const [streamId, events] of byStream) {
    events.sort((a, b) => Number(a.streamRevision) - Number(b.streamRevision));
    // an export of a filter may start mid-stream: then its first prevHash is taken as given
    let prev = Number(events[0].streamRevision) === 0 ? GENESIS : String(events[0].prevHash);
    let revision = Number(events[0].streamRevision);
    for (const e of events) {
      const at = `${streamId}@${e.streamRevision}`;
      if (Number(e.streamRevision) !== revision) breaks.push(`${at}: revision gap`);
      if (e.prevHash !== prev) breaks.push(`${at}: prevHash does not match the previous event`);
      if (eventHash(e) !== e.hash) breaks.push(`${at}: hash does not match the content`);
      prev = String(e.hash);
      revision = Number(e.streamRevision) + 1;
    }
  }
  return { events: rows.length, streams: byStream.size, breaks };
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run verify-export -- <export.jsonl|export.csv>');
    process.exit(2);
  }
  const text = readFileSync(file, 'utf8');
  const rows = file.endsWith('.csv')
    ? parseCsv(text)
    : text
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Row);
  const result = verify(rows);
  console.log(
    `${result.events} events in ${result.streams} streams: ${result.breaks.length === 0 ? 'intact' : 'BROKEN'}`,
  );
  for (const b of result.breaks) console.log(`  ${b}`);
  process.exit(result.breaks.length === 0 ? 0 : 1);
}
