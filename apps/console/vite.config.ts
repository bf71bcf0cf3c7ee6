import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './precompress';
import { firstLoadSize } from './size-report';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The web console: built into dist/console, served at `/` by the platform and the gateway. */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), firstLoadSize(), precompress()],
  // the public vocabulary (code lists and their Chinese) from its one source; tsconfig.json has the same path
  resolve: {
    alias: { '@gongjian/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // React and the charts in chunks of their own; antd's components go where Rollup puts them,
        // with the pages that use them, so that a volunteer's phone loads none of the
        // administration's tables, trees and pickers (issue 18)
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(echarts|zrender)\//.test(id)) return 'charts';
          if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|@remix-run)\//.test(id))
            return 'react';
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: { '/api': process.env.GONGJIAN_URL ?? 'http://127.0.0.1:3000' },
  },
});
