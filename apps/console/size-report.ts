import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The most JavaScript (gzip) the first page load may fetch: issue 8 allows 1 MB. */
export const FIRST_LOAD_BUDGET = 1024 * 1024;

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  /** the modules rendered into it */
  moduleIds: string[];
  imports: string[];
}

/**
 * Lazy pages whose first load is reported beside the console's: the entry's and theirs together,
 * as a browser fetches them when a person of that kind signs in (a volunteer's phone, issue 18).
 */
const PATHS: Record<string, RegExp> = { "a volunteer's phone": /\/src\/phone\/PhoneApp\.tsx$/ };

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
      /** The chunks a browser fetches for `roots`: each with what it imports statically. */
      const closure = (roots: ChunkLike[]) => {
        const seen = new Set<string>();
        const visit = (name: string) => {
          if (seen.has(name) || !chunks.has(name)) return;
          seen.add(name);
          chunks.get(name)!.imports.forEach(visit);
        };
        roots.forEach((chunk) => visit(chunk.fileName));
        return seen;
      };
      const measure = (names: Set<string>) => {
        let raw = 0;
        let gzip = 0;
        for (const name of names) {
          const code = chunks.get(name)!.code;
          raw += Buffer.byteLength(code);
          gzip += gzipSync(code, { level: 9 }).length;
        }
        return { raw, gzip, count: names.size };
      };
      const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      const entries = [...chunks.values()].filter((chunk) => chunk.isEntry);
      const first = measure(closure(entries));
      const line = `first-load JS: ${kb(first.gzip)} gzip (limit ${kb(budget)}) — ${first.count} chunks, ${kb(first.raw)} raw`;
      console.log(`\n[console] ${line}`);
      for (const [who, pattern] of Object.entries(PATHS)) {
        const page = [...chunks.values()].find((chunk) => chunk.moduleIds.some((id) => pattern.test(id)));
        if (!page) continue;
        const path = measure(closure([...entries, page]));
        console.log(`[console] ${who}: ${kb(path.gzip)} gzip — ${path.count} chunks, ${kb(path.raw)} raw`);
        if (path.gzip > budget) this.error(`the first load of ${who}, ${kb(path.gzip)} gzip, is over budget`);
      }
      if (first.gzip > budget) this.error(`the console's ${line} is over budget`);
    },
  };
}
