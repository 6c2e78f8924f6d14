import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    'run-bench': 'src/run-bench.ts',
    'write-patients': 'src/patients/write-patients-command.ts',
    'cold-start-probe': 'src/cold-start/probe.ts',
    'measure-facts-parse': 'src/batch/measure-facts-parse.ts',
  },
  format: ['esm'],
  dts: false,
  clean: true,
  target: 'node20',
  platform: 'node',
  // Benchmarks must measure the workspace's built packages, not a bundled copy of them.
  external: [/^@recovery-rules\//, 'json-rules-engine', 'json-logic-js', 'esbuild'],
});
