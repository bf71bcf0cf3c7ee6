import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Scripts and styles of at least this many bytes get a gzip beside them. */
const SMALLEST = 1024;

/**
 * Writes `<file>.gz` (gzip level 9) beside every script and style of the build, which the
 * platform and the gateway serve to browsers that accept gzip (libs/runtime serveConsole): the
 * console's pages travel compressed without compressing per request.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'gongjian-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css)$/.test(name)) continue;
        const path = join(outDir, name);
        const content = readFileSync(path);
        if (content.length >= SMALLEST) writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}
