/**
 * Builds (npm run build) when the compiled output is missing or older than any TypeScript source
 * of apps/ and libs/ (the web console aside: it has its own build), then builds the web console
 * when it is missing or stale (ensure-console.js). Used by `npm start` and by tests that run the
 * compiled platform in a child process (the crash loop), so neither needs a separate build step.
 * A failed console build is reported but does not stop the server: the API works without it.
 *
 * The check and the build hold the build lock (build-lock.js), so a build running elsewhere is
 * waited for rather than read half-written. "Older" compares with the newest source time taken
 * before the last build started (dist/.sources-mtime): a file saved during a build is newer than
 * that, so the next call builds again. Without the stamp (a build by hand), the entry's own time.
 */
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const { runIfLockedChild, runLocked } = require('./build-lock');
const { ensureConsole } = require('./ensure-console');

const root = join(__dirname, '..');
const entry = join(root, 'dist/apps/platform/src/main.js');
const stamp = join(root, 'dist/.sources-mtime');

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

/** The newest source time the compiled output is known to include (-Infinity: not built). */
function builtUpTo() {
  if (!existsSync(entry)) return -Infinity;
  const stamped = existsSync(stamp) ? Number(readFileSync(stamp, 'utf8')) : NaN;
  return Number.isFinite(stamped) ? stamped : statSync(entry).mtimeMs;
}

/** Under the lock: builds when a source is newer than what dist holds, then stamps what it built. */
function buildIfStale(log) {
  const sources = Math.max(newestSource(join(root, 'apps')), newestSource(join(root, 'libs')));
  if (sources <= builtUpTo()) return;
  log('[gongjian] building…');
  execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, String(sources));
}

const defaultLog = (message) => console.log(message);

function ensureBuilt(log = defaultLog) {
  runLocked(__filename, () => buildIfStale(log), { quiet: log !== defaultLog });
  try {
    ensureConsole(log);
  } catch (error) {
    console.error(`[gongjian] the web console did not build (${error.message}); the API runs without it`);
  }
  return entry;
}

module.exports = { ensureBuilt, entry, buildServerIfStale: buildIfStale, serverBuiltUpTo: builtUpTo };
if (require.main === module && !runIfLockedChild(buildIfStale)) ensureBuilt();
