/**
 * Builds (npm run build) when the compiled output is missing or older than any TypeScript source
 * of apps/ and libs/ (the web console aside: it has its own build), then builds the web console
 * when it is missing or stale (ensure-console.js). Used by `npm start` and by tests that run the
 * compiled platform in a child process (the crash loop), so neither needs a separate build step.
 * A failed console build is reported but does not stop the server: the API works without it.
 */
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const { ensureConsole } = require('./ensure-console');

const root = join(__dirname, '..');
const entry = join(root, 'dist/apps/platform/src/main.js');

function newestSource(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (item.name === 'node_modules' || item.name === 'dist') continue;
    const path = join(dir, item.name);
    if (path === join(root, 'apps/console')) continue;
    if (item.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (item.name.endsWith('.ts') && !item.name.endsWith('.spec.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuilt(log = (message) => console.log(message)) {
  const sources = Math.max(newestSource(join(root, 'apps')), newestSource(join(root, 'libs')));
  if (!existsSync(entry) || statSync(entry).mtimeMs < sources) {
    log('[gongjian] building…');
    execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
  }
  try {
    ensureConsole(log);
  } catch (error) {
    console.error(`[gongjian] the web console did not build (${error.message}); the API runs without it`);
  }
  return entry;
}

module.exports = { ensureBuilt, entry };
if (require.main === module) ensureBuilt();
