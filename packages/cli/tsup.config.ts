import { defineConfig } from 'tsup';

export default defineConfig({
  // The worker is its own entry: worker threads load it by file name, next to bin.js.
  entry: { bin: 'src/bin.ts', 'assess-worker': 'src/batch/assess-worker.ts' },
  format: ['esm'],
  // A command, not a library: no type declarations to publish.
  dts: false,
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
});
