/**
 * Builds (npm run build) when the compiled output is missing or older than any TypeScript source
 * of apps/ and libs/. Used by `npm start` and by tests that run the compiled platform in a child
 * process (the crash loop), so neither needs a separate build step.
 */
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const entry = join(root, 'dist/apps/platform/src/main.js');

function newestSource(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (item.name === 'node_modules' || item.name === 'dist') continue;
    const path = join(dir, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (item.name.endsWith('.ts') && !item.name.endsWith('.spec.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuilt(log = (message) => console.log(message)) {
  const sources = Math.max(newestSource(join(root, 'apps')), newestSource(join(root, 'libs')));
  if (existsSync(entry) && statSync(entry).mtimeMs >= sources) return entry;
  log('[gongjian] building…');
  execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
  return entry;
}

module.exports = { ensureBuilt, entry };
if (require.main === module) ensureBuilt();
