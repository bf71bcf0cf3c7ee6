import { Worker } from 'node:worker_threads';

/**
 * A worker thread running `file`, a module of this library that serves as its own worker
 * (`__filename`): compiled JavaScript as it is, the TypeScript sources (tests) through tsx, as the
 * test's process loads them.
 */
export function workerOf(file: string, workerData: unknown): Worker {
  return new Worker(file, {
    workerData,
    execArgv: file.endsWith('.js') ? [] : ['--require', require.resolve('tsx/cjs')],
  });
}
