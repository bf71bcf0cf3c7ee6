#!/usr/bin/env node
/*
 * `npm run audit:deps`: `npm audit --omit=dev`, failing on a high or critical advisory that
 * SECURITY.md does not explain. Where the registry's advisory endpoint cannot be reached it says
 * so, lists the production packages most exposed to the network with their installed versions
 * for a reviewer, and exits 2 — unless GONGJIAN_AUDIT_OFFLINE_OK=1 accepts that (CI on a machine
 * without the advisory database).
 */
const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const EXPOSED = [
  'express',
  'body-parser',
  'path-to-regexp',
  'qs',
  'helmet',
  'jsonwebtoken',
  'mongoose',
  'mongodb',
  'kafkajs',
  '@grpc/grpc-js',
  '@eventstore/db-client',
  'better-sqlite3',
  'class-validator',
  'class-transformer',
];

/** Advisory ids (GHSA-…) that SECURITY.md explains under "Explained advisories". */
function explained() {
  const text = readFileSync(join(root, 'SECURITY.md'), 'utf8');
  return new Set(text.match(/GHSA-[\w-]+/g) ?? []);
}

function installedVersions() {
  return EXPOSED.map((name) => {
    try {
      const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
      return `${name}@${manifest.version}`;
    } catch {
      return `${name}: not installed`;
    }
  });
}

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}

if (!report || report.error || !report.metadata) {
  const reason =
    report?.message ?? report?.error?.summary ?? (run.stderr.match(/npm (?:warn|error) audit .*/)?.[0] || 'no answer');
  console.error(`audit:deps: the advisory database could not be asked (${reason}).`);
  console.error('Installed versions of the packages most exposed to the network, for a review by hand:');
  for (const line of installedVersions()) console.error(`  ${line}`);
  if (process.env.GONGJIAN_AUDIT_OFFLINE_OK === '1') {
    console.error('GONGJIAN_AUDIT_OFFLINE_OK=1: accepted without an audit.');
    process.exit(0);
  }
  process.exit(2);
}

const known = explained();
const blocking = Object.values(report.vulnerabilities ?? {}).flatMap((v) =>
  (v.via ?? [])
    .filter((via) => typeof via === 'object' && ['high', 'critical'].includes(via.severity))
    .map((via) => ({ name: v.name, severity: via.severity, title: via.title, url: via.url }))
    .filter(
      (a) =>
        !known.has(
          String(a.url ?? '')
            .split('/')
            .pop(),
        ),
    ),
);
const counts = report.metadata.vulnerabilities;
console.log(
  `audit:deps: ${JSON.stringify(counts)} across ${report.metadata.dependencies?.prod ?? '?'} production packages`,
);
for (const a of blocking) console.error(`  ${a.severity}: ${a.name} — ${a.title} ${a.url ?? ''}`);
process.exit(blocking.length ? 1 : 0);
