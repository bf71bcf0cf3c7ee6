#!/usr/bin/env node
/**
 * better-sqlite3 is a native addon. npm 11 skips dependency install scripts that are not listed
 * in package.json's `allowScripts`; when the addon was not built (an older npm, an install with
 * --ignore-scripts), build it from source here with node-gyp instead of failing later.
 */
const { execSync } = require('node:child_process');
const path = require('node:path');

function loads() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch {
    return false;
  }
}

if (!loads()) {
  const dir = path.dirname(require.resolve('better-sqlite3/package.json'));
  console.log('[gongjian] building better-sqlite3 from source…');
  execSync('npx --yes node-gyp rebuild --release', { cwd: dir, stdio: 'inherit' });
  if (!loads()) {
    console.error('[gongjian] better-sqlite3 still does not load');
    process.exit(1);
  }
}
