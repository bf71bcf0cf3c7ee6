import { codeMessages, STATUS_LISTS, ZH_CODES } from '../apps/console/src/vocabulary';

describe("the console's code lists come from libs/contracts (issue 21 item 8)", () => {
  it('gives a code that several status lists share the same Chinese in each (they share the status prefix)', () => {
    const meanings = new Map<string, Set<string>>();
    for (const list of Object.values(STATUS_LISTS))
      for (const [code, text] of Object.entries(list)) meanings.set(code, (meanings.get(code) ?? new Set()).add(text));
    const ambiguous = [...meanings]
      .filter(([, texts]) => texts.size > 1)
      .map(([code, texts]) => `${code}: ${[...texts]}`);
    expect(ambiguous).toEqual([]);
  });

  it('names every code under its prefix, in the Chinese of libs/contracts', () => {
    const zh = codeMessages(ZH_CODES);
    expect(zh['category.elderly_care']).toBe('助老');
    expect(zh['status.partially_reserved']).toBe('部分预留');
    expect(zh['activity.open']).toBe('招募中');
    expect(zh['org.kind.grid']).toBe('网格');
    expect(zh['role.unit_contact']).toBe('驻区单位联络人');
    expect(Object.keys(zh)).toHaveLength(Object.values(ZH_CODES).reduce((n, list) => n + Object.keys(list).length, 0));
  });
});
