import type { EventEnvelope } from '@gongjian/eventing';

/** What a consumer makes of one message off the bus: an envelope, or why it cannot be read. */
export type Decoded = { ok: true; event: EventEnvelope } | { ok: false; reason: string };

export interface DecodeOptions {
  /**
   * The newest schemaVersion this consumer understands of a type (default 1, as every writer's
   * default): a newer one comes from a newer producer and waits on the DLQ for this consumer's
   * upgrade, rather than being folded wrongly.
   */
  currentSchemaVersion?: (type: string) => number;
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isCount = (v: unknown, min: number): v is number => Number.isSafeInteger(v) && (v as number) >= min;

/** The first envelope field that is missing or of the wrong kind, or null. */
function envelopeDefect(m: Record<string, unknown>): string | null {
  for (const field of ['eventId', 'type', 'streamId', 'occurredAt', 'correlationId', 'hash'] as const)
    if (!isString(m[field])) return `${field} is missing or not a string`;
  if (!(m.type as string).includes('.')) return `type ${m.type} names no service`;
  if (!isCount(m.streamRevision, 0)) return 'streamRevision is not a non-negative integer';
  if (!isCount(m.globalPosition, 0)) return 'globalPosition is not a non-negative integer';
  if (!isCount(m.schemaVersion, 1)) return 'schemaVersion is not a positive integer';
  const actor = m.actor as Record<string, unknown> | null;
  if (typeof actor !== 'object' || actor === null || !isString(actor.accountId) || !isString(actor.role))
    return 'actor is missing or malformed';
  if (!('data' in m)) return 'data is missing';
  return null;
}

function header(headers: Record<string, unknown> | undefined, name: string): string | null {
  const value = headers?.[name];
  if (value === undefined || value === null) return null;
  return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
}

/**
 * Reads one bus message: JSON, an envelope with every field a consumer relies on, the `type`
 * header agreeing with the envelope, a schema version this consumer knows. Anything else is not
 * an error to retry — the same bytes fail the same way forever — but a message to park on the
 * dead-letter topic with the reason, so that its partition goes on (issue 24).
 */
export function decodeMessage(
  value: Buffer | null,
  headers: Record<string, unknown> | undefined,
  options: DecodeOptions = {},
): Decoded {
  if (!value || value.length === 0) return { ok: false, reason: 'empty message: no envelope' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.toString('utf8'));
  } catch (error) {
    return { ok: false, reason: `not JSON: ${(error as Error).message}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { ok: false, reason: 'not an envelope: the message is not a JSON object' };
  const defect = envelopeDefect(parsed as Record<string, unknown>);
  if (defect) return { ok: false, reason: `not an envelope: ${defect}` };
  const event = parsed as EventEnvelope;
  const typeHeader = header(headers, 'type');
  if (typeHeader === null) return { ok: false, reason: 'missing header: type' };
  if (typeHeader !== event.type)
    return { ok: false, reason: `header type ${typeHeader} disagrees with the envelope's ${event.type}` };
  const current = options.currentSchemaVersion?.(event.type) ?? 1;
  if (event.schemaVersion > current)
    return {
      ok: false,
      reason: `unknown schema version ${event.schemaVersion} of ${event.type} (this consumer knows up to ${current})`,
    };
  return { ok: true, event };
}
