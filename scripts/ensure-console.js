/**
 * Builds the web console (apps/console → dist/console) with Vite when the build is missing or
 * older than any file of apps/console. Used by `npm start` (through ensure-built.js) and by the
 * browser tests, so neither needs a separate build step.
 */
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const source = join(root, 'apps/console');
const dir = join(root, 'dist/console');
const index = join(dir, 'index.html');

function newest(path) {
  let latest = 0;
  for (const item of readdirSync(path, { withFileTypes: true })) {
    if (item.name === 'node_modules' || item.name === 'dist') continue;
    const child = join(path, item.name);
    latest = Math.max(latest, item.isDirectory() ? newest(child) : statSync(child).mtimeMs);
  }
  return latest;
}

function consoleIsStale() {
  return !existsSync(index) || statSync(index).mtimeMs < newest(source);
}

function ensureConsole(log = (message) => console.log(message)) {
  if (!consoleIsStale()) return dir;
  log('[gongjian] building the web console…');
  // a production build even when called from a test runner (jest sets NODE_ENV=test, which Vite honours)
  execSync('npm run build:console --silent', {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return dir;
}

module.exports = { ensureConsole, consoleIsStale, dir };
if (require.main === module) ensureConsole();
