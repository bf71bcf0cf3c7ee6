import { Logger } from '@nestjs/common';
import { closeSync, mkdirSync, openSync, statSync } from 'node:fs';

/**
 * The data directory and every file gongjian keeps in it (the event log, the member key store,
 * the JWT secret, SQLite's -wal/-shm/-journal) are its own: directories 0700, files 0600. A copy
 * readable by another local user is a copy of the members' personal data (with the key store) or
 * of the power to sign tokens (with the secret).
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** The files SQLite creates beside a database; it gives them the database file's own mode. */
const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'];

/** Whether to start anyway on open permissions (GONGJIAN_ALLOW_OPEN_PERMISSIONS=1), warning loudly. */
export interface PermissionPolicy {
  allowOpenPermissions?: boolean;
}

const logger = new Logger('Permissions');

/** Mode bits of `path`, or null when it does not exist. */
function modeOf(path: string): number | null {
  try {
    return statSync(path).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A start refused because a data or key directory, or a file in it, is open to other users. */
export class OpenPermissions extends Error {
  override readonly name = 'OpenPermissions';
}

/** Refuses (or, allowed, warns about) `path` when group or others have any permission on it. */
function checkPrivate(path: string, kind: 'directory' | 'file', policy: PermissionPolicy): void {
  // Windows has no such mode bits: Node reports 0666/0777 whatever the ACLs say
  if (process.platform === 'win32') return;
  const mode = modeOf(path);
  if (mode === null || (mode & 0o077) === 0) return;
  const wanted = kind === 'directory' ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE;
  const fix = `chmod ${wanted.toString(8)} '${path}'`;
  const what = `${kind} ${path} has mode ${mode.toString(8).padStart(4, '0')}: other local users may read it`;
  if (!policy.allowOpenPermissions)
    throw new OpenPermissions(
      `gongjian refuses to start: the ${what}. Run: ${fix} ` +
        '(or set GONGJIAN_ALLOW_OPEN_PERMISSIONS=1 to start anyway, which is unsafe)',
    );
  logger.warn(
    `!!! UNSAFE: the ${what}, and GONGJIAN_ALLOW_OPEN_PERMISSIONS=1 lets gongjian start anyway. Fix it: ${fix} !!!`,
  );
}

/** Creates `dir` (and missing parents) 0700, or checks that an existing one is private. */
export function ensurePrivateDir(dir: string, policy: PermissionPolicy): void {
  if (modeOf(dir) === null) mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  checkPrivate(dir, 'directory', policy);
}

/** Checks that an existing file is private (a file still to be written: create it with mode 0600). */
export function checkPrivateFile(file: string, policy: PermissionPolicy): void {
  checkPrivate(file, 'file', policy);
}

/**
 * Before SQLite opens `file`: its directory private, the file created empty with mode 0600 if it
 * does not exist yet (SQLite then gives its -wal, -shm and -journal files that same mode, instead
 * of 0644 under the usual umask), and an existing file and its companions checked.
 */
export function preparePrivateSqliteFile(dir: string, file: string, policy: PermissionPolicy): void {
  ensurePrivateDir(dir, policy);
  if (modeOf(file) === null) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  for (const path of [file, ...SQLITE_COMPANIONS.map((suffix) => file + suffix)]) checkPrivateFile(path, policy);
}
