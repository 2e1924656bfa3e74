/**
 * Vite build of the dashboard into dist/. Charts (ECharts) and the STIX graph (cytoscape) are
 * split into their own chunks and loaded per page. Every JS/CSS asset also gets a .gz twin so
 * that the server (@fastify/static preCompressed) sends compressed files without compressing
 * on each request.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'coopsec-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
        );
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
        writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  // Workspace packages bundled into the dashboard (@coopsec/i18n) are read from their sources,
  // so a new message is in the next build without building the package first.
  resolve: { conditions: ['@coopsec/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/taxii2': 'http://localhost:8080' },
  },
});
