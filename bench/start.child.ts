/**
 * One start of the embedded platform on a data directory the start bench prepared
 * (start.bench.ts): time from process start to HTTP listening, the read models' report (rebuilt
 * or loaded from a snapshot), the memory after start, then a clean shutdown (which writes the
 * snapshot) and its time. Prints JSON on stdout.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { startPlatform } from '../apps/platform/src/platform';

const MB = 2 ** 20;

async function main(): Promise<void> {
  const platform = await startPlatform({ dataDir: process.env.GONGJIAN_DATA_DIR!, port: 0 }, false);
  const listeningMillis = Math.round(performance.now());
  const rssAtListen = process.memoryUsage().rss;
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  const documents: Record<string, number> = {};
  for (const p of platform.inspect.projections)
    documents[p.collection] = await platform.inspect.documents.collection(p.collection).count();
  const heapSpaces = Object.fromEntries(
    getHeapSpaceStatistics()
      .filter((s) => s.space_used_size > 4 * MB)
      .map((s) => [s.space_name, Math.round(s.space_used_size / MB)]),
  );
  const closing = performance.now();
  await platform.app.close();
  const closeMillis = Math.round(performance.now() - closing);
  process.stdout.write(
    JSON.stringify({
      listeningMillis,
      readModels: platform.rebuild,
      closeMillis,
      memoryMb: {
        rssAtListen: Math.round(rssAtListen / MB),
        rssAfterGc: Math.round(memory.rss / MB),
        heapUsed: Math.round(memory.heapUsed / MB),
        heapTotal: Math.round(memory.heapTotal / MB),
        external: Math.round(memory.external / MB),
        arrayBuffers: Math.round(memory.arrayBuffers / MB),
        heapSpaces,
      },
      documents,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
