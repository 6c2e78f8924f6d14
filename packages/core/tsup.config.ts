import { defineConfig } from 'tsup';

export default defineConfig({
  // Entry names are the paths under dist/ that package.json's "exports" point to.
  entry: { index: 'src/index.ts', sync: 'src/sync.ts', authoring: 'src/authoring.ts', 'messages/es': 'src/messages-es.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
