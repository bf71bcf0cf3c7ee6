// @ts-check
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import boundaries from './eslint/app-boundaries.cjs';

const root = dirname(fileURLToPath(import.meta.url));

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'coverage/', 'data/', 'apps/console/dist/', '**/*.js', '**/*.cjs', '**/*.mjs'],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // libs/contracts is read by the web console in the browser too: pure constants and types,
    // nothing imported from a package, another lib or Node
    files: ['libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!\\./)', message: 'libs/contracts imports only its own files (the browser reads it)' },
          ],
        },
      ],
    },
  },
  {
    // services share only libs/*: no app imports another (apps/platform composes them; test/ may)
    files: ['apps/**/*.{ts,tsx}'],
    ignores: ['apps/platform/**'],
    plugins: { boundaries },
    rules: { 'boundaries/no-cross-app-import': ['error', { root }] },
  },
  {
    // one write path (issue 21): use cases send commands through Commands and read through their
    // service's read models; the stores and the process's lifecycle stay in the kernel (libs/).
    // A module may wire a service's own port from a store; audit's read-only log port is one file.
    files: ['apps/**/*.ts'],
    ignores: [
      'apps/platform/**',
      'apps/console/**',
      'apps/*/src/*.module.ts',
      'apps/audit/src/event-log.ts',
      // a service's environment variables (validated at start, not part of the API): IsOptional
      'apps/*/src/*.config.ts',
      '**/*.spec.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@gongjian/eventing',
              importNames: ['EVENT_STORE', 'handleCommand', 'handleCommandAt'],
              message: 'send commands through Commands.for(aggregate) (ARCHITECTURE.md)',
            },
            {
              name: '@gongjian/read-models',
              importNames: ['DOCUMENT_STORE'],
              message: "read through the service's <Service>ReadModels (ARCHITECTURE.md)",
            },
            {
              name: '@gongjian/runtime',
              importNames: ['Runtime', 'LocalReadModels'],
              message: "the process lifecycle is the kernel's: use Commands and Queries",
            },
            {
              name: 'class-validator',
              importNames: ['IsOptional'],
              message:
                'use Optional() from @gongjian/http: a field is its type or absent, never null, as the OpenAPI document says',
            },
          ],
        },
      ],
    },
  },
);
