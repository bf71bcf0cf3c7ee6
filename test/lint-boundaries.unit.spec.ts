import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Linter } from 'eslint';
import { parser as tsParser } from 'typescript-eslint';

// eslint/app-boundaries.cjs is plain CommonJS: the rule that eslint.config.mjs applies to apps/**
// eslint-disable-next-line @typescript-eslint/no-require-imports
const boundaries = require('../eslint/app-boundaries.cjs');

const root = join(__dirname, '..');

/** The rule's messages for `code` as if it were the file `file` (repository-relative). */
function lint(file: string, code: string): string[] {
  const linter = new Linter({ cwd: root });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser as Linter.Parser },
        plugins: { boundaries },
        rules: { 'boundaries/no-cross-app-import': ['error', { root }] },
      },
    ],
    join(root, file),
  );
  return messages.map((m) => m.message);
}

describe('lint: no app imports another app (eslint/app-boundaries.cjs)', () => {
  it.each([
    ['relative', `import { MATCHING_PROJECTIONS } from '../../matching/src/matching.module';`],
    ['relative from deeper', `import { x } from '../../../members/src/read-models';`],
    ['type only', `import type { X } from '../../organizations/src/organizations.module';`],
    ['baseUrl', `import { x } from 'apps/volunteering/src/read-models';`],
    ['re-export', `export * from '../../matching/src/read-models';`],
    ['dynamic import', `void import('../../matching/src/read-models');`],
    ['require', `const m = require('../../matching/src/read-models');`],
    ['jest.mock', `jest.mock('../../matching/src/read-models');`],
  ])('fires on a cross-app import (%s)', (_kind, code) => {
    const file = code.includes('../../../') ? 'apps/audit/src/replays/probe.ts' : 'apps/audit/src/probe.ts';
    expect(lint(file, code)).toEqual([expect.stringMatching(/^apps\/audit may not import apps\/\w+/)]);
  });

  it('lets an app import its own files, the libs and packages', () => {
    const code = [
      `import { a } from './needs/needs.projection';`,
      `import { b } from '../members.projection';`,
      `import { c } from '../../src/matching.module';`,
      `import { EVENT_STORE } from '@gongjian/eventing';`,
      `import { ProjectionRunner } from '@gongjian/read-models/projection-runner';`,
      `import { Module } from '@nestjs/common';`,
    ].join('\n');
    expect(lint('apps/matching/src/runs/probe.ts', code)).toEqual([]);
  });

  it('does not apply outside apps/ (tests and benches compose apps)', () => {
    expect(lint('test/probe.spec.ts', `import { x } from '../apps/matching/src/matching.module';`)).toEqual([]);
  });

  it('is on in the repository config: `eslint` over a cross-app import fails, apps/platform may compose', () => {
    const eslint = (file: string, code: string) => {
      try {
        execFileSync(
          process.execPath,
          [join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file],
          {
            cwd: root,
            input: code,
            encoding: 'utf8',
          },
        );
        return { status: 0, out: '' };
      } catch (error) {
        const e = error as { status: number; stdout: string };
        return { status: e.status, out: e.stdout };
      }
    };
    const crossing = `import { MATCHING_PROJECTIONS } from '../../matching/src/matching.module';\nvoid MATCHING_PROJECTIONS;\n`;
    const refused = eslint('apps/audit/src/probe.ts', crossing);
    expect(refused.status).toBe(1);
    expect(refused.out).toContain('boundaries/no-cross-app-import');
    expect(eslint('apps/platform/src/probe.ts', crossing)).toEqual({ status: 0, out: '' });

    // one write path: a use case never reaches for the stores or the process lifecycle
    const stores = `import { DOCUMENT_STORE } from '@gongjian/read-models';\nimport { Runtime } from '@gongjian/runtime';\nvoid DOCUMENT_STORE;\nvoid Runtime;\n`;
    const handler = eslint('apps/matching/src/needs/post-need/probe.handler.ts', stores);
    expect(handler.status).toBe(1);
    expect(handler.out).toContain("'DOCUMENT_STORE' import from '@gongjian/read-models' is restricted");
    expect(handler.out).toContain("'Runtime' import from '@gongjian/runtime' is restricted");
    expect(eslint('libs/runtime/src/probe.ts', stores)).toEqual({ status: 0, out: '' });
  }, 60_000);
});
