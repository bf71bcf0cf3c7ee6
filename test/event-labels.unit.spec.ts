import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enEvents, zhEvents } from '../apps/console/src/eventMessages';

const ROOT = join(__dirname, '..');
const SERVICES = ['organizations', 'members', 'matching', 'volunteering', 'funds', 'audit', 'assessment'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|contract)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Every event type a service can append: the `'<service>.<Type>'` literals of its deciders, its
 * event files and the public contracts (libs/contracts) — the same strings its `decide` returns.
 */
function eventTypes(): string[] {
  const files = [
    ...SERVICES.flatMap((s) => sources(join(ROOT, 'apps', s, 'src'))),
    ...sources(join(ROOT, 'libs/contracts/src')),
  ];
  const pattern = new RegExp(`'((?:${SERVICES.join('|')})\\.[A-Z][A-Za-z]+)'`, 'g');
  const types = new Set<string>();
  for (const file of files) for (const m of readFileSync(file, 'utf8').matchAll(pattern)) types.add(m[1]);
  return [...types].sort();
}

describe('the audit pages name every event type (issue 17)', () => {
  const types = eventTypes();

  it('finds the event types of every service', () => {
    expect(types.length).toBeGreaterThan(80);
    for (const type of ['matching.RunPartRecorded', 'organizations.PasswordReset', 'members.PointsAwarded'])
      expect(types).toContain(type);
  });

  it('has a Chinese and an English label for each, and none for a type no service appends', () => {
    expect(types.filter((type) => !(type in zhEvents))).toEqual([]);
    expect(types.filter((type) => !(type in enEvents))).toEqual([]);
    expect(Object.keys(zhEvents).filter((type) => !types.includes(type))).toEqual([]);
    for (const label of Object.values(zhEvents)) expect(label).toMatch(/[\u4e00-\u9fff]/);
  });
});
