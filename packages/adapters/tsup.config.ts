import { defineConfig } from 'tsup';

export default defineConfig({
  // Later entries: src/fhir/index.ts, src/cds-hooks/index.ts, src/http/index.ts (one per subpath export).
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
