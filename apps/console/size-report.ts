import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The most JavaScript (gzip) the first page load may fetch: issue 8 allows 1 MB. */
export const FIRST_LOAD_BUDGET = 1024 * 1024;

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
}

/**
 * Prints the gzip size of the JavaScript the first page load fetches — the entry chunk and every
 * chunk it imports statically (lazy routes are excluded: they load when their page opens) — and
 * fails the build above the budget.
 */
export function firstLoadSize(budget = FIRST_LOAD_BUDGET): Plugin {
  return {
    name: 'gongjian-first-load-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkLike>();
      for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item as ChunkLike);
      const seen = new Set<string>();
      const visit = (name: string) => {
        if (seen.has(name) || !chunks.has(name)) return;
        seen.add(name);
        chunks.get(name)!.imports.forEach(visit);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      let raw = 0;
      let gzip = 0;
      for (const name of seen) {
        const code = chunks.get(name)!.code;
        raw += Buffer.byteLength(code);
        gzip += gzipSync(code, { level: 9 }).length;
      }
      const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      const line = `first-load JS: ${kb(gzip)} gzip (limit ${kb(budget)}) — ${seen.size} chunks, ${kb(raw)} raw`;
      console.log(`\n[console] ${line}`);
      if (gzip > budget) this.error(`the console's ${line} is over budget`);
    },
  };
}
