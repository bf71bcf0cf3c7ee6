/**
 * One build of dist/ at a time on this machine. `npm start`, the tests that run the compiled
 * platform (ensure-built.js, ensure-console.js) and people's own
 * `flock /tmp/gongjian-build.lock npm run build` take the same lock, so no build starts while
 * another is half-way and nobody decides "dist is fresh" while it is being written.
 *
 * The lock is os.tmpdir()/gongjian-build.lock (GONGJIAN_BUILD_LOCK to move it), held with flock(1)
 * where it exists; elsewhere (macOS, minimal images) an O_EXCL file beside it, `<lock>.pid`,
 * retried until free — one left by a process that died is taken over. GONGJIAN_BUILD_LOCK_HELD=1
 * says the caller already holds it (set for the locked child, so nested builds do not wait on
 * themselves; set it yourself when running these scripts under your own flock).
 */
const { execFileSync, spawnSync } = require('node:child_process');
const { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const LOCK = process.env.GONGJIAN_BUILD_LOCK || join(tmpdir(), 'gongjian-build.lock');
const HELD = 'GONGJIAN_BUILD_LOCK_HELD';
/** Longer than any build; past it the caller fails rather than hanging a test run. */
const WAIT_SECONDS = 15 * 60;

let flockAvailable;
function hasFlock() {
  if (flockAvailable === undefined)
    flockAvailable = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  return flockAvailable;
}

/**
 * Runs `fn` holding the lock. With flock(1) the lock belongs to a child process, so the child
 * runs `node <script> --locked [--quiet]`, whose main must call `fn` (see runIfLockedChild):
 * it re-checks what it was asked to build, since the build it waited for may have done it.
 */
function runLocked(script, fn, { quiet = false } = {}) {
  if (process.env[HELD]) return fn();
  if (hasFlock()) {
    const args = [
      '-w',
      String(WAIT_SECONDS),
      LOCK,
      process.execPath,
      script,
      '--locked',
      ...(quiet ? ['--quiet'] : []),
    ];
    execFileSync('flock', args, { stdio: 'inherit', env: { ...process.env, [HELD]: '1' } });
    return undefined;
  }
  return withLockFile(() => {
    process.env[HELD] = '1';
    try {
      return fn();
    } finally {
      delete process.env[HELD];
    }
  });
}

/** For a script's main: true (after running `fn`) when this process is the locked child of runLocked. */
function runIfLockedChild(fn) {
  if (!process.argv.includes('--locked')) return false;
  fn(process.argv.includes('--quiet') ? () => undefined : (message) => console.log(message));
  return true;
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function withLockFile(fn) {
  const path = `${LOCK}.pid`;
  const deadline = Date.now() + WAIT_SECONDS * 1000;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (holderIsDead(path)) takeOver(path);
      else if (Date.now() > deadline) throw new Error(`waited ${WAIT_SECONDS} s for the build lock ${path}`);
      else sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(path, { force: true });
  }
}

function holderIsDead(path) {
  let pid;
  try {
    pid = Number(readFileSync(path, 'utf8'));
  } catch {
    return false; // just released: try again
  }
  // empty: being written — or its writer died between creating and writing it
  if (!Number.isInteger(pid) || pid <= 0)
    return Date.now() - statSync(path, { throwIfNoEntry: false })?.mtimeMs > 10_000;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return error.code === 'ESRCH'; // EPERM: alive, another user's
  }
}

/** Moves the dead holder's file aside (one of several waiters wins the rename) and drops it. */
function takeOver(path) {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
    rmSync(aside, { force: true });
  } catch {
    // another waiter took it over first
  }
}

module.exports = { runLocked, runIfLockedChild, LOCK };
