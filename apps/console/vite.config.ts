import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { firstLoadSize } from './size-report';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The web console: built into dist/console, served at `/` by the platform and the gateway. */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), firstLoadSize()],
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
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(echarts|zrender)\//.test(id)) return 'charts';
          if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|@remix-run)\//.test(id))
            return 'react';
          return 'antd';
        },
      },
    },
  },
  server: {
    proxy: { '/api': process.env.GONGJIAN_URL ?? 'http://127.0.0.1:3000' },
  },
});
