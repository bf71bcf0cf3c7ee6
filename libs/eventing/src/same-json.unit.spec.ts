import { canonicalText, sameJson } from './same-json';

describe('sameJson: the same JSON whatever the order of keys', () => {
  it('is true for the same content with keys in another order, at any depth', () => {
    expect(sameJson({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(true);
    expect(sameJson([{ code: 'x', name: 'y' }], [{ name: 'y', code: 'x' }])).toBe(true);
    expect(sameJson({ '10': 1, '9': 2, b: 3, a: 4 }, { a: 4, b: 3, '9': 2, '10': 1 })).toBe(true);
  });

  it('keeps the order of arrays, and tells values, types and missing keys apart', () => {
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: null }, {})).toBe(false);
    expect(sameJson({ a: { b: 1 } }, { a: { b: 2 } })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson('x', 'x')).toBe(true);
  });

  it('sees what JSON.stringify writes: undefined members left out, toJSON honoured', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ at: new Date(0) }, { at: '1970-01-01T00:00:00.000Z' })).toBe(true);
    expect(sameJson(undefined, undefined)).toBe(true);
  });

  it('writes keys sorted and leaves the input as it was', () => {
    const value = { b: 1, a: { d: 1, c: 2 } };
    expect(canonicalText(value)).toBe('{"a":{"c":2,"d":1},"b":1}');
    expect(Object.keys(value)).toEqual(['b', 'a']);
  });
});
