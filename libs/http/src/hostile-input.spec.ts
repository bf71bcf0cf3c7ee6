import fc from 'fast-check';
import { findHostileStructure, isFileUpload, MAX_JSON_ARRAY_LENGTH, MAX_JSON_DEPTH } from './hostile-input';

const nested = (depth: number): unknown => (depth === 0 ? 'leaf' : { a: nested(depth - 1) });

describe('findHostileStructure', () => {
  it('lets ordinary bodies and query strings through', () => {
    expect(
      findHostileStructure({
        title: '助老',
        tags: ['老人'],
        quantity: { amount: 5, unit: 'person_hours' },
        window: { from: '2026-12-01', to: '2027-12-31' },
      }),
    ).toBeNull();
    expect(findHostileStructure(Object.assign(Object.create(null), { status: 'open', limit: '20' }))).toBeNull();
    expect(findHostileStructure(undefined)).toBeNull();
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH}, however deep, without overflowing the stack`, () => {
    expect(findHostileStructure(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(findHostileStructure(nested(MAX_JSON_DEPTH + 1))?.field).toBe(Array(MAX_JSON_DEPTH).fill('a').join('.'));
    expect(findHostileStructure(JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`))).not.toBeNull();
  });

  it(`refuses arrays of more than ${MAX_JSON_ARRAY_LENGTH} items, at the top and inside`, () => {
    const long = Array.from({ length: MAX_JSON_ARRAY_LENGTH + 1 }, () => 'x');
    expect(findHostileStructure(long)?.field).toBe('body');
    expect(findHostileStructure({ gridIds: long })?.field).toBe('gridIds');
    expect(findHostileStructure({ gridIds: long.slice(1) })).toBeNull();
  });

  it('refuses a prototype key anywhere, as JSON.parse leaves it: an own property', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.array(fc.constantFrom('a', 'b'), { maxLength: 3 }),
        (key, path) => {
          const inner = JSON.parse(`{"${key}": {"polluted": true}}`);
          const body = path.reduceRight<unknown>((value, step) => ({ [step]: value }), inner);
          expect(findHostileStructure(body)).toEqual({
            field: [...path, key].join('.'),
            messages: [`property ${key} is not allowed`],
          });
        },
      ),
    );
  });
});

describe('isFileUpload', () => {
  const upload = (path: string, contentType = 'multipart/form-data; boundary=x') =>
    isFileUpload({ method: 'POST', path, headers: { 'content-type': contentType } });

  it('takes a file on the routes that take one, whatever the id segment holds (the route answers for a bad id)', () => {
    for (const path of [
      '/api/v1/imports/members',
      '/api/v1/funds/01a24eb3-83d7-7000-8000-0fbd55aac322/receipts',
      '/api/v1/service-sites/d%3A4xjL0Scm/evidence',
      '/api/v1/funds/%E4%B8%AD/receipts/',
    ])
      expect(upload(path)).toBe(true);
  });

  it('takes no file elsewhere, nor on an upload route without multipart', () => {
    expect(upload('/api/v1/needs')).toBe(false);
    expect(upload('/api/v1/service-sites/x/evidence/extra')).toBe(false);
    expect(upload('/api/v1/funds/a/b/receipts')).toBe(false);
    expect(upload('/api/v1/service-sites/x/evidence', 'application/json')).toBe(false);
  });
});
