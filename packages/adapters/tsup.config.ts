import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry per subpath export in package.json.
  entry: {
    index: 'src/index.ts',
    fhir: 'src/fhir/index.ts',
    'cds-hooks': 'src/cds-hooks/index.ts',
    http: 'src/http/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
