// Bundles the Node-side entry points with esbuild: the CLI (ESM), the Electron main process and the
// sandboxed preload (single-file CJS: a sandboxed preload cannot require local modules).
import { cp } from 'node:fs/promises';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({
    ...common,
    // The document worker thread (PDF render/assembly) is its own entry, loaded by electron/core/documents/worker/pool.ts.
    entryPoints: { 'cli/loket': 'electron/cli/loket.ts', 'workers/documents': 'electron/core/documents/worker/entry.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({
    ...common,
    entryPoints: { 'host/main': 'electron/host/main.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    external: ['electron'],
    packages: 'external',
    // The core finds its worker and assets from import.meta.url; in this CJS bundle it comes from __filename.
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "'use strict';\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
  build({
    ...common,
    entryPoints: { 'preload/preload': 'electron/preload/preload.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    platform: 'browser',
    external: ['electron'],
  }),
]);

// Files the archival PDFs embed (font, ICC profile) travel inside dist/, which is what gets packaged.
await Promise.all([cp('build/fonts', 'dist/assets/fonts', { recursive: true }), cp('build/icc', 'dist/assets/icc', { recursive: true })]);
