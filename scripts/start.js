#!/usr/bin/env node
/**
 * `npm start`: build when the compiled platform is missing or older than the sources, then run
 * the embedded platform in this process (so SIGINT/SIGTERM reach it directly).
 */
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const entry = join(root, 'dist/apps/platform/src/main.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

require('./ensure-native');
const sources = Math.max(newestSource(join(root, 'apps')), newestSource(join(root, 'libs')));
if (!existsSync(entry) || statSync(entry).mtimeMs < sources) {
  console.log('[gongjian] building…');
  execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
}
require(entry);
