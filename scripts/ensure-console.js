/**
 * Builds the web console (apps/console → dist/console) with Vite when the build is missing or
 * older than any file of apps/console or of libs/contracts (its code lists come from there). Used by `npm start` (through ensure-built.js) and by the
 * browser tests, so neither needs a separate build step. The console's API types come from the
 * platform's OpenAPI document (api-types.js): they are generated again first when the compiled
 * platform changed, and rewritten only when the API did, so a changed API rebuilds the console
 * (and a route or field it uses that is gone fails that build) while other server changes do not.
 *
 * The check and the build hold the build lock (build-lock.js). "Older" compares with the newest
 * source time taken before the last build started (dist/console/.sources-mtime), so a file saved
 * while Vite was building makes the next call build again; without the stamp (a build by hand,
 * which empties dist/console), with index.html's time.
 */
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const { refresh: refreshApiTypes } = require('./api-types');
const { runIfLockedChild, runLocked } = require('./build-lock');

const root = join(__dirname, '..');
/** What the console is built from: its own folder and the public vocabulary it imports. */
const sources = [join(root, 'apps/console'), join(root, 'libs/contracts/src')];
const dir = join(root, 'dist/console');
const index = join(dir, 'index.html');
const stamp = join(dir, '.sources-mtime');

function newest(path) {
  let latest = 0;
  for (const item of readdirSync(path, { withFileTypes: true })) {
    if (item.name === 'node_modules' || item.name === 'dist') continue;
    const child = join(path, item.name);
    latest = Math.max(latest, item.isDirectory() ? newest(child) : statSync(child).mtimeMs);
  }
  return latest;
}

/** The newest source time the build is known to include (-Infinity: not built). */
function builtUpTo() {
  if (!existsSync(index)) return -Infinity;
  const stamped = existsSync(stamp) ? Number(readFileSync(stamp, 'utf8')) : NaN;
  return Number.isFinite(stamped) ? stamped : statSync(index).mtimeMs;
}

function newestSource() {
  return Math.max(...sources.map(newest));
}

function consoleIsStale() {
  return newestSource() > builtUpTo();
}

/** Under the lock: builds when a source file is newer than the build, then stamps it. */
function buildIfStale(log) {
  refreshApiTypes(log); // rewrites apps/console/src/api/schema.d.ts when the API changed
  const newestTime = newestSource(); // before the build: a file saved during it is newer
  if (newestTime <= builtUpTo()) return;
  log('[gongjian] building the web console…');
  // a production build even when called from a test runner (jest sets NODE_ENV=test, which Vite honours)
  execSync('npm run build:console --silent', {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  writeFileSync(stamp, String(newestTime));
}

const defaultLog = (message) => console.log(message);

function ensureConsole(log = defaultLog) {
  runLocked(__filename, () => buildIfStale(log), { quiet: log !== defaultLog });
  return dir;
}

module.exports = { ensureConsole, consoleIsStale, dir };
if (require.main === module && !runIfLockedChild(buildIfStale)) ensureConsole();
