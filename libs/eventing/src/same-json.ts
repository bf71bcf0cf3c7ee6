/**
 * Whether two values are the same JSON, whatever the order of their objects' keys: what
 * `JSON.stringify` writes of each, with every object's keys in one order. Arrays keep their order
 * (`[1, 2]` is not `[2, 1]`); members `JSON.stringify` leaves out (undefined, functions) are left
 * out here too, and `toJSON` (a Date) is honoured.
 *
 * Deciders and flows compare with this, never with `JSON.stringify(a) === JSON.stringify(b)`: a
 * value read back from the event store may hold its keys in another order than the command that
 * wrote it (the SQLite log stores the canonical text its hash covers, keys sorted), and "the same
 * checklist" or "the same inputs" is about content, not key order.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return canonicalText(a) === canonicalText(b);
}

/** `JSON.stringify` with every object's keys sorted (by code unit, as RFC 8785 sorts them). */
export function canonicalText(value: unknown): string | undefined {
  return JSON.stringify(value, sortingKeys);
}

function sortingKeys(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1] < keys[i];
  if (sorted) return value;
  keys.sort();
  const copy: Record<string, unknown> = {};
  for (const key of keys)
    Object.defineProperty(copy, key, { value: (value as Record<string, unknown>)[key], enumerable: true });
  return copy;
}
